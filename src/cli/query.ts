/**
 * `npm run cli -- query`: run a named analysis on the embedded store or on Neo4j.
 */
import { parseArgs } from "node:util";
import { formatCell } from "../analyses/format.ts";
import { ANALYSES, analysisDescription, analysisUsage } from "../analyses/registry.ts";
import { type AnalysisResult, AnalysisUsageError, analysisOrThrow, runAnalysis } from "../analyses/run.ts";
import { ANALYSIS_WORDS } from "../analyses/words.ts";
import { UnknownEntityError } from "../dataset/catalog.ts";
import { isLocale, LOCALES, type Locale } from "../i18n/locale.ts";
import { rowsToCsv } from "../model/csv.ts";
import { localisedNameMap } from "../model/names.ts";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { openStore } from "../store/open.ts";
import type { GraphStore, Row } from "../store/types.ts";
import { UsageError } from "./usage-error.ts";

export const QUERY_FORMATS = ["table", "json", "csv"] as const;

export const QUERY_USAGE = `Usage: npm run cli -- query <analysis> [--param key=value …] [--store memory|neo4j] [--format table|json|csv] [--lang en|fr|es]
       npm run cli -- query --list
       npm run cli -- query <analysis> --help

Runs a named analysis (cypher/queries/<analysis>.cypher on Neo4j, the same analysis in graphology
on the embedded store; both give the same answers). Entity parameters take ids, names, acronyms
or aliases ("Moldova", "MDA", "Republic of Moldova"); an unknown name lists the closest matches.

  --param    key=value, repeatable
  --store    memory (the seed, no server) or neo4j (NEO4J_* variables, or the npm run neo4j:start
             server); default: neo4j if NEO4J_URI is set, else memory
  --lang     en (default), fr or es: the table's column labels and the entities' names in that
             language (JSON and CSV keep ids and English names)
  --format   table (default; long lists shortened, sources counted), json (everything, with
             sources) or csv
  --list     the analyses and their parameters

Examples:
  npm run cli -- query iscm-overlap --param a="Prague Process" --param b="EaP Panel"
  npm run cli -- query geographic-overlap --param subregion="Eastern Africa" --param limit=5
  npm run --silent cli -- query path --param a=Armenia --param b=ICMPD --format json
`;

function listAnalyses(): string {
  const out = ["Analyses (npm run cli -- query <name> --help for details):", ""];
  for (const def of ANALYSES) {
    const params = def.params.map((p) => (p.required ? p.name : `${p.name}?`)).join(", ");
    out.push(`  ${def.name}(${params})`);
    out.push(`      ${analysisDescription(def.name)}`);
  }
  return out.join("\n");
}

function parseParams(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of values) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param takes key=value (got "${item}")`);
    const key = item.slice(0, eq);
    if (key in out) throw new UsageError(`--param ${key} is given twice`);
    out[key] = item.slice(eq + 1);
  }
  return out;
}

const LIST_PREVIEW = 8;

/**
 * The table in another language: each column headed by its label there (analyses/words.ts), and
 * the entities named in that language (a column of ids shows names; a `name` column the name of
 * its row's first entity). JSON and CSV keep the analysis's ids and English names.
 */
export interface TableLanguage {
  lang: Locale;
  /** Column → its label in the language. */
  labels: Record<string, string>;
  /** Columns that hold entity ids (one or a list). */
  entityColumns: ReadonlySet<string>;
  nameOf: (id: string) => string | undefined;
}

function localiseRow(r: Row, columns: readonly string[], t: TableLanguage): Row {
  const out: Row = { ...r };
  const named = (v: unknown) => (typeof v === "string" ? (t.nameOf(v) ?? v) : v);
  for (const c of columns) {
    if (!t.entityColumns.has(c)) continue;
    const v = r[c];
    out[c] = Array.isArray(v) ? v.map(named) : named(v);
  }
  const firstEntity = columns.find((c) => t.entityColumns.has(c) && typeof r[c] === "string");
  if ("name" in r && firstEntity) out.name = t.nameOf(String(r[firstEntity])) ?? r.name;
  return out;
}

export function formatTable(result: AnalysisResult, language?: TableLanguage): string {
  const header = language ? result.columns.map((c) => language.labels[c] ?? c) : result.columns;
  const source = language ? result.rows.map((r) => localiseRow(r, result.columns, language)) : result.rows;
  const rows = source.map((r) => result.columns.map((c) => formatCell(r[c], LIST_PREVIEW)));
  const widths = header.map((h, i) => Math.min(80, Math.max(h.length, ...rows.map((r) => (r[i] as string).length))));
  const fitWidth = (text: string, w: number) => (text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w));
  const lines = [
    header
      .map((h, i) => fitWidth(h, widths[i] as number))
      .join("  ")
      .trimEnd(),
    widths.map((w) => "-".repeat(w)).join("  "),
  ];
  for (const r of rows)
    lines.push(
      r
        .map((c, i) => fitWidth(c, widths[i] as number))
        .join("  ")
        .trimEnd(),
    );
  const params = Object.entries(result.params)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  lines.push(
    "",
    `${result.rows.length} row${result.rows.length === 1 ? "" : "s"} · ${result.analysis}${params ? ` ${params}` : ""} · ${result.store} store${result.rows.length ? " · --format json for full lists and sources" : ""}`,
  );
  return lines.join("\n");
}

export function formatCsv(result: AnalysisResult): string {
  return rowsToCsv(result.columns, result.rows);
}

export async function openCliStore(kind: string | undefined, seed?: string): Promise<GraphStore> {
  const chosen = kind ?? (process.env.NEO4J_URI ? "neo4j" : "memory");
  if (chosen !== "memory" && chosen !== "neo4j") throw new UsageError(`--store must be memory or neo4j (got "${kind}")`);
  return openStore({ neo4j: chosen === "neo4j" ? readNeo4jConfig() : undefined, neo4jMode: "fail", seedDir: seed });
}

export async function queryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      param: { type: "string", multiple: true, default: [] },
      store: { type: "string" },
      format: { type: "string", default: "table" },
      lang: { type: "string", default: "en" },
      list: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.list) {
    console.log(listAnalyses());
    return 0;
  }
  const [name, ...extra] = positionals;
  if (!name) {
    if (values.help) {
      console.log(QUERY_USAGE);
      return 0;
    }
    throw new UsageError(`which analysis? (npm run cli -- query --list)\n\n${QUERY_USAGE}`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": parameters go as --param key=value`);
  const def = analysisOrThrow(name);
  if (values.help) {
    console.log(analysisUsage(def));
    return 0;
  }
  if (!(QUERY_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${QUERY_FORMATS.join(", ")} (got "${values.format}")`);
  }
  if (!isLocale(values.lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(", ")} (got "${values.lang}")`);
  const lang = values.lang;
  const params = parseParams(values.param);
  const store = await openCliStore(values.store);
  try {
    const result = await runAnalysis(store, def.name, params);
    let language: TableLanguage | undefined;
    if (lang !== "en" && values.format === "table") {
      const names = localisedNameMap((await store.dataset()).nodes, lang, "shortName");
      const words = ANALYSIS_WORDS[lang][def.name];
      language = {
        lang,
        labels: words?.columns ?? {},
        entityColumns: new Set(
          Object.entries(def.columnLabels)
            .filter(([, l]) => l.kind === "entity" || l.kind === "entities")
            .map(([c]) => c),
        ),
        nameOf: (id) => names.get(id),
      };
    }
    const text =
      values.format === "json"
        ? JSON.stringify(result, null, 2)
        : values.format === "csv"
          ? formatCsv(result)
          : formatTable(result, language);
    console.log(text);
    return 0;
  } finally {
    await store.close();
  }
}

export { AnalysisUsageError, UnknownEntityError };
