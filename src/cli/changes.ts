/**
 * `npm run cli -- changes`: the `changes` analysis with its own flags and a table people read
 * ("2020-01-31  United Kingdom of Great Britain and Northern Ireland left EaP Panel  derived via eu"). JSON and CSV are the analysis's rows.
 */
import { parseArgs } from "node:util";
import type { ChangeRow } from "../analyses/entries/changes.ts";
import { runAnalysis } from "../analyses/run.ts";
import { isLocale, LOCALES, type Locale } from "../i18n/locale.ts";
import { describeChange, describeChangeDate } from "../model/change-words.ts";
import { rowsToCsv } from "../model/csv.ts";
import { localisedNameMap } from "../model/names.ts";
import { describeBasis } from "../model/relationship-words.ts";
import { citationText, parseCitationKey } from "../model/source.ts";
import { openCliStore } from "./query.ts";
import { UsageError } from "./usage-error.ts";

export const CHANGES_USAGE = `Usage: npm run cli -- changes [--from DATE] [--to DATE] [--iscm ID] [--limit N]
                            [--store memory|neo4j] [--format table|json|csv] [--lang en|fr|es]

Joins, exits, suspensions, chair and secretariat handovers and status changes between two dates,
each with its date (as precise as its source; "after 2019-06 (date unknown)" when no source dates
it), how it is known (stated; derived via a union; inferred) and the sources for that date.

  --from    first date, YYYY, YYYY-MM or YYYY-MM-DD (its first day; default: all)
  --to      last date (its last day; default: today)
  --iscm    only changes of this ISCM or union (id, name or acronym)
  --limit   at most this many rows
  --format  table (default), json or csv
  --lang    the table's sentences and names in English (default), French or Spanish; JSON and CSV
            keep the analysis's rows (ids and English names) whatever the language

Examples:
  npm run cli -- changes --from 2019-06
  npm run cli -- changes --from 2019-06 --iscm "EaP Panel"
  npm run --silent cli -- changes --from 2019-06 --format csv > changes.csv
  npm run cli -- changes --from 2021 --iscm eap-panel --lang fr
`;

/** The table's first line, per language. */
const HEADER: Record<Locale, (count: number, from: string, to: string) => string> = {
  en: (n, from, to) => `${n} changes from ${from || "the beginning"} to ${to}`,
  fr: (n, from, to) => `${n} changement${n === 1 ? "" : "s"} ${from ? `du ${from}` : "depuis le début"} au ${to}`,
  es: (n, from, to) => `${n} cambio${n === 1 ? "" : "s"} ${from ? `del ${from}` : "desde el principio"} al ${to}`,
};

export async function changesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      iscm: { type: "string" },
      limit: { type: "string" },
      store: { type: "string" },
      format: { type: "string", default: "table" },
      lang: { type: "string", default: "en" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(CHANGES_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${CHANGES_USAGE}`);
  if (!["table", "json", "csv"].includes(values.format)) {
    throw new UsageError(`--format must be one of table, json, csv (got "${values.format}")`);
  }
  if (!isLocale(values.lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(", ")} (got "${values.lang}")`);
  const lang = values.lang;
  const params: Record<string, string> = {};
  for (const key of ["from", "to", "iscm", "limit"] as const) if (values[key] !== undefined) params[key] = values[key];
  const store = await openCliStore(values.store);
  try {
    const result = await runAnalysis(store, "changes", params);
    if (values.format === "json") console.log(JSON.stringify(result, null, 2));
    else if (values.format === "csv") console.log(rowsToCsv(result.columns, result.rows));
    else {
      const { from, to } = result.params;
      console.log(`${HEADER[lang](result.rows.length, String(from ?? ""), String(to))}${params.iscm ? ` (${result.params.iscm})` : ""}:`);
      // Each change cites its first source as the pages do (publisher, title, date, URL).
      const registry = new Map(((await store.dataset()).sources ?? []).map((s) => [s.id, s]));
      const cite = (key: string) => {
        const c = parseCitationKey(key);
        const record = registry.get(c.source);
        return record ? citationText(record, c.at, lang) : key;
      };
      // Names in the language asked (sourced, else English: model/names.ts), as the explorer shows them.
      const names = localisedNameMap((await store.dataset()).nodes, lang);
      const nameOf = (id: string | null, fallback: string | null) => (id ? (names.get(id) ?? fallback) : fallback);
      for (const row of result.rows as ChangeRow[]) {
        const how = describeBasis(row.basis, row.via, lang) || row.basis;
        const more = row.sources.length > 1 ? ` (+${row.sources.length - 1})` : "";
        const said =
          lang === "en"
            ? row
            : {
                ...row,
                subjectName: nameOf(row.subject, row.subjectName) ?? row.subjectName,
                objectName: nameOf(row.object, row.objectName),
              };
        console.log(
          `  ${describeChangeDate(row, lang).padEnd(12)} ${describeChange(said, lang)}  [${how}] ${row.sources[0] ? cite(row.sources[0]) : ""}${more}`,
        );
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
