/**
 * `npm run cli -- load`: validate the seed, then load it into Neo4j in one transaction.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDataset, DEFAULT_SEED_DIR } from "../dataset/build.ts";
import { SeedValidationError } from "../dataset/errors.ts";
import { describeTarget, readNeo4jConfig } from "../store/neo4j/config.ts";
import { explainNeo4jError, Neo4jAccessError, openNeo4j } from "../store/neo4j/connect.ts";
import { DEFAULT_BATCH_SIZE, datasetSource, LoadError, type LoadProgress, type LoadReport, loadIntoNeo4j } from "../store/neo4j/load.ts";
import { UsageError } from "./usage-error.ts";

export const LOAD_USAGE = `Usage: npm run cli -- load [--reset] [--dry-run] [--batch-size N] [--seed DIR]

Validates seed/ (nothing is written if it is invalid), applies cypher/schema.cypher, then MERGEs
every node and relationship in ONE transaction: either all of it lands or none of it does. Loading
the same seed twice changes nothing. Relationships keep their sources and asOf dates.

  --reset        also delete nodes/relationships of the atlas's labels and types that the seed no
                 longer contains (without it they are only counted in the summary)
  --dry-run      do the whole load, print what would change, then roll back
  --batch-size   rows per UNWIND batch (default ${DEFAULT_BATCH_SIZE})
  --seed DIR     the seed folder (default: seed/ of this checkout)

Connection, from the environment (validated): NEO4J_URI (bolt://, neo4j://, neo4j+s:// …),
NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (default: the server's default).
Without NEO4J_URI the local server of \`npm run neo4j:start\` is used.

Examples:
  npm run neo4j:start && npm run cli -- load
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… npm run cli -- load --reset
`;

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

function progressPrinter(): ((p: LoadProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const line = `  ${p.phase === "nodes" ? "nodes" : "relationships"} ${p.name}: ${formatCount(p.done)}/${formatCount(p.total)}`;
    process.stderr.write(`\r\x1b[K${line}${p.done === p.total ? "\n" : ""}`);
  };
}

export function formatLoadReport(report: LoadReport, target: string, dryRun: boolean): string {
  const lines = [
    dryRun ? `dry run against ${target}: rolled back, nothing was written` : `loaded into ${target}`,
    "",
    "Nodes:",
    ...Object.entries(report.perLabel).map(([label, n]) => `  ${label.padEnd(16)}${formatCount(n).padStart(8)}`),
    "Relationships:",
    ...Object.entries(report.perType).map(([type, n]) => `  ${type.padEnd(16)}${formatCount(n).padStart(8)}`),
    "",
    `${dryRun ? "Would create" : "Created"}: ${formatCount(report.nodes.created)} nodes, ${formatCount(report.relationships.created)} relationships; ` +
      `${dryRun ? "would update" : "updated"}: ${formatCount(report.nodes.written - report.nodes.created)} nodes, ` +
      `${formatCount(report.relationships.written - report.relationships.created)} relationships.`,
    `Sources: ${formatCount(report.sources.merged)} (${dryRun ? "would create" : "created"} ${formatCount(report.sources.created)}, ${dryRun ? "would update" : "updated"} ${formatCount(report.sources.written - report.sources.created)}${report.sources.stale ? `; ${formatCount(report.sources.stale)} no longer in the seed${report.stale.deleted ? ", deleted" : ", kept (--reset deletes them)"}` : ""}).`,
  ];
  const stale = report.stale;
  if (stale.nodes + stale.relationships > 0) {
    lines.push(
      stale.deleted
        ? `${dryRun ? "Would delete" : "Deleted"} (not in the seed any more): ${formatCount(stale.nodes)} nodes, ${formatCount(stale.relationships)} relationships.`
        : `In the database but not in the seed: ${formatCount(stale.nodes)} nodes, ${formatCount(stale.relationships)} relationships (kept; --reset deletes them).`,
    );
  }
  const rows = report.nodes.merged + report.relationships.merged;
  if (
    report.nodes.written +
      report.relationships.written +
      report.sources.written +
      (stale.deleted ? stale.nodes + stale.relationships + report.sources.stale : 0) ===
    0
  ) {
    lines.push("The database already matched the seed: nothing changed.");
  }
  lines.push(
    `${formatCount(rows)} rows in ${(report.elapsedMs / 1000).toFixed(2)} s (${formatCount(Math.round(report.rowsPerSecond))} rows/s).`,
  );
  return lines.join("\n");
}

export async function loadCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reset: { type: "boolean" },
      "dry-run": { type: "boolean" },
      "batch-size": { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(LOAD_USAGE);
    return 0;
  }
  const batchSize = values["batch-size"] === undefined ? DEFAULT_BATCH_SIZE : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new UsageError(`--batch-size must be a positive integer (got "${values["batch-size"]}")`);
  }
  // Configuration and seed are checked before anything touches the database.
  const config = readNeo4jConfig();
  const built = buildDataset(values.seed ? resolve(values.seed) : DEFAULT_SEED_DIR);
  if (!built.dataset) throw new SeedValidationError(built.issues);
  const target = describeTarget(config);
  const connection = await openNeo4j(config);
  try {
    console.error(
      `seed is valid (dataset ${built.hash}); ${values["dry-run"] ? "dry run" : "loading"} into Neo4j ${connection.server} at ${target}…`,
    );
    const report = await loadIntoNeo4j(connection.driver, datasetSource(built.dataset), {
      reset: values.reset,
      dryRun: values["dry-run"],
      batchSize,
      database: config.database,
      onProgress: progressPrinter(),
    }).catch((e: unknown) => {
      if (e instanceof LoadError) throw new Neo4jAccessError(`load rolled back, nothing was written: ${e.message}`);
      const explained = explainNeo4jError(e, config);
      throw new Neo4jAccessError(`load rolled back, nothing was written: ${explained.message}`);
    });
    console.log(formatLoadReport(report, target, Boolean(values["dry-run"])));
    return 0;
  } finally {
    // A server that died mid-load cannot say goodbye: do not wait long for it.
    await Promise.race([connection.driver.close(), new Promise((r) => setTimeout(r, 2000).unref())]);
  }
}
