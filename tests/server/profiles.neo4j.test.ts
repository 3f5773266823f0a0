/** Profile pages on the real Neo4j: the same figures as the analyses on that store, and as the embedded store's pages. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";

const dataset = loadDataset();
let store: Neo4jStore;
let onNeo4j: RunningServer;
let onMemory: RunningServer;

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(dataset));
  await driver.close();
  store = await Neo4jStore.open({ ...testNeo4j(), database: undefined, origin: "environment" });
  onNeo4j = await listen(createApp({ store, log: () => {} }));
  onMemory = await listen(createApp({ store: new MemoryStore(dataset), log: () => {} }));
});
afterAll(async () => {
  await onNeo4j?.close();
  await onMemory?.close();
  await store?.close();
});

/** The page, with the server's own address (in Markdown links) written as SITE. */
const page = async (server: RunningServer, path: string) =>
  (await (await fetch(`${server.url}${path}`)).text()).replaceAll(server.url, "SITE");

describe("profile pages on Neo4j", () => {
  it("/compare/prague-process/eap-panel?asOf=2019-06: 34 shared and Neo4j's Jaccard, the same page as the embedded store's", async () => {
    const [row] = (await runAnalysis(store, "iscm-overlap", { a: "prague-process", b: "eap-panel", asOf: "2019-06" })).rows as {
      jaccard: number;
    }[];
    const html = await page(onNeo4j, "/compare/prague-process/eap-panel?asOf=2019-06");
    expect(html).toContain("Shared member States (34)");
    expect(html).toContain(`<dd><span>${row?.jaccard.toFixed(3)}</span>`);
    expect(html).toBe(await page(onMemory, "/compare/prague-process/eap-panel?asOf=2019-06"));
  });

  it.each([
    "/iscm/prague-process",
    "/state/MDA",
    "/union/eu",
    "/iscm/eap-panel.md?asOf=2021-07",
  ])("%s is the same on both stores", async (path) => {
    expect(await page(onNeo4j, path)).toBe(await page(onMemory, path));
  });
});
