/** `npm run cli -- load` as a user runs it, against the real test Neo4j: output, exit codes, errors. */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsByLabel, countsByType, fingerprint, neo4jEnv, type TestNeo4j, testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";
import { removeSeedCopies, seedWith } from "../helpers/seed-fixture.ts";
import { startTcpProxy } from "../helpers/tcp-proxy.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const temps: string[] = [];
let config: TestNeo4j;
let driver: Driver;

function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  return spawnSync("npm", ["run", "--silent", "cli", "--", "load", ...args], { cwd: ROOT, encoding: "utf8", env });
}

/** The environment without any NEO4J_* of the developer's shell, plus the given variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  return { ...env, ...extra };
}

/** A copy of the real seed with one association removed and one membership date changed. */
function editedSeed(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "atlas-seed-")), "seed");
  temps.push(dir);
  cpSync(join(ROOT, "seed"), dir, { recursive: true });
  const file = join(dir, "iscms", "prague-process.json");
  const prague = JSON.parse(readFileSync(file, "utf8"));
  prague.associatedWith.shift();
  for (const m of prague.members) if (m.state === "DEU") m.asOf = "2019";
  writeFileSync(file, JSON.stringify(prague, null, 2));
  return dir;
}

beforeAll(async () => {
  config = testNeo4j();
  driver = testDriver(config);
  await wipe(driver);
});
afterAll(async () => {
  removeSeedCopies();
  for (const t of temps) rmSync(join(t, ".."), { recursive: true, force: true });
  await driver.close();
});

describe("cli load", () => {
  it("loads the seed and prints counts, elapsed time and rows/s; a second run reports nothing changed", async () => {
    const first = cli(neo4jEnv(config));
    expect(first.stderr).toContain("seed is valid");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`loaded into ${config.uri} (database default)`);
    expect(first.stdout).toMatch(/MEMBER_OF\s+1,\d{3}/);
    expect(first.stdout).toMatch(/rows in \d+\.\d\d s \([\d,]+ rows\/s\)/);
    expect((await countsByLabel(driver)).ISCM).toBe(37);

    const second = cli(neo4jEnv(config));
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Created: 0 nodes, 0 relationships; updated: 0 nodes, 0 relationships.");
    expect(second.stdout).toContain("nothing changed");
  });

  it("--reset after a seed change removes what the seed dropped and updates what it changed", async () => {
    cli(neo4jEnv(config));
    const before = await countsByType(driver);
    const seed = editedSeed();

    const plain = cli(neo4jEnv(config), "--seed", seed);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("updated: 0 nodes, 1 relationships");
    expect(plain.stdout).toContain("In the database but not in the seed: 0 nodes, 1 relationships (kept; --reset deletes them).");
    expect((await countsByType(driver)).ASSOCIATED_WITH).toBe(before.ASSOCIATED_WITH);

    const reset = cli(neo4jEnv(config), "--seed", seed, "--reset");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain("Deleted (not in the seed any more): 0 nodes, 1 relationships.");
    expect((await countsByType(driver)).ASSOCIATED_WITH).toBe((before.ASSOCIATED_WITH ?? 0) - 1);
    const asOf = await driver.executeQuery(
      "MATCH (:State {id: 'DEU'})-[r:MEMBER_OF]->(:ISCM {id: 'prague-process'}) RETURN r.asOf AS asOf",
    );
    expect(asOf.records[0]?.get("asOf")).toBe("2019");
  });

  it("--dry-run reports the changes and rolls back", async () => {
    await wipe(driver);
    const r = cli(neo4jEnv(config), "--dry-run");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("rolled back, nothing was written");
    expect(r.stdout).toMatch(/Would create: \d{3} nodes, [\d,]+ relationships/);
    expect(await countsByLabel(driver)).toEqual({});
  });

  it("writes nothing when the seed is invalid", async () => {
    cli(neo4jEnv(config));
    const before = await fingerprint(driver);
    const r = cli(neo4jEnv(config), "--seed", seedWith("bad-iso-code"), "--reset");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('members[2].state "XXX" is not a known State');
    expect(r.stderr).toContain("nothing was produced");
    expect(await fingerprint(driver)).toBe(before);
  });
});

describe("cli load: connection errors are one clear line, never the password", () => {
  const password = "s3cret-wrong-Pa55word";

  it("bad credentials", () => {
    const r = cli(cleanEnv({ NEO4J_URI: config.uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: password }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: Neo4j at ${config.uri} (database default) rejected the credentials of user "neo4j"`);
    expect(r.stderr + r.stdout).not.toContain(password);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("an unreachable server", () => {
    const r = cli(cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: password }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("error: cannot reach Neo4j at bolt://127.0.0.1:1 (database default): connection refused. Is it running?");
  });

  it("a database that does not exist", () => {
    const r = cli({ ...neo4jEnv(config), NEO4J_DATABASE: "nosuchdb" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('database "nosuchdb" does not exist (NEO4J_DATABASE)');
    expect(r.stderr).not.toContain(config.password);
  });

  it("a malformed NEO4J_URI or NEO4J_DATABASE is named before anything connects", () => {
    const uri = cli(cleanEnv({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: password }));
    expect(uri.status).toBe(1);
    expect(uri.stderr).toContain("error: NEO4J_URI must be a URI like bolt://127.0.0.1:7687");
    expect(uri.stderr).toContain('(got "http://localhost:7474")');
    expect(uri.stderr).not.toContain(password);
    const db = cli(cleanEnv({ NEO4J_URI: config.uri, NEO4J_DATABASE: "x y", NEO4J_PASSWORD: password }));
    expect(db.status).toBe(1);
    expect(db.stderr).toContain("NEO4J_DATABASE must be a Neo4j database name");
  });

  it("no NEO4J_URI and no local server: says how to get one", () => {
    const home = mkdtempSync(join(tmpdir(), "atlas-neo4j-home-"));
    temps.push(join(home, "x"));
    const r = cli(cleanEnv({ ATLAS_NEO4J_HOME: home }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("NEO4J_URI is not set and no local Neo4j is running: start one with `npm run neo4j:start`");
  });

  it("Neo4j dying mid-load: exits promptly, says the connection closed (not TLS) and that nothing was written", async () => {
    await wipe(driver);
    const before = await fingerprint(driver);
    const target = new URL(config.uri);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    proxy.cutAfterBytes(200_000); // well into the relationship batches
    try {
      const started = Date.now();
      const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn("npm", ["run", "--silent", "cli", "--", "load", "--batch-size", "100"], {
          cwd: ROOT,
          env: { ...neo4jEnv(config), NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` },
        });
        let stderr = "";
        child.stderr.on("data", (d) => {
          stderr += d;
        });
        child.on("close", (status) => resolve({ status, stderr }));
      });
      const seconds = (Date.now() - started) / 1000;
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("load rolled back, nothing was written");
      expect(r.stderr).not.toMatch(/TLS|encryption/);
      expect(r.stderr).not.toContain(config.password);
      expect(seconds).toBeLessThan(20);
      expect(await fingerprint(driver)).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  it("a bad --batch-size is a usage error (exit 2)", () => {
    const r = cli(neo4jEnv(config), "--batch-size", "0");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--batch-size must be a positive integer (got "0")');
  });
});
