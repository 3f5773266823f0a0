/**
 * ISCM Atlas command line. `npm run cli -- <command> --help` for each command.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDataset, DEFAULT_SEED_DIR, type Summary } from "../dataset/build.ts";
import { formatIssues, SeedValidationError } from "../dataset/errors.ts";
import { EXPORT_FORMATS, type ExportFormat } from "../dataset/export.ts";
import { exportDataset } from "../dataset/export-files.ts";
import { datasetHash } from "../dataset/hash.ts";
import { MAX_SEED_FILE_BYTES } from "../dataset/read-seed.ts";
import { SOURCE_KINDS, type SourceMix } from "../model/source.ts";
import { today } from "../model/time.ts";
import { citationLine } from "../release/citation.ts";
import { Neo4jConfigError } from "../store/neo4j/config.ts";
import { Neo4jAccessError } from "../store/neo4j/connect.ts";
import { changesCommand } from "./changes.ts";
import { currencyCommand } from "./currency.ts";
import { loadCommand } from "./load.ts";
import { membershipCommand } from "./membership.ts";
import { AnalysisUsageError, queryCommand, UnknownEntityError } from "./query.ts";
import { releaseCommand } from "./release.ts";
import { UsageError } from "./usage-error.ts";

const USAGE = `ISCM Atlas — command line

Usage: npm run cli -- <command> [options]

Commands:
  validate   check seed/ (schemas, ids, references, sources) and print a summary
  export     write the whole normalised graph as json, graphml, gexf or csv
  load       load the seed into Neo4j (one transaction; --reset, --dry-run)
  query      run a named analysis (shared-iscms, iscm-overlap, synergy-candidates…); --list
             every analysis answers as of a date: --param asOf=2019-06 (default: today)
  changes    what changed between two dates (joins, exits, suspensions, handovers); --from, --to
  release    write the data package: CSVs with Table Schemas, the State × ISCM × year panel; --out
  currency   what most needs a curator: stale aspects, unknown or overdue chairs, disagreements; --asOf
  membership the full membership table as of a day (State, ISCM, role, dates, basis, sources)
             as CSV, XLSX or JSON; --as-of, --format, --out
  help       this text

Common options:
  --seed DIR      the seed folder (default: seed/ of this checkout)
  --all-errors    list every seed error (default: the first 100, then a count per file)

Examples:
  npm run cli -- validate
  npm run --silent cli -- export --format json > atlas.json
  npm run cli -- export --format csv --out build/csv
  npm run neo4j:start && npm run cli -- load
  npm run cli -- query iscm-overlap --param a="Prague Process" --param b="EaP Panel"
  npm run cli -- query iscm-overlap --param a="Prague Process" --param b="EaP Panel" --param asOf=2019-06
  npm run cli -- changes --from 2019-06
  npm run cli -- release --out build/release

Each command has --help.
`;

const VALIDATE_USAGE = `Usage: npm run cli -- validate [--seed DIR] [--quiet]

Reads seed/ through the zod schemas, then checks that every id is unique, every relationship
endpoint exists, every alias leads to one entity and every relationship has a source, and
holds the source policy of seed/README.md: a stated relationship, and a start or end date with
sources of its own, needs an official or secondary source (or a copy of one), never tertiary
ones alone; a copy names its original; a description is only for a page with no title. Prints
counts per label and relationship type, and for each ISCM its member States as of 2019-06 (the
day Annex 2 of the 2019 report describes) against the count Annex 2 declares, with the reason
for any difference, and its member States today, then the source mix. Exits 1 on any error,
after listing all of them.

  --seed DIR  another seed folder (any name; it is read as seed/ would be)
  --quiet     print nothing when the seed is valid

Every seed file must be a regular file of at most ${MAX_SEED_FILE_BYTES / 1024 / 1024} MiB; symbolic links, folders or pipes
where a file is expected are reported, never followed.

Example:
  npm run cli -- validate
`;

const EXPORT_USAGE = `Usage: npm run cli -- export --format json|graphml|gexf|csv [--out PATH] [--seed DIR]

  --format   json     {"nodes":[{id,label,properties}],"edges":[{source,target,type,properties}]}
             graphml  GraphML (networkx, yEd, Gephi); list values as JSON text
             gexf     GEXF 1.3 via graphology-gexf (Gephi); list values as JSON text
             csv      nodes.csv + edges.csv in the folder given by --out (lists joined with "; ")
                      and CITATION.txt: each format carries the citation line "ISCM Atlas <version>
                      (dataset <hash>), data as of <today>[, ATLAS_PUBLIC_URL]"
  --out      a file (a folder for csv); without it json/graphml/gexf go to stdout, nothing else does

Examples:
  npm run --silent cli -- export --format json > atlas.json
  npm run cli -- export --format gexf --out atlas.gexf
  npm run cli -- export --format csv --out build/csv
`;

function printSummary(summary: Summary, hash: string): void {
  const out: string[] = [`seed is valid (dataset ${hash})`, "", "Nodes:"];
  for (const [label, n] of Object.entries(summary.nodes)) out.push(`  ${label.padEnd(16)}${String(n).padStart(6)}`);
  out.push("Relationships:");
  for (const [type, n] of Object.entries(summary.edges)) out.push(`  ${type.padEnd(16)}${String(n).padStart(6)}`);
  out.push(
    "",
    `Member States per ISCM: as of 2019-06 / declared in Annex 2 (June 2019), and today (${summary.today}):`,
    `  ${"".padEnd(26)}2019-06 / Annex 2   today`,
  );
  for (const c of summary.iscmCounts) {
    const declared = c.declared === null ? "—" : String(c.declared);
    const mark = c.declared !== null && c.declared !== c.listed ? "≠" : " ";
    const change = c.today === c.listed ? "" : `  (${c.today > c.listed ? "+" : ""}${c.today - c.listed})`;
    out.push(`  ${c.id.padEnd(26)}${String(c.listed).padStart(7)} / ${declared.padEnd(7)} ${mark}${String(c.today).padStart(6)}${change}`);
  }
  const differing = summary.iscmCounts.filter((c) => c.declared !== null && c.declared !== c.listed);
  if (differing.length > 0) {
    out.push("", "Why the counts differ:");
    for (const c of differing) out.push(`  ${c.id}: ${c.note}`);
  }
  out.push(
    "",
    `Gaps recorded in the seed (facts no entity could carry): ${summary.gaps}`,
    `Annex 10 cells left uncertain (defective source row): ${summary.uncertainThemeCells}`,
    ...formatSourceMix(summary.sourceMix),
  );
  console.log(out.join("\n"));
}

/** The source mix as validate prints it (the policy: seed/README.md, *Sources*). */
export function formatSourceMix(mix: SourceMix): string[] {
  const pct = (n: number) => (mix.relationships ? `${((100 * n) / mix.relationships).toFixed(1)} %` : "—");
  const row = (label: string, n: number) => `  ${label.padEnd(50)}${n.toLocaleString("en").padStart(6)}  ${pct(n).padStart(7)}`;
  return [
    `Sources: ${mix.sources} (${SOURCE_KINDS.map((k) => `${mix.sourcesByKind[k]} ${k}`).join(", ")})`,
    `How the ${mix.relationships.toLocaleString("en")} relationships are sourced:`,
    row("with an official source", mix.official),
    row("secondary only (no official source)", mix.secondaryOnly),
    row("copies only (of official or secondary documents)", mix.copyOnly),
    row("inferred, on tertiary leads only", mix.inferredOnTertiaryOnly),
    row("stated on tertiary sources only (refused)", mix.tertiaryOnly),
  ];
}

function validate(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { seed: { type: "string" }, quiet: { type: "boolean" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(VALIDATE_USAGE);
    return 0;
  }
  const result = buildDataset(values.seed ? resolve(values.seed) : DEFAULT_SEED_DIR);
  if (!result.dataset || !result.summary) throw new SeedValidationError(result.issues);
  if (!values.quiet) printSummary(result.summary, result.hash);
  return 0;
}

function exportCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(", ")}${values.format ? ` (got "${values.format}")` : ""}\n\n${EXPORT_USAGE}`,
    );
  }
  const result = buildDataset(values.seed ? resolve(values.seed) : DEFAULT_SEED_DIR);
  if (!result.dataset) throw new SeedValidationError(result.issues);
  const citation = citationLine({ hash: datasetHash(result.dataset), asOf: today(), url: process.env.ATLAS_PUBLIC_URL });
  const text = exportDataset(result.dataset, values.format as ExportFormat, values.out, citation);
  if (text !== undefined) process.stdout.write(text);
  else console.error(`wrote ${values.format} to ${values.out}`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  // --all-errors is common to every command that reads the seed.
  const allErrors = args.includes("--all-errors");
  const argv = args.filter((a) => a !== "--all-errors");
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return validate(rest);
      case "export":
        return exportCommand(rest);
      case "load":
        return await loadCommand(rest);
      case "query":
        return await queryCommand(rest);
      case "changes":
        return await changesCommand(rest);
      case "release":
        return await releaseCommand(rest);
      case "currency":
        return await currencyCommand(rest);
      case "membership":
        return await membershipCommand(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(USAGE);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (e) {
    // Known failures get one clear message; nothing here prints a stack trace.
    if (e instanceof SeedValidationError) {
      for (const line of formatIssues(e.issues, allErrors ? Number.POSITIVE_INFINITY : undefined)) console.error(line);
      console.error(`\n${e.issues.length} error${e.issues.length === 1 ? "" : "s"}: the seed is not valid and nothing was produced.`);
    } else if (e instanceof AnalysisUsageError || e instanceof UnknownEntityError) {
      console.error(`error: ${e.message}`);
      return 2;
    } else if (e instanceof Neo4jConfigError || e instanceof Neo4jAccessError) {
      console.error(`error: ${e.message}`);
    } else if (e instanceof UsageError || (e as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      console.error(`error: ${(e as Error).message}`);
      return 2;
    } else {
      console.error(`error: ${(e as Error).message}`);
    }
    return 1;
  }
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error to report.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
