/**
 * `npm run cli -- currency`: the `currency` analysis with its own flags and a report people read,
 * grouped by finding, most urgent first. JSON and CSV are the analysis's rows.
 */
import { parseArgs } from "node:util";
import { CURRENCY_ISSUES, type CurrencyFinding, STALE_AFTER_MONTHS } from "../analyses/currency.ts";
import { runAnalysis } from "../analyses/run.ts";
import { rowsToCsv } from "../model/csv.ts";
import { openCliStore } from "./query.ts";
import { UsageError } from "./usage-error.ts";

export const CURRENCY_USAGE = `Usage: npm run cli -- currency [--asOf DATE] [--limit N] [--store memory|neo4j] [--format table|json|csv]

What most needs a curator on a day, most urgent first: chairs held past their rotation's term;
ISCMs whose chair for the current term is unknown (with what was searched); aspects (members,
chair, secretariat, observers) last confirmed more than ${STALE_AFTER_MONTHS} months before the day
(confirmed as of = the date of the newest source stating it); disagreements between sources.
Merged and ended mechanisms are left out (their relationships ended with them); a dormant one
has no chair to look for.

  --asOf    the day asked: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)
  --limit   at most this many findings
  --format  table (default), json or csv

Examples:
  npm run cli -- currency
  npm run cli -- currency --asOf 2024-06 --format csv > currency.csv
`;

export async function currencyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      asOf: { type: "string" },
      limit: { type: "string" },
      store: { type: "string" },
      format: { type: "string", default: "table" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(CURRENCY_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${CURRENCY_USAGE}`);
  if (!["table", "json", "csv"].includes(values.format))
    throw new UsageError(`--format must be one of table, json, csv (got "${values.format}")`);
  const params: Record<string, string> = {};
  for (const key of ["asOf", "limit"] as const) if (values[key] !== undefined) params[key] = values[key];
  const store = await openCliStore(values.store);
  try {
    const result = await runAnalysis(store, "currency", params);
    if (values.format === "json") console.log(JSON.stringify(result, null, 2));
    else if (values.format === "csv") console.log(rowsToCsv(result.columns, result.rows));
    else {
      const rows = result.rows as unknown as CurrencyFinding[];
      console.log(`Currency of the atlas on ${result.params.asOf}: ${rows.length} findings`);
      for (const issue of CURRENCY_ISSUES) {
        const group = rows.filter((r) => r.issue === issue);
        if (group.length === 0) continue;
        console.log(`\n${issue} (${group.length})`);
        for (const r of group) {
          const age = r.confirmedAsOf ? ` [confirmed ${r.confirmedAsOf}]` : "";
          const what = issue === "stale" || issue === "disagreement" ? `${r.aspect}: ` : "";
          console.log(`  ${r.name.padEnd(18)} ${what}${r.detail}${issue === "stale" ? "" : age}`);
        }
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
