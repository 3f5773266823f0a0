/**
 * npm run bench:api — requests/s and latency of the HTTP API on both stores, same run, with
 * autocannon against a real `npm start` server process per store. Prints figures; asserts nothing.
 *
 *   npm run bench:api [-- --duration 5] [--connections 10]
 *
 * The Neo4j used is NEO4J_URI or the local `npm run neo4j:start` server (started if needed);
 * THE DATABASE IS WIPED and loaded with the seed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startLocalNeo4j } from "../../tools/neo4j/local.ts";
import { loadDataset } from "../dataset/build.ts";
import { REPO_ROOT } from "../paths.ts";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { createDriver } from "../store/neo4j/connect.ts";
import { datasetSource, loadIntoNeo4j } from "../store/neo4j/load.ts";
import { wipeDatabase } from "../store/neo4j/wipe.ts";
import { freePort } from "../util/net.ts";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "10" }, help: { type: "boolean" } },
});
if (values.help) {
  console.log("Usage: npm run bench:api [-- --duration 5] [--connections 10]");
  process.exit(0);
}
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error("error: --duration takes seconds (> 0), --connections a positive integer");
  process.exit(2);
}

const TARGETS = [
  ["graph", "/api/graph"],
  ["search", "/api/search?q=prague"],
  ["iscm-overlap", "/api/analyses/iscm-overlap?a=prague-process&b=eap-panel"],
  ["geographic-overlap", "/api/analyses/geographic-overlap?subregion=Eastern%20Africa"],
] as const;

async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn("npx", ["tsx", "src/server/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group (npx → tsx → node), stopped as a whole
  });
  let log = "";
  child.stderr?.on("data", (d) => {
    log += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // not yet listening
    }
    if (child.exitCode !== null) throw new Error(`the server exited: ${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer: ${log}`);
}

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) await startLocalNeo4j();
  const config = readNeo4jConfig();
  const driver = createDriver(config);
  await wipeDatabase(driver, config.database);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
  await driver.close();

  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  const stores = [
    ["memory", base],
    ["neo4j", { ...base, NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password ?? "" }],
  ] as const;
  const rows: string[][] = [];
  for (const [store, env] of stores) {
    const { url, child } = await startServer(env);
    try {
      for (const [name, path] of TARGETS) {
        // Warm-up, then the measured run.
        await autocannon({ url: `${url}${path}`, connections: 2, duration: 1 });
        const r = await autocannon({ url: `${url}${path}`, connections, duration, headers: { "accept-encoding": "gzip" } });
        const errors = r.errors + r.timeouts + r.non2xx;
        rows.push([
          name,
          store,
          Math.round(r.requests.average).toLocaleString("en-US"),
          String(r.latency.p50),
          String(r.latency.p99),
          String(errors),
        ]);
        console.error(`  ${store} ${name}: ${Math.round(r.requests.average)} req/s`);
      }
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  }
  const header = ["endpoint", "store", "req/s", "p50 ms", "p99 ms", "errors"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
  console.log(
    [
      `\n${connections} connections, ${duration} s per endpoint (gzip), one server process per store:\n`,
      line(header),
      `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
      ...rows.map(line),
    ].join("\n"),
  );
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
