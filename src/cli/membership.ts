/**
 * `npm run cli -- membership`: the full membership table as of a day (dataset/membership-table.ts),
 * the same rows as GET /api/membership, as CSV (default), XLSX or JSON.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MEMBERSHIP_COLUMN_NAMES, membershipCsv, membershipRows, membershipXlsx } from "../dataset/membership-table.ts";
import { asOfDay, isPartialDate } from "../model/time.ts";
import { openCliStore } from "./query.ts";
import { UsageError } from "./usage-error.ts";

export const MEMBERSHIP_USAGE = `Usage: npm run cli -- membership [--as-of DATE] [--format csv|xlsx|json] [--out FILE]
                               [--store memory|neo4j]

Every relationship between a State and an ISCM that counts on a day: State and ISCM (ids and
names), role, from, to, basis, via, sources, source date, note. The columns are explained at
/data-dictionary of a running atlas; GET /api/membership?asOf=…&format=… answers the same rows.

  --as-of   the day: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)
  --format  csv (default), xlsx or json
  --out     the file to write (required for xlsx; csv and json go to stdout without it)

Examples:
  npm run --silent cli -- membership --as-of 2019-06 > membership-2019-06.csv
  npm run cli -- membership --as-of 2019-06 --format xlsx --out membership-2019-06.xlsx
`;

export async function membershipCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "as-of": { type: "string" },
      format: { type: "string", default: "csv" },
      out: { type: "string" },
      store: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(MEMBERSHIP_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${MEMBERSHIP_USAGE}`);
  const asked = values["as-of"];
  if (asked !== undefined && !isPartialDate(asked))
    throw new UsageError(`--as-of must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${asked}")`);
  const format = values.format;
  if (format !== "csv" && format !== "xlsx" && format !== "json")
    throw new UsageError(`--format must be one of csv, xlsx, json (got "${format}")`);
  if (format === "xlsx" && !values.out) throw new UsageError("--format xlsx needs --out FILE (a workbook is not written to a terminal)");
  const day = asOfDay(asked ?? null);
  const store = await openCliStore(values.store);
  try {
    const rows = membershipRows(await store.dataset(), day);
    const body =
      format === "xlsx"
        ? await membershipXlsx(rows, day)
        : format === "json"
          ? `${JSON.stringify({ asOf: day, columns: MEMBERSHIP_COLUMN_NAMES, rows }, null, 2)}\n`
          : membershipCsv(rows);
    if (values.out) {
      writeFileSync(values.out, body);
      console.error(`${rows.length} relationships as of ${day} written to ${values.out}`);
    } else process.stdout.write(body);
    return 0;
  } finally {
    await store.close();
  }
}
