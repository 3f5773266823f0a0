/**
 * The panel is computed from the dataset with the embedded store's rule (edgesHeldAt). Here Neo4j,
 * loaded with the same seed and asked with the Cypher form of the rule (MEMBER_AT_CYPHER), must
 * name the same members and the same suspended members for each sample year's day.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { HELD_CYPHER, MEMBER_AT_CYPHER, today } from "../../src/model/time.ts";
import { buildPanels, panelDay } from "../../src/release/panel.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { testDriver, wipe } from "../helpers/neo4j.ts";

const dataset = loadDataset();
const releaseDay = today();
const { panel } = buildPanels(dataset, releaseDay);
const YEARS = [1995, 2011, 2019, 2020, 2021, 2022, Number(releaseDay.slice(0, 4))];
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(dataset));
});
afterAll(async () => {
  await driver?.close();
});

const pairs = (rows: { state: string; iscm: string }[]) => rows.map((r) => `${r.state} ${r.iscm}`).sort();

describe("panel: Neo4j's answers for sample years", () => {
  it.each(YEARS)("%i: the same members (1) and suspended members (5) as Neo4j", async (year) => {
    const day = panelDay(year, releaseDay);
    // Mechanisms not in existence that year are -1 in the panel whatever their relationships say.
    const existing = new Set(panel.filter((r) => r.year === year && r.status !== -1).map((r) => r.iscm));
    const ask = async (query: string) =>
      (await driver.executeQuery(query, { asOf: day })).records
        .map((r) => ({ state: String(r.get("state")), iscm: String(r.get("iscm")) }))
        .filter((r) => existing.has(r.iscm));
    const members = await ask(
      `MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM) WHERE ${MEMBER_AT_CYPHER("s", "r", "i")} RETURN DISTINCT s.id AS state, i.id AS iscm`,
    );
    const suspended = await ask(
      `MATCH (s:State)-[r:SUSPENDED_FROM]->(i:ISCM) WHERE ${HELD_CYPHER("r")} RETURN DISTINCT s.id AS state, i.id AS iscm`,
    );
    const inPanel = (code: number) => pairs(panel.filter((r) => r.year === year && r.status === code));
    expect(members.length).toBeGreaterThan(0);
    expect(inPanel(1)).toEqual(pairs(members));
    expect(inPanel(5)).toEqual(pairs(suspended));
  });
});
