/** `npm run cli -- query` against the real Neo4j: same output as the embedded store. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { neo4jEnv, testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const query = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "cli", "--", "query", ...args], { cwd: ROOT, encoding: "utf8", env });

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
  await driver.close();
});

describe("cli query on Neo4j", () => {
  it("uses Neo4j when NEO4J_URI is set, and answers as the memory store does", () => {
    const env = neo4jEnv(testNeo4j());
    const args = ["geographic-overlap", "--param", "subregion=Eastern Europe", "--format", "json"];
    const onNeo4j = query(env, ...args);
    expect(onNeo4j.stderr).toBe("");
    expect(onNeo4j.status).toBe(0);
    const onMemory = query(env, ...args, "--store", "memory");
    const a = JSON.parse(onNeo4j.stdout);
    const b = JSON.parse(onMemory.stdout);
    expect(a.store).toBe("neo4j");
    expect(b.store).toBe("memory");
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.some((r: { a: string; b: string }) => r.a === "eap-panel" && r.b === "prague-process")).toBe(true);
  });

  it("an unreachable Neo4j is one clear line", () => {
    const r = query({ ...neo4jEnv(testNeo4j()), NEO4J_URI: "bolt://127.0.0.1:1" }, "overlap-matrix");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("error: cannot reach Neo4j at bolt://127.0.0.1:1 (database default): connection refused. Is it running?");
  });
});
