/**
 * Every analysis on both stores — the embedded graphology store and the real Neo4j loaded with the
 * same seed — for a fixed set of parameters: identical answers, row order included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYSIS_NAMES, type AnalysisDefinition, findAnalysis } from "../../src/analyses/registry.ts";
import { runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";
import { ANALYSIS_CASES } from "./cases.ts";

const CASES = ANALYSIS_CASES;

let memory: MemoryStore;
let neo4jStore: Neo4jStore;

beforeAll(async () => {
  const dataset = loadDataset();
  memory = new MemoryStore(dataset);
  const config = testNeo4j();
  const driver = testDriver(config);
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(dataset));
  await driver.close();
  neo4jStore = await Neo4jStore.open({ ...config, database: undefined, origin: "environment" });
});
afterAll(async () => {
  await neo4jStore?.close();
});

describe("parity: the embedded store and Neo4j answer alike", () => {
  it("covers every analysis", () => {
    expect(new Set(CASES.map(([name]) => name))).toEqual(new Set(ANALYSIS_NAMES));
  });

  it.each(CASES)("%s %j", async (name, params) => {
    const [onMemory, onNeo4j] = await Promise.all([runAnalysis(memory, name, params), runAnalysis(neo4jStore, name, params)]);
    expect(onMemory.params).toEqual(onNeo4j.params);
    expect(onMemory.rows.length).toBeGreaterThan(0);
    expect(onMemory.rows).toEqual(onNeo4j.rows);
    // Both stores' rows have exactly the entry's typed columns (the API documents rows with it).
    const row = (findAnalysis(name) as AnalysisDefinition).row.strict();
    for (const r of [...onMemory.rows, ...onNeo4j.rows]) expect(() => row.parse(r)).not.toThrow();
  });
});
