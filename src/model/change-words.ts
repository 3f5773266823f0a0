/**
 * How people read a row of the \`changes\` analysis (src/analyses/entries/changes.ts): "left",
 * "took the chair of"… for the CLI's table, the explorer's "What changed" list and the profile
 * pages, in English, French and Spanish (declared once here; tests/model/change-words.test.ts
 * fails when a type or a status change lacks its words in a language). The French and Spanish
 * words do not depend on the subject's gender ("a vu sa participation suspendue dans"), since the
 * subject may be any State or organization.
 */
import type { Locale } from "../i18n/locale.ts";
import type { StatusChangeKind } from "./seed-schemas.ts";
import type { RelationshipType } from "./vocabulary.ts";

/** The fields of a \`changes\` row that the words use. */
export interface Change {
  date: string | null;
  dateNote: string | null;
  event: string;
  type: string;
  subjectName: string;
  objectName: string | null;
}

type ChangeTypes = Exclude<RelationshipType, "FOCUSES_ON">;

/** How people say a change: "left", "took the chair"… (began, ended), per language. */
export const CHANGE_WORDS: Record<Locale, Record<ChangeTypes, [began: string, ended: string]>> = {
  en: {
    MEMBER_OF: ["joined", "left"],
    OBSERVER_OF: ["became an observer of", "ceased to be an observer of"],
    SECRETARIAT_OF: ["became secretariat of", "ceased to be secretariat of"],
    CHAIRS: ["took the chair of", "handed over the chair of"],
    SUSPENDED_FROM: ["was suspended from", "was readmitted to (suspension lifted)"],
    PARTICIPATES_IN: ["began taking part in", "stopped taking part in"],
    ASSOCIATED_WITH: ["became associated with", "ceased to be associated with"],
    COOPERATES_WITH: ["began cooperating with", "stopped cooperating with"],
    SUCCEEDS: ["succeeded", "ceased to succeed"],
  },
  fr: {
    MEMBER_OF: ["a rejoint", "a quitté"],
    OBSERVER_OF: ["a obtenu le statut d'observateur auprès de", "a perdu le statut d'observateur auprès de"],
    SECRETARIAT_OF: ["a pris en charge le secrétariat de", "a cessé d'assurer le secrétariat de"],
    CHAIRS: ["a pris la présidence de", "a transmis la présidence de"],
    SUSPENDED_FROM: ["a vu sa participation suspendue dans", "a vu sa suspension levée dans"],
    PARTICIPATES_IN: ["a commencé à participer à", "a cessé de participer à"],
    ASSOCIATED_WITH: ["a noué une association avec", "a mis fin à son association avec"],
    COOPERATES_WITH: ["a commencé à coopérer avec", "a cessé de coopérer avec"],
    SUCCEEDS: ["a succédé à", "a cessé de succéder à"],
  },
  es: {
    MEMBER_OF: ["se incorporó a", "salió de"],
    OBSERVER_OF: ["obtuvo la condición de observador en", "dejó de tener la condición de observador en"],
    SECRETARIAT_OF: ["asumió la secretaría de", "dejó de ejercer la secretaría de"],
    CHAIRS: ["asumió la presidencia de", "traspasó la presidencia de"],
    SUSPENDED_FROM: ["vio suspendida su participación en", "vio levantada su suspensión en"],
    PARTICIPATES_IN: ["empezó a participar en", "dejó de participar en"],
    ASSOCIATED_WITH: ["se asoció con", "puso fin a su asociación con"],
    COOPERATES_WITH: ["empezó a cooperar con", "dejó de cooperar con"],
    SUCCEEDS: ["sucedió a", "dejó de suceder a"],
  },
};

/** A mechanism's own status changes (seed-schemas `statusChanges`), per language. */
export const STATUS_WORDS: Record<Locale, Record<StatusChangeKind, string>> = {
  en: {
    created: "created",
    renamed: "renamed",
    dormant: "dormant",
    relaunched: "relaunched",
    merged: "merged",
    ended: "ended",
    "legal-basis": "legal-basis",
  },
  fr: {
    created: "créé",
    renamed: "renommé",
    dormant: "en sommeil",
    relaunched: "relancé",
    merged: "fusionné",
    ended: "terminé",
    "legal-basis": "nouvelle base juridique",
  },
  es: {
    created: "creado",
    renamed: "renombrado",
    dormant: "inactivo",
    relaunched: "relanzado",
    merged: "fusionado",
    ended: "terminado",
    "legal-basis": "nueva base jurídica",
  },
};

const UNKNOWN_DATE: Record<Locale, string> = { en: "date unknown", fr: "date inconnue", es: "fecha desconocida" };
const BEFORE_AFTER: Record<Locale, { after: string; before: string }> = {
  en: { after: "after", before: "before" },
  fr: { after: "après", before: "avant" },
  es: { after: "después de", before: "antes de" },
};

export function describeChange(c: Pick<Change, "type" | "event" | "subjectName" | "objectName">, lang: Locale = "en"): string {
  if (c.type === "STATUS") return `${c.subjectName}: ${STATUS_WORDS[lang][c.event as StatusChangeKind] ?? c.event}`;
  const words = CHANGE_WORDS[lang][c.type as ChangeTypes] ?? ["began", "ended"];
  return `${c.subjectName} ${c.event === "began" ? words[0] : words[1]} ${c.objectName}`;
}

/** "2020-01-31", "after 2019-06 (date unknown)": a change's date as people read it. */
export function describeChangeDate(c: Pick<Change, "date" | "dateNote">, lang: Locale = "en"): string {
  if (c.date) return c.date;
  // dateNote is the analysis's "after YYYY-MM" / "before YYYY": its first word in the language asked.
  const note = String(c.dateNote ?? "").replace(/^(after|before) /, (_m, w: "after" | "before") => `${BEFORE_AFTER[lang][w]} `);
  return `${note} (${UNKNOWN_DATE[lang]})`;
}
