/** The OpenAPI document says what the API does: Schemathesis, every check, on the real Neo4j (the console included). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { fingerprint, testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";
import { expectSchemathesisPasses } from "../helpers/schemathesis.ts";

let server: RunningServer;
let store: Neo4jStore;
const driver = testDriver();
beforeAll(async () => {
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
  store = await Neo4jStore.open({ ...testNeo4j(), database: undefined, origin: "environment" }, { timeoutMs: 2000 });
  server = await listen(createApp({ store, log: () => {} }));
});
afterAll(async () => {
  await server.close();
  await store.close();
  await driver.close();
});

describe("Schemathesis on Neo4j", () => {
  it("finds no failure with --checks all, and the database is unchanged", async () => {
    const before = await fingerprint(driver);
    await expectSchemathesisPasses(server.url, 40);
    expect(await fingerprint(driver)).toBe(before);
  }, 300_000);
});
