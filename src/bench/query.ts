/**
 * npm run bench:query — p50/p95 of every analysis on both stores, on the seed and on synthetic
 * atlases 10× and 100× its size (src/bench/synthetic.ts). Prints figures; asserts nothing.
 *
 *   npm run bench:query [-- --scales 1,10,100] [--runs 30] [--budget-ms 4000]
 *
 * Each analysis runs 3 times to warm up, then up to --runs times or until --budget-ms is spent
 * (at least 5 runs). The Neo4j used is NEO4J_URI or the local `npm run neo4j:start` server
 * (started if needed). THE DATABASE IS WIPED and left holding the seed.
 */
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { startLocalNeo4j } from "../../tools/neo4j/local.ts";
import { ANALYSIS_NAMES } from "../analyses/registry.ts";
import { runAnalysis } from "../analyses/run.ts";
import { loadDataset } from "../dataset/build.ts";
import type { Dataset } from "../model/graph.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { datasetSource, loadIntoNeo4j } from "../store/neo4j/load.ts";
import { Neo4jStore } from "../store/neo4j/store.ts";
import { wipeDatabase } from "../store/neo4j/wipe.ts";
import type { GraphStore } from "../store/types.ts";
import { percentile } from "./stats.ts";
import { syntheticDataset } from "./synthetic.ts";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "1,10,100" },
    runs: { type: "string", default: "30" },
    "budget-ms": { type: "string", default: "4000" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:query [-- --scales 1,10,100] [--runs 30] [--budget-ms 4000]   (1 = the seed)");
  process.exit(0);
}
const scales = values.scales.split(",").map(Number);
const maxRuns = Number(values.runs);
const budgetMs = Number(values["budget-ms"]);
if (scales.some((s) => !Number.isInteger(s) || s < 1) || !(maxRuns >= 5) || !(budgetMs > 0)) {
  console.error("error: --scales takes positive integers (1 = the seed), --runs at least 5, --budget-ms a positive number");
  process.exit(2);
}

const SEED_PARAMS: Record<string, Record<string, string>> = {
  "shared-iscms": { a: "ARM", b: "AZE" },
  "state-partners": { state: "MDA" },
  "iscm-overlap": { a: "prague-process", b: "eap-panel" },
  "union-alignment": { iscm: "mid-igad" },
  path: { a: "ARM", b: "icmpd" },
};
// States 0 and 8, ISCMs 0 and 8 share cluster 0 in the synthetic atlas; ISCM 0 has a union.
const SYNTHETIC_PARAMS: Record<string, Record<string, string>> = {
  "shared-iscms": { a: "S000000", b: "S000008" },
  "state-partners": { state: "S000000" },
  "iscm-overlap": { a: "iscm-0000", b: "iscm-0008" },
  "union-alignment": { iscm: "iscm-0000" },
  path: { a: "S000000", b: "org-00000" },
};

async function time(
  store: GraphStore,
  name: string,
  params: Record<string, string>,
): Promise<{ p50: number; p95: number; runs: number; rows: number }> {
  let rows = 0;
  for (let i = 0; i < 3; i++) rows = (await runAnalysis(store, name, params)).rows.length;
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    await runAnalysis(store, name, params);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length, rows };
}

async function fill(driver: Driver, dataset: Dataset): Promise<void> {
  await wipeDatabase(driver);
  await loadIntoNeo4j(driver, datasetSource(dataset));
  // Plans cached for the previous (smaller) graph would be reused for a while: start afresh.
  await driver.executeQuery("CALL db.clearQueryCaches()");
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const failures: string[] = [];
const failureNote = (message: string) =>
  /memory/i.test(message) ? "out of transaction memory" : /time/i.test(message) ? "timeout" : "error";

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) await startLocalNeo4j();
  const neo4jStore = await Neo4jStore.open(readNeo4jConfig());
  const header = ["analysis"];
  const cells = new Map<string, string[]>(ANALYSIS_NAMES.map((n) => [n, [n]]));
  const matrixTimes: { scale: number; memberships: number; pairs: number; memory: number; neo4j: number }[] = [];
  // Per analysis, per graph: p50 on each store and the rows returned, for the growth table.
  const growth = new Map<string, { label: string; memory?: number; neo4j?: number; rows?: number }[]>(ANALYSIS_NAMES.map((n) => [n, []]));
  try {
    for (const scale of scales) {
      const dataset = scale === 1 ? loadDataset() : syntheticDataset(scale);
      const label = scale === 1 ? "seed" : `${scale}×`;
      const memberships = dataset.edges.filter((e) => e.type === "MEMBER_OF").length;
      console.error(
        `${label}: ${dataset.nodes.length.toLocaleString("en-US")} nodes, ${dataset.edges.length.toLocaleString("en-US")} relationships; loading into Neo4j…`,
      );
      await fill(neo4jStore.driver, dataset);
      const memory = new MemoryStore(dataset);
      // A fresh Neo4j store per graph: its name catalog is cached.
      const neo4j = await Neo4jStore.open(neo4jStore.config);
      header.push(`${label} memory p50/p95`, `${label} neo4j p50/p95`);
      const pairs = (await runAnalysis(memory, "overlap-matrix", {})).rows.length;
      const matrix = { scale, memberships, pairs, memory: 0, neo4j: 0 };
      for (const name of ANALYSIS_NAMES) {
        const params = (scale === 1 ? SEED_PARAMS : SYNTHETIC_PARAMS)[name] ?? {};
        console.error(`  ${label} ${name}…`);
        // A failure (e.g. Neo4j's transaction memory limit at 100×) is a figure too: print it, go on.
        const timed = async (store: GraphStore) => time(store, name, params).catch((e: unknown) => ({ error: (e as Error).message }));
        const m = await timed(memory);
        const n = await timed(neo4j);
        const show = (t: Awaited<ReturnType<typeof timed>>) =>
          "error" in t ? `failed (${failureNote(t.error)})` : `${ms(t.p50)} / ${ms(t.p95)}`;
        cells.get(name)?.push(show(m), show(n));
        growth.get(name)?.push({
          label,
          ...("error" in m ? {} : { memory: m.p50, rows: m.rows }),
          ...("error" in n ? {} : { neo4j: n.p50 }),
        });
        if ("error" in m || "error" in n) failures.push(`${label} ${name}: ${"error" in n ? n.error : (m as { error: string }).error}`);
        if (name === "overlap-matrix" && !("error" in m) && !("error" in n)) Object.assign(matrix, { memory: m.p50, neo4j: n.p50 });
      }
      matrixTimes.push(matrix);
      await neo4j.close();
    }
  } finally {
    // Leave the database as users expect it: holding the seed.
    await fill(neo4jStore.driver, loadDataset()).catch(() => {});
    await neo4jStore.close();
  }
  const table = [...cells.values()];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
  console.log(
    ["", "Milliseconds, p50 / p95:", "", line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...table.map(line)].join(
      "\n",
    ),
  );
  if (failures.length > 0) console.log(`\nFailures:\n${failures.map((f) => `  ${f}`).join("\n")}`);
  if (scales.length > 1) {
    // Time growing faster than the answer (rows) is what a bad plan looks like.
    console.log("\nGrowth from the first graph (p50 time ratio per store, next to the ratio of rows returned):");
    for (const [name, points] of growth) {
      const [first] = points;
      const ratio = (x?: number, y?: number) => (x === undefined || !y ? "—" : `×${(x / y).toFixed(1)}`);
      const parts = points.map(
        (p) =>
          `${p.label}: memory ${ratio(p.memory, first?.memory)} neo4j ${ratio(p.neo4j, first?.neo4j)} rows ${ratio(p.rows, first?.rows)}`,
      );
      console.log(`  ${name.padEnd(20)} ${parts.join(" | ")}`);
    }
  }
  if (matrixTimes.length > 1) {
    console.log("\noverlap-matrix against memberships and the ISCM pairs it returns (p50; × = ratio to the first graph):");
    const [first] = matrixTimes;
    for (const t of matrixTimes) {
      const grow = (x: number, y: number) => (x / y).toFixed(1);
      console.log(
        `  ${String(t.scale === 1 ? "seed" : `${t.scale}×`).padEnd(5)} ${t.memberships.toLocaleString("en-US").padStart(9)} memberships (×${grow(t.memberships, first?.memberships ?? 1)}) ${t.pairs.toLocaleString("en-US").padStart(7)} pairs (×${grow(t.pairs, first?.pairs ?? 1)})` +
          `   memory ${ms(t.memory)} ms (×${grow(t.memory, first?.memory ?? 1)})   neo4j ${ms(t.neo4j)} ms (×${grow(t.neo4j, first?.neo4j ?? 1)})`,
      );
    }
  }
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
