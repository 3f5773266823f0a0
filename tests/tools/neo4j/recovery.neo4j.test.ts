/**
 * Recovery under traffic (issue 21), on a second, private local server (ATLAS_NEO4J_HOME in a
 * temp folder) with an app serving from it and a steady stream of requests to 127.0.0.1:
 * - the JVM dies (SIGKILL): its supervisor starts it again on the same data and password, and the
 *   app serves from Neo4j again by itself;
 * - the whole server dies (supervisor and JVM): `npm run neo4j:start` works while the requests go
 *   on (the password is set before Bolt listens, so the app's attempts cannot lock the user), the
 *   data is kept, and the app serves from Neo4j again within 30 s without being restarted.
 * Meanwhile the app logs one line per change of state, not one per request.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/dataset/build.ts";
import { createApp } from "../../../src/server/app.ts";
import { createDriver } from "../../../src/store/neo4j/connect.ts";
import { datasetSource, loadIntoNeo4j } from "../../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../../src/store/neo4j/store.ts";
import { listen, type RunningServer } from "../../helpers/http.ts";
import { FIXTURES } from "../../helpers/seed-fixture.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const home = mkdtempSync(join(tmpdir(), "atlas-neo4j-recovery-"));
const env = { ...process.env, ATLAS_NEO4J_HOME: home };
const npm = (script: string) => spawnSync("npm", ["run", "--silent", script], { cwd: ROOT, encoding: "utf8", env });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const state = () => JSON.parse(readFileSync(join(home, "state.json"), "utf8")) as { pid: number; uri: string; password: string };
const javaOf = (supervisor: number) =>
  Number(readFileSync(`/proc/${supervisor}/task/${supervisor}/children`, "utf8").trim().split(/\s+/)[0]);

let server: RunningServer;
let store: Neo4jStore;
const logLines: string[] = [];

/** GET /api/entities/prague-process (a read from Neo4j each time) every 100 ms until stopped: each answer's status and time. */
function stream() {
  const answers: { at: number; status: number }[] = [];
  let stop = false;
  const done = (async () => {
    const started = Date.now();
    while (!stop && Date.now() - started < 240_000) {
      const status = await fetch(`${server.url}/api/entities/prague-process`)
        .then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        })
        .catch(() => 0);
      answers.push({ at: Date.now(), status });
      await sleep(100);
    }
  })();
  return {
    answers,
    stop: async () => {
      stop = true;
      await done;
    },
  };
}

/** Waits until a request in `answers` after `since` is 200; the time that took, or Infinity. */
async function servedAgain(answers: { at: number; status: number }[], since: number, withinMs: number): Promise<number> {
  const deadline = since + withinMs;
  while (Date.now() < deadline) {
    const ok = answers.find((a) => a.at > since && a.status === 200);
    if (ok) return ok.at - since;
    await sleep(100);
  }
  return Number.POSITIVE_INFINITY;
}

beforeAll(async () => {
  const started = npm("neo4j:start");
  expect(started.status, started.stderr).toBe(0);
  const { uri, password } = state();
  const config = { uri, username: "neo4j", password, database: undefined, origin: "environment" as const };
  const driver = createDriver(config);
  try {
    await loadIntoNeo4j(driver, datasetSource(loadDataset(join(FIXTURES, "minimal-seed"))));
  } finally {
    await driver.close();
  }
  store = Neo4jStore.connect(config, {}, (line) => logLines.push(line));
  server = await listen(createApp({ store, log: (line) => logLines.push(line) }));
  expect((await fetch(`${server.url}/api/entities/prague-process`)).status).toBe(200);
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  npm("neo4j:stop");
  rmSync(home, { recursive: true, force: true });
});

// A start of the JVM takes 30–60 s on a busy 2-core machine.
const RESTART_TEST_MS = 240_000;

describe("recovery under traffic", () => {
  it(
    "a killed JVM is started again by its supervisor on the same data, and the app serves from it again by itself",
    async () => {
      const { pid } = state();
      const java = javaOf(pid);
      const requests = stream();
      try {
        await sleep(1000);
        process.kill(java, "SIGKILL");
        const killedAt = Date.now();
        const back = await servedAgain(requests.answers, killedAt + 500, 120_000);
        expect(back).toBeLessThan(120_000);
        expect(alive(pid)).toBe(true); // the same supervisor
        expect(javaOf(pid)).not.toBe(java);
        expect(requests.answers.some((a) => a.at > killedAt && a.status === 503)).toBe(true); // it was down, and said so
      } finally {
        await requests.stop();
      }
      expect(readFileSync(join(home, "neo4j.log"), "utf8")).toMatch(/neo4j-supervisor: Neo4j exited \(SIGKILL\); starting it again/);
    },
    RESTART_TEST_MS,
  );

  it(
    "after the whole server is killed, neo4j:start works while requests arrive, and the app serves from Neo4j again within 30 s; one log line per change of state",
    async () => {
      const { pid } = state();
      const requests = stream();
      const linesBefore = logLines.length;
      try {
        await sleep(1000);
        process.kill(-pid, "SIGKILL"); // supervisor and JVM: the process group
        while (alive(pid)) await sleep(100);
        await sleep(3000); // requests keep coming while nothing answers
        const restart = spawn("npm", ["run", "--silent", "neo4j:start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        restart.stderr.on("data", (d: Buffer) => {
          stderr += d.toString();
        });
        const code = await new Promise<number | null>((resolve) => restart.on("exit", resolve));
        const startedAt = Date.now();
        expect(stderr).toContain("keeping the data of the server that stopped without neo4j:stop");
        expect(code, stderr).toBe(0);
        const back = await servedAgain(requests.answers, startedAt, 30_000);
        expect(back).toBeLessThan(30_000);
        expect(requests.answers.length).toBeGreaterThan(50);
      } finally {
        await requests.stop();
      }
      const lines = logLines.slice(linesBefore);
      expect(lines.some((l) => /answering again/.test(l))).toBe(true);
      expect(lines.length).toBeLessThanOrEqual(6);
    },
    RESTART_TEST_MS,
  );
});
