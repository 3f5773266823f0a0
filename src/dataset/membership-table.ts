/**
 * The full membership table: every relationship between a State and an ISCM that counts on a
 * day (model/time.ts edgesHeldAt: a suspension sets the membership aside and is a row itself),
 * with names and ids, role, dates, basis and sources. One definition of its columns — with what
 * each means, for the data dictionary page — and one way to write it as CSV (model/csv.ts, the
 * project's one CSV writer) and as XLSX (write-excel-file), so the API, the CLI and the explorer's
 * downloads give the same rows.
 */
import writeXlsxFile from "write-excel-file/node";
import { rowsToCsv } from "../model/csv.ts";
import type { Dataset } from "../model/graph.ts";
import { ROLE_WORDS } from "../model/relationship-words.ts";
import { edgesHeldAt } from "../model/time.ts";

/** The columns, in order, with what each holds: the CSV's header, the XLSX's first row, the dictionary. */
export const MEMBERSHIP_COLUMNS = [
  { name: "state", description: "The State's id: its ISO 3166-1 alpha-3 code (e.g. MDA), as in every other file of the atlas." },
  { name: "stateName", description: "The State's name as the atlas shows it." },
  { name: "iscm", description: "The mechanism's id in the atlas (e.g. prague-process); its profile is at /iscm/<id>." },
  { name: "iscmName", description: "The mechanism's name as the atlas shows it." },
  {
    name: "role",
    description:
      "What the State is in the mechanism on that day: member, observer, chair, secretariat, participant (takes part without being a member or observer) or suspended member. A State with two roles (a member that chairs) has two rows.",
  },
  { name: "roleDetail", description: "The role as the source words it, when it says more (co-chair, co-secretariat…); empty otherwise." },
  {
    name: "from",
    description:
      "When the relationship began, as precisely as a source dates it (YYYY, YYYY-MM or YYYY-MM-DD); 'after YYYY' when only a later bound is known; empty when no source dates it.",
  },
  {
    name: "to",
    description:
      "When it ended or ends, in the same form; 'before YYYY' when only an earlier bound is known; empty when it is ongoing or no source dates its end.",
  },
  {
    name: "basis",
    description:
      "How it is known: stated (a source says so), derived (it follows from membership of a regional union that is itself the member, see via) or inferred (from what sources say, without a source saying it outright).",
  },
  { name: "via", description: "For a derived relationship: the id of the regional union it comes through; empty otherwise." },
  { name: "sources", description: "The URLs of the sources for the relationship, separated by '; '." },
  { name: "sourceDate", description: "When the sources described the relationship (not when it began)." },
  { name: "note", description: "A note from the curators, when there is one." },
] as const;

export type MembershipColumn = (typeof MEMBERSHIP_COLUMNS)[number]["name"];
export type MembershipRow = Record<MembershipColumn, string | string[]>;
export const MEMBERSHIP_COLUMN_NAMES = MEMBERSHIP_COLUMNS.map((c) => c.name) as MembershipColumn[];

const text = (v: unknown): string => (typeof v === "string" ? v : "");

/** Every State–ISCM relationship that counts on `day`, by State name, then ISCM name, then role. */
export function membershipRows(dataset: Dataset, day: string): MembershipRow[] {
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const rows: MembershipRow[] = [];
  for (const e of edgesHeldAt(dataset.edges, day)) {
    const state = nodes.get(e.source);
    const iscm = nodes.get(e.target);
    const role = ROLE_WORDS[e.type];
    if (state?.label !== "State" || iscm?.label !== "ISCM" || role === undefined) continue;
    const p = e.properties;
    rows.push({
      state: state.id,
      stateName: state.properties.name,
      iscm: iscm.id,
      iscmName: iscm.properties.name,
      role,
      roleDetail: text(p.role),
      from: text(p.since) || (text(p.startedAfter) && `after ${text(p.startedAfter)}`),
      to: text(p.until) || (text(p.endedBefore) && `before ${text(p.endedBefore)}`),
      basis: p.basis,
      via: text(p.via),
      sources: [...p.sources],
      sourceDate: p.asOf,
      note: text(p.note),
    });
  }
  const by = (a: string, b: string) => a.localeCompare(b, "en");
  return rows.sort(
    (a, b) =>
      by(String(a.stateName), String(b.stateName)) || by(String(a.iscmName), String(b.iscmName)) || by(String(a.role), String(b.role)),
  );
}

export function membershipCsv(rows: readonly MembershipRow[]): string {
  return `${rowsToCsv(MEMBERSHIP_COLUMN_NAMES, rows)}\n`;
}

/**
 * The same rows as an XLSX workbook (one sheet, the header row first, every cell a string cell:
 * nothing in it is read as a formula). A list is one cell with its items joined as in the CSV.
 */
export async function membershipXlsx(rows: readonly MembershipRow[], day: string): Promise<Buffer> {
  const cell = (v: string | string[]) => ({ value: Array.isArray(v) ? v.join("; ") : v, type: String });
  const data = [
    MEMBERSHIP_COLUMN_NAMES.map((name) => ({ value: name, type: String, fontWeight: "bold" as const })),
    ...rows.map((r) => MEMBERSHIP_COLUMN_NAMES.map((c) => cell(r[c]))),
  ];
  return writeXlsxFile(data, { sheet: `Membership ${day}` }).toBuffer();
}

/** The file name a download of the table gets. */
export const membershipFileName = (day: string, format: "csv" | "xlsx") => `iscm-atlas-membership-${day}.${format}`;
