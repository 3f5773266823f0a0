/**
 * Every route has a deadline, the profile pages (outside /api) included: with the real Neo4j
 * frozen (SIGSTOP to its java process, as a stalled or swapping server behaves), a page answers
 * 503 with an HTML page saying the database is unavailable, and the API answers 503 as JSON,
 * both within the request deadline. The server is always resumed (SIGCONT in finally), and the
 * same app serves the page again once it is.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { readLocalServerState } from "../../src/store/neo4j/config.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";

/** The request deadline of the app under test: short, so the test is; the margin is for a busy 2-core machine. */
const DEADLINE_MS = 4000;
const MARGIN_MS = 7000;

// Only a server this checkout started (tools/neo4j) has a pid to freeze; a server given by
// ATLAS_TEST_NEO4J_URI may be remote.
const local = readLocalServerState();
// The state names the supervisor (tools/neo4j/supervise.mjs); the JVM that answers is its child.
const frozenPid = (() => {
  let ours = false;
  try {
    ours = local !== undefined && local.uri === testNeo4j().uri;
  } catch {
    return undefined;
  }
  if (!ours || !local) return undefined;
  const children = readFileSync(`/proc/${local.pid}/task/${local.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  if (children.length !== 1) throw new Error(`the Neo4j supervisor ${local.pid} has ${children.length} children, not its one JVM`);
  return Number(children[0]);
})();

let store: Neo4jStore;
let server: RunningServer;

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
  await driver.close();
  store = await Neo4jStore.open({ ...testNeo4j(), database: undefined, origin: "environment" });
  // graphCacheMs 0: every page reads the dataset from Neo4j, as one would after the cache expires.
  server = await listen(createApp({ store, graphCacheMs: 0, guards: { requestTimeoutMs: DEADLINE_MS }, log: () => {} }));
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

/**
 * A GET with the time it took. The client gives up (status 0) well after the deadline, so a route
 * without one fails this test instead of hanging it with Neo4j frozen.
 */
const timed = async (path: string) => {
  const started = performance.now();
  try {
    const r = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(DEADLINE_MS + MARGIN_MS + 5000) });
    const text = await r.text();
    return { status: r.status, headers: r.headers, text, ms: performance.now() - started };
  } catch {
    return { status: 0, headers: new Headers(), text: "", ms: performance.now() - started };
  }
};

describe("a frozen Neo4j (SIGSTOP)", () => {
  it.skipIf(frozenPid === undefined)(
    `a profile page answers a 503 HTML page saying the database is unavailable, the API a 503 JSON error, within the ${DEADLINE_MS / 1000} s deadline; the page again once Neo4j resumes`,
    async () => {
      const pid = frozenPid as number;
      // Served from Neo4j before the freeze (the first, cold pages may take longer than the deadline on a busy machine).
      await expect.poll(async () => (await timed("/iscm/prague-process")).status, { timeout: 60_000, interval: 200 }).toBe(200);
      const answers: Record<string, Awaited<ReturnType<typeof timed>>> = {};
      process.kill(pid, "SIGSTOP");
      try {
        // Asked together, as visitors would: each must come back on its own deadline.
        const paths = ["/iscm/prague-process", "/compare/prague-process/eap-panel", "/state/MDA.md", "/api/entities/prague-process"];
        const results = await Promise.all(paths.map(timed));
        paths.forEach((p, i) => {
          answers[p] = results[i] as Awaited<ReturnType<typeof timed>>;
        });
      } finally {
        process.kill(pid, "SIGCONT");
      }
      for (const path of ["/iscm/prague-process", "/compare/prague-process/eap-panel", "/state/MDA.md"]) {
        const r = answers[path] as Awaited<ReturnType<typeof timed>>;
        expect(r.status, path).toBe(503);
        expect(r.headers.get("content-type"), path).toContain("text/html");
        expect(r.text, path).toContain("<title>Database unavailable — ISCM Atlas</title>");
        expect(r.text, path).toContain("The database behind the atlas is unavailable, so this page could not be made: ");
        expect(r.headers.get("content-security-policy"), path).toContain("default-src 'self'");
        expect(r.ms, path).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
        expect(r.ms, path).toBeLessThan(DEADLINE_MS + MARGIN_MS);
      }
      const api = answers["/api/entities/prague-process"] as Awaited<ReturnType<typeof timed>>;
      expect(api.status).toBe(503);
      expect(api.headers.get("content-type")).toContain("application/json");
      expect(JSON.parse(api.text)).toMatchObject({ error: { code: "unavailable" } });
      expect(api.ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
      // Resumed: the same app, not restarted, serves the page from Neo4j again.
      await expect.poll(async () => (await timed("/iscm/prague-process")).status, { timeout: 30_000, interval: 500 }).toBe(200);
    },
    120_000,
  );
});
