/**
 * The test database: connection details provided by tests/setup/neo4j.ts, plus helpers that read
 * the whole graph back so tests compare what Neo4j really holds.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { canonical } from "../../src/dataset/hash.ts";

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
}

export function testNeo4j(): TestNeo4j {
  const config = inject("neo4j");
  if (!config) throw new Error("no test Neo4j (ATLAS_SKIP_NEO4J=1?)");
  return config;
}

/** Environment for a CLI child process pointed at the test database. */
export function neo4jEnv(config: TestNeo4j): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password };
}

export function testDriver(config = testNeo4j()): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
}

export { wipeDatabase as wipe } from "../../src/store/neo4j/wipe.ts";

export async function countsByLabel(driver: Driver): Promise<Record<string, number>> {
  const r = await driver.executeQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label");
  return Object.fromEntries(r.records.map((x) => [x.get("label"), x.get("n")]));
}

export async function countsByType(driver: Driver): Promise<Record<string, number>> {
  const r = await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
  return Object.fromEntries(r.records.map((x) => [x.get("type"), x.get("n")]));
}

/** A hash of every node and relationship with all properties: equal iff the graphs are equal. */
export async function fingerprint(driver: Driver): Promise<string> {
  const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS l, properties(n) AS p");
  const rels = await driver.executeQuery("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p");
  const lines = [
    ...nodes.records.map((r) => canonical({ l: [...r.get("l")].sort(), p: r.get("p") })),
    ...rels.records.map((r) => canonical({ a: r.get("a"), t: r.get("t"), b: r.get("b"), p: r.get("p") })),
  ].sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}
