/**
 * How people read a row of the \`changes\` analysis (src/analyses/entries/changes.ts): "left",
 * "took the chair of"… for the CLI's table and the explorer's "What changed" list alike.
 */

/** The fields of a \`changes\` row that the words use. */
export interface Change {
  date: string | null;
  dateNote: string | null;
  event: string;
  type: string;
  subjectName: string;
  objectName: string | null;
}

/** How people say a change: "left", "took the chair"… (the CLI's table and the explorer's list). */
const WORDS: Record<string, [began: string, ended: string]> = {
  MEMBER_OF: ["joined", "left"],
  OBSERVER_OF: ["became an observer of", "ceased to be an observer of"],
  SECRETARIAT_OF: ["became secretariat of", "ceased to be secretariat of"],
  CHAIRS: ["took the chair of", "handed over the chair of"],
  SUSPENDED_FROM: ["was suspended from", "was readmitted to (suspension lifted)"],
  PARTICIPATES_IN: ["began taking part in", "stopped taking part in"],
  ASSOCIATED_WITH: ["became associated with", "ceased to be associated with"],
  COOPERATES_WITH: ["began cooperating with", "stopped cooperating with"],
  SUCCEEDS: ["succeeded", "ceased to succeed"],
};

export function describeChange(c: Pick<Change, "type" | "event" | "subjectName" | "objectName">): string {
  if (c.type === "STATUS") return `${c.subjectName}: ${c.event}`;
  const words = WORDS[c.type] ?? ["began", "ended"];
  return `${c.subjectName} ${c.event === "began" ? words[0] : words[1]} ${c.objectName}`;
}

/** "2020-01-31", "after 2019-06 (date unknown)": a change's date as people read it. */
export function describeChangeDate(c: Pick<Change, "date" | "dateNote">): string {
  return c.date ?? `${c.dateNote} (date unknown)`;
}
