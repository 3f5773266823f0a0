/**
 * npm run bench:load — the batched loader against a naive one (one row per transaction) on the
 * same synthetic data, in the same run, on a real Neo4j. Prints figures; asserts nothing.
 *
 *   npm run bench:load [-- --sizes 10000,100000,500000] [--naive-rows 5000] [--batch-size 5000]
 *
 * The naive loader is measured on the first --naive-rows relationships of each dataset (after
 * loading all nodes one per transaction; 0 skips it): at ~1 ms per transaction, 500k rows would take many
 * minutes and tell nothing more. The Neo4j used is NEO4J_URI or the local `npm run neo4j:start`
 * server (started if needed). THE DATABASE IS WIPED.
 */
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { startLocalNeo4j } from "../../tools/neo4j/local.ts";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { openNeo4j } from "../store/neo4j/connect.ts";
import { applySchema, type LoadSource, loadIntoNeo4j, mergeNodesStatement, mergeRelationshipsStatement } from "../store/neo4j/load.ts";
import { wipeDatabase } from "../store/neo4j/wipe.ts";
import { syntheticShape, syntheticSource } from "./synthetic.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000,500000" },
    "naive-rows": { type: "string", default: "5000" },
    "batch-size": { type: "string", default: "5000" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:load [-- --sizes 10000,100000,500000] [--naive-rows 5000] [--batch-size 5000]");
  process.exit(0);
}
const sizes = values.sizes.split(",").map(Number);
const naiveRows = Number(values["naive-rows"]);
const batchSize = Number(values["batch-size"]);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(naiveRows) ||
  naiveRows < 0 ||
  !Number.isInteger(batchSize) ||
  batchSize < 1
) {
  console.error("error: --sizes and --batch-size take positive integers, --naive-rows a count (0: skip the naive loader)");
  process.exit(2);
}

const wipe = (driver: Driver) => wipeDatabase(driver);

/**
 * Memory while a load runs: the peak RSS (sampled every 20 ms) and the peak *retained* heap above
 * the start — measured after a forced GC every 10 batches (node --expose-gc, as bench:load runs),
 * so uncollected garbage does not pass for growth. Flat retained heap = rows are streamed.
 */
function memoryProbe() {
  const gc = globalThis.gc;
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let retained = 0;
  let rss = process.memoryUsage().rss;
  let batches = 0;
  const timer = setInterval(() => {
    rss = Math.max(rss, process.memoryUsage().rss);
  }, 20);
  return {
    afterBatch: () => {
      if (gc && ++batches % 10 === 0) {
        gc();
        retained = Math.max(retained, process.memoryUsage().heapUsed - base);
      }
    },
    finish: () => {
      clearInterval(timer);
      return { retainedMb: gc ? retained / 2 ** 20 : Number.NaN, rssMb: rss / 2 ** 20 };
    },
  };
}

/** One row per transaction: what a loader without batching does. Same statements, rows of one. */
async function naiveLoad(driver: Driver, source: LoadSource, relationshipLimit: number): Promise<{ relationships: number; relMs: number }> {
  const session = driver.session();
  try {
    for (const group of source.nodeGroups) {
      const statement = mergeNodesStatement(group.label);
      for (const row of group.rows) await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
    }
    let relationships = 0;
    const t0 = performance.now();
    outer: for (const group of source.relationshipGroups) {
      const statement = mergeRelationshipsStatement(group.type, group.from, group.to);
      for (const row of group.rows) {
        if (relationships >= relationshipLimit) break outer;
        await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
        relationships++;
      }
    }
    return { relationships, relMs: performance.now() - t0 };
  } finally {
    await session.close();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) await startLocalNeo4j();
  const connection = await openNeo4j(readNeo4jConfig());
  const { driver } = connection;
  console.log(`Neo4j ${connection.server}; batch size ${fmt(batchSize)}; naive measured on ${fmt(naiveRows)} relationships per size`);
  await applySchema(driver);
  // Warm the JVM (query compilation, JIT) so the first size is not penalised.
  await wipe(driver);
  for (let i = 0; i < 3; i++) await loadIntoNeo4j(driver, syntheticSource(syntheticShape(20_000)), { batchSize });
  const table: string[][] = [];
  try {
    for (const size of sizes) {
      const shape = syntheticShape(size);
      await wipe(driver);
      let nodesDoneAt = 0;
      let relsDoneAt = 0;
      const memory = memoryProbe();
      const batched = await loadIntoNeo4j(driver, syntheticSource(shape), {
        batchSize,
        onProgress: (p) => {
          if (p.phase === "nodes") nodesDoneAt = performance.now();
          else relsDoneAt = performance.now();
        },
        afterBatch: memory.afterBatch,
      });
      const { retainedMb, rssMb } = memory.finish();
      const relPerSec = shape.relationships / ((relsDoneAt - nodesDoneAt) / 1000);
      let naiveCells = ["—", "—"];
      if (naiveRows > 0) {
        await wipe(driver);
        const naive = await naiveLoad(driver, syntheticSource(shape), Math.min(naiveRows, shape.relationships));
        const naivePerSec = naive.relationships / (naive.relMs / 1000);
        naiveCells = [fmt(naivePerSec), `${(relPerSec / naivePerSec).toFixed(0)}×`];
      }
      table.push([
        fmt(shape.relationships),
        `${fmt(shape.states)} / ${fmt(shape.iscms)}`,
        (batched.elapsedMs / 1000).toFixed(1),
        fmt(batched.rowsPerSecond),
        fmt(relPerSec),
        ...naiveCells,
        retainedMb.toFixed(1),
        rssMb.toFixed(0),
      ]);
      console.error(`  done: ${fmt(shape.relationships)} relationships`);
    }
  } finally {
    await wipe(driver);
    await driver.close();
  }
  const header = [
    "relationships",
    "States / ISCMs",
    "batched s",
    "rows/s (all)",
    "rels/s",
    "naive rels/s",
    "ratio",
    "retained heap MB",
    "peak RSS MB",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] as number)).join(" | ")} |`;
  console.log(["", line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...table.map(line)].join("\n"));
  console.log(
    "\nrows/s (all): nodes + relationships over the whole transaction, commit included; rels/s: the relationship phase;\n" +
      "naive: one relationship per transaction (same statement), ratio = rels/s ÷ naive rels/s;\n" +
      "retained heap: peak Node heap above the start after forced GCs (flat in N = rows are streamed).",
  );
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
