/**
 * The API on the real Neo4j: the shared endpoint suite, the Cypher console (reads, row cap,
 * timeout, refused writes leaving the database byte-for-byte unchanged, random input never a
 * 5xx), and Neo4j going away mid-run → 503, then recovery.
 */
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { getJson, listen, type RunningServer } from "../helpers/http.ts";
import { fingerprint, testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";
import { startTcpProxy } from "../helpers/tcp-proxy.ts";
import { describeApi } from "./api-suite.ts";

const storeConfig = (uri = testNeo4j().uri) => ({ ...testNeo4j(), uri, database: undefined, origin: "environment" as const });

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
});
afterAll(async () => {
  await driver.close();
});

describeApi("neo4j", async () => Neo4jStore.open(storeConfig()));

describe("POST /api/cypher on Neo4j", () => {
  let server: RunningServer;
  let store: Neo4jStore;
  const cypher = (query: string, params?: unknown) =>
    getJson(`${server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    });

  beforeAll(async () => {
    store = await Neo4jStore.open(storeConfig(), { timeoutMs: 1000, rowCap: 50 });
    server = await listen(createApp({ store, log: () => {} }));
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it("runs a read query with parameters and returns columns, rows and the nodes/relationships for drawing", async () => {
    const { status, body } = await cypher(
      "MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM {id: $iscm}) RETURN s, r, i.name AS iscm ORDER BY s.id LIMIT 3",
      { iscm: "eap-panel" },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(["s", "r", "iscm"]);
    expect(body.truncated).toBe(false);
    expect((body.rows as { s: { id: string } }[]).map((r) => r.s.id)).toEqual(["ARM", "AUT", "AZE"]);
    // The three States, and the ISCM at the other end of the relationships (fetched for drawing).
    expect((body.nodes as { id: string }[]).map((n) => n.id).sort()).toEqual(["ARM", "AUT", "AZE", "eap-panel"]);
    expect((body.relationships as { type: string; target: string; properties: { sources: string[] } }[])[0]).toMatchObject({
      type: "MEMBER_OF",
      target: "eap-panel",
      properties: { sources: expect.any(Array) },
    });
  });

  it("cuts at the row cap and says so", async () => {
    const { status, body } = await cypher("MATCH (s:State) RETURN s.id AS id");
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
  });

  it("stops a query at the server-side timeout (408)", async () => {
    const { status, body } = await cypher("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)");
    expect(status).toBe(408);
    expect(body).toMatchObject({ error: { code: "query_timeout" } });
  });

  it("a syntax error is a 400 with Neo4j's explanation", async () => {
    const { status, body } = await cypher("MATCH (n RETURN n");
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: "cypher_error", message: expect.stringContaining("Invalid input") } });
  });

  const ATTEMPTS: [string, string][] = [
    ["create", "CREATE (:State {id: 'ZZZ', name: 'Nowhere'})"],
    ["merge", "MERGE (s:State {id: 'ZZZ'}) RETURN s"],
    ["set", "MATCH (i:ISCM {id: 'prague-process'}) SET i.name = 'hacked' RETURN i"],
    ["delete", "MATCH (n) DETACH DELETE n"],
    ["remove", "MATCH (i:ISCM) REMOVE i.name RETURN count(i)"],
    ["lower-case write", "match (n:Theme) detach delete n"],
    ["write hidden after a comment", "MATCH (n) // harmless\nDELETE n"],
    ["two statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n"],
    ["foreach", "MATCH (n:State) FOREACH (x IN [1] | SET n.hacked = true)"],
    ["call in transactions", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS"],
    ["subquery write", "CALL () { CREATE (x:Hack) RETURN x } RETURN x"],
    ["drop index", "DROP INDEX iscm_name"],
    ["create index", "CREATE INDEX hack FOR (n:State) ON (n.hack)"],
    ["load csv", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["use system", "USE system SHOW USERS"],
    ["show users", "SHOW USERS"],
    ["create user", "CREATE USER hacker SET PASSWORD 'password123'"],
    ["alter user", "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'y'"],
    ["dbms procedure", "CALL dbms.security.createUser('hacker', 'password123', false)"],
    ["apoc writer", "CALL apoc.create.node(['Hack'], {}) YIELD node RETURN node"],
    ["fulltext create", "CALL db.index.fulltext.createNodeIndex('x', ['State'], ['name'])"],
    ["terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ["explain", "EXPLAIN MATCH (n) DELETE n"],
    ["profile", "PROFILE MATCH (n) RETURN n"],
  ];

  it.each(ATTEMPTS)("refuses %s, and the database is unchanged", async (_name, query) => {
    const before = await fingerprint(driver);
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect((body.error as { code: string }).code).toMatch(/^(query_refused|cypher_error)$/);
    expect(await fingerprint(driver)).toBe(before);
  });

  it("never answers 5xx to random queries and parameters (fast-check)", async () => {
    const fragments = fc.constantFrom(
      "MATCH (n)",
      "RETURN",
      "n",
      "count(*)",
      "$p",
      "WHERE",
      "n.id =",
      "'x'",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      ",",
      "LIMIT 3",
      "UNWIND",
      "AS x",
      "CALL",
      "db.labels()",
      "//",
      "/*",
      "*/",
      ";",
      "`",
      '"',
      "\\",
      "ORDER BY",
      "WITH",
      "OPTIONAL",
      "-[r]->",
      "SET",
      "DELETE",
    );
    const query = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join(" ")),
    );
    const params = fc.oneof(fc.constant(undefined), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })));
    const before = await fingerprint(driver);
    await fc.assert(
      fc.asyncProperty(query, params, async (q, p) => {
        const response = await fetch(`${server.url}/api/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: q, params: p }),
        });
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { error?: { code: string; message: string } };
        if (body.error) expect(body.error.message).not.toMatch(/\n\s+at /);
      }),
      { numRuns: 150 },
    );
    const raw = await fetch(`${server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(raw.status).toBe(400);
    expect(await fingerprint(driver)).toBe(before);
  });
});

/** Asks until `ok` holds or `withinMs` has passed; the last answer. */
async function until<T>(ask: () => Promise<T>, ok: (answer: T) => boolean, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const answer = await ask();
    if (ok(answer) || Date.now() > deadline) return answer;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("Neo4j going away", () => {
  it("answers 503 while Neo4j is unreachable and recovers when it returns", async () => {
    const target = new URL(testNeo4j().uri);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    const store = Neo4jStore.connect(storeConfig(`bolt://127.0.0.1:${proxy.port}`), { timeoutMs: 1000, rowCap: 10 });
    const server = await listen(createApp({ store, log: () => {} }));
    const get = (path: string) => getJson(`${server.url}${path}`);
    try {
      expect((await get("/api/analyses/iscm-overlap?a=gfmd&b=rabat-process")).status).toBe(200);
      await proxy.cut();
      // Health says what the background pinger last saw (every second); the graph may be served
      // from its cache for a few seconds more.
      const health = await until(
        () => get("/api/health"),
        (r) => (r.body.neo4j as { reachable?: boolean } | undefined)?.reachable === false,
        5000,
      );
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: "degraded", neo4j: { reachable: false } });
      const down = await until(
        () => get("/api/graph"),
        (r) => r.status === 503,
        10_000,
      );
      expect(down.status).toBe(503);
      expect(down.body).toEqual({
        error: { code: "neo4j_unavailable", message: "Neo4j is not reachable at the moment; try again shortly." },
      });
      expect(JSON.stringify(down.body)).not.toContain(testNeo4j().password);
      await proxy.restore();
      // The store asks again with backoff (at most 8 s apart), and the pinger every second.
      const back = await until(
        () => get("/api/health"),
        (r) => r.status === 200,
        15_000,
      );
      expect(back.status).toBe(200);
      expect((await get("/api/graph")).status).toBe(200);
    } finally {
      await server.close();
      await store.close();
      await proxy.close();
    }
  });
});
