/**
 * npm run neo4j:start / neo4j:status / neo4j:stop as a user runs them, on a second, private
 * server (ATLAS_NEO4J_HOME in a temp folder) so the shared test server is not disturbed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const home = mkdtempSync(join(tmpdir(), "atlas-neo4j-home-"));
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

afterAll(() => {
  npm("neo4j:stop");
  rmSync(home, { recursive: true, force: true });
});

describe("the local Neo4j", () => {
  it("starts, prints eval-able assignments last, answers with those credentials, is reused, stops without leftovers, and restarts on the same port and password", async () => {
    const started = npm("neo4j:start");
    expect(started.stderr).toMatch(/neo4j: started: Neo4j 5\.26\.\d+ at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(started.status).toBe(0);
    const lines = started.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[1]).toBe("NEO4J_USERNAME=neo4j");
    expect(lines[2]).toMatch(/^NEO4J_PASSWORD=[0-9a-f]{24}$/);
    const vars = Object.fromEntries(lines.map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));

    // A shell can eval the output (the usage the issue asks for).
    const echoed = execFileSync("bash", ["-c", 'eval "$(npm run --silent neo4j:start 2>/dev/null)"; echo "$NEO4J_URI"'], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(echoed.trim()).toBe(vars.NEO4J_URI);

    const driver = neo4j.driver(vars.NEO4J_URI as string, neo4j.auth.basic("neo4j", vars.NEO4J_PASSWORD as string));
    try {
      const r = await driver.executeQuery("RETURN 40 + 2 AS answer");
      expect(r.records[0]?.get("answer").toNumber()).toBe(42);
    } finally {
      await driver.close();
    }

    const again = npm("neo4j:start");
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("already running");
    expect(again.stdout).toBe(started.stdout);

    const status = npm("neo4j:status");
    expect(status.status).toBe(0);
    expect(status.stdout).toBe(started.stdout);

    const state = JSON.parse(readFileSync(join(home, "state.json"), "utf8"));
    expect(alive(state.pid)).toBe(true);
    const stopped = npm("neo4j:stop");
    expect(stopped.status).toBe(0);
    expect(stopped.stderr).toContain("neo4j: stopped");
    expect(alive(state.pid)).toBe(false);
    expect(existsSync(state.workDir)).toBe(false);
    expect(existsSync(join(home, "state.json"))).toBe(false);
    // Nothing of it is left in the process table.
    expect(spawnSync("pgrep", ["-f", state.workDir]).status).toBe(1);

    const after = npm("neo4j:status");
    expect(after.status).toBe(1);
    expect(after.stderr).toContain("not running");
    expect(npm("neo4j:stop").stderr).toContain("not running");

    // A restart of the same checkout keeps port and password, so a running API reconnects.
    const restarted = npm("neo4j:start");
    expect(restarted.status).toBe(0);
    expect(restarted.stdout).toBe(started.stdout);
    expect(npm("neo4j:stop").status).toBe(0);
  }, 240_000); // two cold starts of the JVM: 30–60 s each on a busy 2-core machine

  it("an unknown sub-command prints the usage and exits 2", () => {
    const r = spawnSync("npx", ["tsx", "tools/neo4j/main.ts", "restart"], { cwd: ROOT, encoding: "utf8", env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "restart"');
    expect(r.stderr).toContain("Usage: npm run neo4j:start | neo4j:stop | neo4j:status");
  });
});
