/**
 * How people read a relationship, in one place for the explorer's details panel, the profile
 * pages and the CLI: the heading of a list of relationships, and how one is known.
 */
import type { NodeLabel } from "./vocabulary.ts";

type Lang = "en" | "fr" | "es";

/**
 * Seen from the relationship's start ("Member of") and from its end ("Members"), in the atlas's
 * three languages. MEMBER_OF's start names what the other end is: `memberOf` (ISCMs, unions).
 */
const TITLES: Record<Lang, Record<string, [outgoing: string, incoming: string]>> = {
  en: {
    MEMBER_OF: ["Member of", "Members"],
    OBSERVER_OF: ["Observer in", "Observers"],
    CHAIRS: ["Chairs", "Chair"],
    SECRETARIAT_OF: ["Secretariat of", "Secretariat"],
    PARTICIPATES_IN: ["Takes part in (not as member or observer)", "Participants and partners"],
    SUSPENDED_FROM: ["Suspended from", "Suspended members"],
    ASSOCIATED_WITH: ["Associated with", "Associated ISCMs"],
    COOPERATES_WITH: ["Cooperates with", "Cooperates with"],
    SUCCEEDS: ["Succeeds", "Succeeded by"],
    FOCUSES_ON: ["Themes (Annex 10)", "ISCMs working on it"],
  },
  fr: {
    MEMBER_OF: ["Membre de", "Membres"],
    OBSERVER_OF: ["Observateur auprès de", "Observateurs"],
    CHAIRS: ["Préside", "Présidence"],
    SECRETARIAT_OF: ["Secrétariat de", "Secrétariat"],
    PARTICIPATES_IN: ["Participe à (ni comme membre ni comme observateur)", "Participants et partenaires"],
    SUSPENDED_FROM: ["Suspendu de", "Membres suspendus"],
    ASSOCIATED_WITH: ["Associé à", "MCIM associés"],
    COOPERATES_WITH: ["Coopère avec", "Coopère avec"],
    SUCCEEDS: ["Succède à", "Remplacé par"],
    FOCUSES_ON: ["Thèmes (annexe 10)", "MCIM qui y travaillent"],
  },
  es: {
    MEMBER_OF: ["Miembro de", "Miembros"],
    OBSERVER_OF: ["Observador en", "Observadores"],
    CHAIRS: ["Preside", "Presidencia"],
    SECRETARIAT_OF: ["Secretaría de", "Secretaría"],
    PARTICIPATES_IN: ["Participa en (ni como miembro ni como observador)", "Participantes y socios"],
    SUSPENDED_FROM: ["Suspendido de", "Miembros suspendidos"],
    ASSOCIATED_WITH: ["Asociado con", "MCIM asociados"],
    COOPERATES_WITH: ["Coopera con", "Coopera con"],
    SUCCEEDS: ["Sucede a", "Sucedido por"],
    FOCUSES_ON: ["Temas (anexo 10)", "MCIM que trabajan en ello"],
  },
};

/** What a State is a member of, by the other end's kind. */
const MEMBER_OF_KIND: Record<Lang, { unions: string; iscms: string }> = {
  en: { unions: "Member of regional unions", iscms: "Member of ISCMs" },
  fr: { unions: "Membre des unions régionales", iscms: "Membre des MCIM" },
  es: { unions: "Miembro de las uniones regionales", iscms: "Miembro de los MCIM" },
};

/** A relationship type as seen from one end; a State's memberships of ISCMs and of unions are two lists. */
export function relationshipTitle(type: string, direction: "out" | "in", otherLabel?: NodeLabel | string, lang: Lang = "en"): string {
  const [outgoing, incoming] = TITLES[lang][type] ?? [type, type];
  if (direction === "in") return incoming;
  if (type === "MEMBER_OF") return MEMBER_OF_KIND[lang][otherLabel === "RegionalUnion" ? "unions" : "iscms"];
  return outgoing;
}

const BASIS_WORDS: Record<Lang, { derived: string; via: (id: string) => string; inferred: string }> = {
  en: { derived: "derived", via: (id) => `derived via ${id}`, inferred: "inferred" },
  fr: { derived: "dérivé", via: (id) => `dérivé via ${id}`, inferred: "déduit" },
  es: { derived: "derivado", via: (id) => `derivado vía ${id}`, inferred: "inferido" },
};

/** "derived via eu", "inferred", or "" for what a source states. */
export function describeBasis(basis: unknown, via?: unknown, lang: Lang = "en"): string {
  const w = BASIS_WORDS[lang];
  if (basis === "derived") return typeof via === "string" && via ? w.via(via) : w.derived;
  return basis === "inferred" ? w.inferred : "";
}

/** A relationship type read from its start: "Member of", "Chairs"; lowerCase: "member of". */
export function relationshipPhrase(type: string, lowerCase = true): string {
  const outgoing = TITLES.en[type]?.[0] ?? type;
  return lowerCase ? outgoing.charAt(0).toLowerCase() + outgoing.slice(1) : outgoing;
}

/** A State's role in an ISCM, one word per relationship type (the membership table's `role`). */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  MEMBER_OF: "member",
  OBSERVER_OF: "observer",
  CHAIRS: "chair",
  SECRETARIAT_OF: "secretariat",
  PARTICIPATES_IN: "participant",
  SUSPENDED_FROM: "suspended member",
};

/**
 * A relationship list's English heading ("Observers", "Member of ISCMs") in French or Spanish, for
 * pages built in English and shown in another language (profiles/i18n.ts); undefined if it is not one.
 */
export function translateRelationshipTitle(title: string, lang: "fr" | "es"): string | undefined {
  for (const [type, [outgoing, incoming]] of Object.entries(TITLES.en)) {
    const local = TITLES[lang][type];
    if (!local) continue;
    if (title === incoming) return local[1];
    if (title === outgoing && type !== "MEMBER_OF") return local[0];
  }
  if (title === MEMBER_OF_KIND.en.iscms) return MEMBER_OF_KIND[lang].iscms;
  if (title === MEMBER_OF_KIND.en.unions) return MEMBER_OF_KIND[lang].unions;
  return undefined;
}

/** A relationship type by name, as a filter lists it ("Member of", "Membre de"): its outgoing heading. */
export function relationshipName(type: string, lang: Lang = "en"): string {
  return TITLES[lang][type]?.[0] ?? type;
}

/** The kinds of entity, as the filters and legends name them. */
export const LABEL_WORDS: Record<Lang, Record<NodeLabel, string>> = {
  en: { State: "State", ISCM: "ISCM", Organization: "Organization", RegionalUnion: "Regional union", Theme: "Theme" },
  fr: { State: "État", ISCM: "MCIM", Organization: "Organisation", RegionalUnion: "Union régionale", Theme: "Thème" },
  es: { State: "Estado", ISCM: "MCIM", Organization: "Organización", RegionalUnion: "Unión regional", Theme: "Tema" },
};

/** The ISCM types of the 2019 report (RCP, IRF, Global) in each language. */
export const ISCM_TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { RCP: "RCP (regional consultative process)", IRF: "IRF (interregional forum)", Global: "Global process" },
  fr: { RCP: "PCR (processus consultatif régional)", IRF: "FIR (forum interrégional)", Global: "Processus mondial" },
  es: { RCP: "PCR (proceso consultivo regional)", IRF: "FIR (foro interregional)", Global: "Proceso mundial" },
};

/** The UN regions of world-countries (a State's `region`), in each language; unknown ones stay as they are. */
export const REGION_WORDS: Record<Lang, Record<string, string>> = {
  en: { Africa: "Africa", Americas: "Americas", Asia: "Asia", Europe: "Europe", Oceania: "Oceania", Antarctic: "Antarctic" },
  fr: { Africa: "Afrique", Americas: "Amériques", Asia: "Asie", Europe: "Europe", Oceania: "Océanie", Antarctic: "Antarctique" },
  es: { Africa: "África", Americas: "Américas", Asia: "Asia", Europe: "Europa", Oceania: "Oceanía", Antarctic: "Antártida" },
};
