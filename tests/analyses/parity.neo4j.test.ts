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

/** The fixed parameter sets: every analysis, every optional parameter both given and absent. */
const PARITY_CASES: [string, Record<string, string>][] = [
  ["shared-iscms", { a: "ARM", b: "AZE" }],
  ["shared-iscms", { a: "Germany", b: "Turkey" }],
  ["state-partners", { state: "MDA" }],
  ["state-partners", { state: "Kenya", limit: "5" }],
  ["iscm-overlap", { a: "prague-process", b: "eap-panel" }],
  ["iscm-overlap", { a: "gfmd", b: "GFMD" }],
  ["iscm-overlap", { a: "au-hoai", b: "mid-igad", c: "khartoum-process" }],
  ["overlap-matrix", {}],
  ["overlap-matrix", { min: "20" }],
  ["geographic-overlap", {}],
  ["geographic-overlap", { subregion: "Eastern Africa", limit: "5" }],
  ["synergy-candidates", {}],
  ["synergy-candidates", { limit: "5" }],
  ["most-engaged-states", {}],
  ["most-engaged-states", { limit: "3" }],
  ["secretariat-hubs", {}],
  ["theme-coverage", {}],
  ["theme-coverage", { theme: "labour-migration" }],
  ["union-alignment", { iscm: "mid-igad" }],
  ["union-alignment", { iscm: "EU-CELAC MD" }],
  ["path", { a: "ARM", b: "icmpd" }],
  ["path", { a: "Lesotho", b: "Bali Process", limit: "100" }],
  ["path", { a: "labour-migration", b: "iom", limit: "3" }],
];

/** Every case as of the Annex 2 month, mid-2021 (after Brexit, Belarus suspended) and today. */
const AS_OF = ["2019-06", "2021-07", undefined] as const;

const CASES: [string, Record<string, string>][] = [
  ...PARITY_CASES.flatMap(([name, params]) =>
    AS_OF.map((asOf): [string, Record<string, string>] => [name, asOf ? { ...params, asOf } : params]),
  ),
  // The history is not "as of" a day: its own ranges.
  ["changes", {}],
  ["changes", { from: "2019-06" }],
  ["changes", { from: "2019-06", iscm: "eap-panel" }],
  ["changes", { from: "2020", to: "2021-07", limit: "10" }],
  // Currency reads the whole history on a day; the Neo4j store runs the same runner over the graph it reads back.
  ["currency", {}],
  ["currency", { asOf: "2021-07" }],
  ["currency", { asOf: "2024-06", limit: "20" }],
  // Answers at more dates after 2019: chairs by term, suspensions and exits of 2020–2026.
  ...["2020-09", "2022-03", "2024-06", "2025-11"].flatMap((asOf): [string, Record<string, string>][] => [
    ["most-engaged-states", { asOf, limit: "25" }],
    ["union-alignment", { iscm: "midwa", asOf }],
    ["union-alignment", { iscm: "pafom", asOf }],
  ]),
];

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
