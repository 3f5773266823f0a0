/** The loader against a real Neo4j 5.26 (tests/setup/neo4j.ts): idempotence, reset, atomicity, schema. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/dataset/build.ts";
import type { Dataset } from "../../../src/model/graph.ts";
import { datasetSource, LoadError, loadIntoNeo4j } from "../../../src/store/neo4j/load.ts";
import { countsByLabel, countsByType, fingerprint, testDriver, wipe } from "../../helpers/neo4j.ts";

let driver: Driver;
let dataset: Dataset;

const tally = (keys: string[]) => {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
};
const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** The seed without one ISCM (and its relationships), with one changed relationship property. */
function editedDataset(): Dataset {
  const dropped = "almaty-process";
  const edges = dataset.edges
    .filter((e) => e.source !== dropped && e.target !== dropped)
    .map((e) =>
      e.key === "MEMBER_OF:CZE->prague-process" ? { ...e, properties: { ...e.properties, note: "edited by the reset test" } } : e,
    );
  return { nodes: dataset.nodes.filter((n) => n.id !== dropped), edges, ...(dataset.sources ? { sources: dataset.sources } : {}) };
}

beforeAll(() => {
  driver = testDriver();
  dataset = loadDataset();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await wipe(driver);
});

describe("loading the seed into Neo4j", () => {
  it("stores exactly the nodes and relationships of the dataset (the export's counts)", async () => {
    const report = await loadIntoNeo4j(driver, datasetSource(dataset));
    expect(report.committed).toBe(true);
    expect(report.nodes.created).toBe(dataset.nodes.length);
    expect(report.relationships.created).toBe(dataset.edges.length);
    // …and one :Source node per source of the registry.
    expect(report.sources).toEqual({
      merged: dataset.sources?.length,
      created: dataset.sources?.length,
      written: dataset.sources?.length,
      stale: 0,
    });
    expect(await countsByLabel(driver)).toEqual(
      sorted({ ...tally(dataset.nodes.map((n) => n.label)), Source: dataset.sources?.length ?? 0 }),
    );
    expect(await countsByType(driver)).toEqual(sorted(tally(dataset.edges.map((e) => e.type))));
  });

  it("Source nodes are the registry, read back exactly; relationships keep their source ids, so Cypher finds what a source supports", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const gabon = "news-theeastafrican-au-suspends-gabon-2023";
    const r = await driver.executeQuery("MATCH (s:Source {id: $id}) RETURN properties(s) AS p", { id: gabon });
    expect(r.records[0]?.get("p")).toMatchObject({ id: gabon, kind: "secondary", publisher: "The EastAfrican", published: "2023-09-01" });
    // The query of the README: everything this source supports.
    const supported = await driver.executeQuery(
      `MATCH (s:Source {id: $id}) MATCH (a)-[r]->(b) WHERE s.id IN r.sources
       RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY to`,
      { id: gabon },
    );
    const expected = dataset.edges.filter((e) => e.properties.sources.includes(gabon));
    expect(expected.length).toBeGreaterThan(1);
    expect(supported.records.map((x) => `${x.get("from")} ${x.get("type")} ${x.get("to")}`)).toEqual(
      expected
        .map((e) => `${e.source} ${e.type} ${e.target}`)
        .sort((a, b) => (a.split(" ")[2] as string).localeCompare(b.split(" ")[2] as string)),
    );
    // A copy keeps its original, flattened.
    const copy = await driver.executeQuery("MATCH (s:Source {kind: 'copy'}) WHERE s.copyOfPublisher = 'IOM' RETURN count(s) AS n");
    expect(copy.records[0]?.get("n")).toBeGreaterThan(0);
  });

  it("keeps sources and as-of dates on the relationships, and the properties on the nodes", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const edge = dataset.edges.find((e) => e.key === "MEMBER_OF:UKR->eap-panel");
    expect(edge).toBeDefined();
    const r = await driver.executeQuery("MATCH (:State {id: 'UKR'})-[r:MEMBER_OF]->(:ISCM {id: 'eap-panel'}) RETURN properties(r) AS p");
    expect(r.records[0]?.get("p")).toEqual(edge?.properties);
    const prague = await driver.executeQuery("MATCH (n:ISCM {id: 'prague-process'}) RETURN properties(n) AS p");
    const node = dataset.nodes.find((n) => n.id === "prague-process");
    expect(prague.records[0]?.get("p")).toEqual({ ...node?.properties, id: "prague-process" });
  });

  it("changes nothing when the same seed is loaded twice: same graph, no duplicate relationships", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const before = await fingerprint(driver);
    const second = await loadIntoNeo4j(driver, datasetSource(dataset), { batchSize: 97 });
    expect(second.nodes).toEqual({ merged: dataset.nodes.length, created: 0, written: 0 });
    expect(second.relationships).toEqual({ merged: dataset.edges.length, created: 0, written: 0 });
    expect(second.sources).toEqual({ merged: dataset.sources?.length, created: 0, written: 0, stale: 0 });
    expect(await fingerprint(driver)).toBe(before);
    const duplicates = await driver.executeQuery(
      // One pair may hold a relationship in several intervals: a duplicate is one with the same window.
      "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.heldFrom AS f, count(*) AS c WHERE c > 1 RETURN count(*) AS n",
    );
    expect(duplicates.records[0]?.get("n")).toBe(0);
  });

  it("reports what the seed no longer contains, and --reset removes it", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const edited = editedDataset();
    const droppedEdges = dataset.edges.length - edited.edges.length;

    const kept = await loadIntoNeo4j(driver, datasetSource(edited));
    expect(kept.stale).toEqual({ nodes: 1, relationships: droppedEdges, deleted: false });
    expect(kept.relationships.written).toBe(1); // the edited note
    expect((await countsByLabel(driver)).ISCM).toBe(37);

    const reset = await loadIntoNeo4j(driver, datasetSource(edited), { reset: true });
    expect(reset.stale).toEqual({ nodes: 1, relationships: droppedEdges, deleted: true });
    expect(await countsByLabel(driver)).toEqual(
      sorted({ ...tally(edited.nodes.map((n) => n.label)), Source: edited.sources?.length ?? 0 }),
    );
    expect(await countsByType(driver)).toEqual(sorted(tally(edited.edges.map((e) => e.type))));
    const note = await driver.executeQuery(
      "MATCH (:State {id: 'CZE'})-[r:MEMBER_OF]->(:ISCM {id: 'prague-process'}) RETURN r.note AS note",
    );
    expect(note.records[0]?.get("note")).toBe("edited by the reset test");
  });

  it("leaves nodes and relationships that are not the atlas's alone, even under --reset", async () => {
    await driver.executeQuery("CREATE (:Note {text: 'mine'})-[:ABOUT]->(:Note {text: 'also mine'})");
    await loadIntoNeo4j(driver, datasetSource(dataset), { reset: true });
    expect((await countsByLabel(driver)).Note).toBe(2);
    expect((await countsByType(driver)).ABOUT).toBe(1);
  });
});

describe("all or nothing", () => {
  it("a failure injected in the middle of the relationships leaves the previous data exactly as it was", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const before = await fingerprint(driver);
    let batches = 0;
    const attempt = loadIntoNeo4j(driver, datasetSource(editedDataset()), {
      reset: true,
      batchSize: 100,
      afterBatch: ({ phase }) => {
        if (phase === "relationships" && ++batches === 5) throw new Error("injected failure");
      },
    });
    await expect(attempt).rejects.toThrow("injected failure");
    expect(batches).toBe(5);
    expect(await fingerprint(driver)).toBe(before);
  });

  it("a batch Neo4j itself refuses (a map-valued property) rolls back everything before it", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const before = await fingerprint(driver);
    const broken = editedDataset();
    const last = broken.edges.length - 1;
    // Neo4j stores no maps as property values: the server rejects this row at the very end.
    broken.edges[last] = {
      ...(broken.edges[last] as Dataset["edges"][number]),
      properties: { ...(broken.edges[last] as Dataset["edges"][number]).properties, bad: { a: 1 } } as never,
    };
    await expect(loadIntoNeo4j(driver, datasetSource(broken), { reset: true })).rejects.toThrow(
      /Property values can only be of primitive types|map/i,
    );
    expect(await fingerprint(driver)).toBe(before);
  });

  it("a relationship whose endpoint is missing in the database aborts the load with a LoadError", async () => {
    const source = datasetSource(dataset);
    const stateGroup = source.nodeGroups.find((g) => g.label === "State");
    if (!stateGroup) throw new Error("no State group");
    stateGroup.rows = [...stateGroup.rows].filter((row) => row.id !== "UKR"); // Ukraine never gets written
    stateGroup.count--;
    await expect(loadIntoNeo4j(driver, source)).rejects.toThrow(LoadError);
    expect(await countsByLabel(driver)).toEqual({});
  });

  it("--dry-run computes the changes and writes nothing", async () => {
    const report = await loadIntoNeo4j(driver, datasetSource(dataset), { dryRun: true });
    expect(report.committed).toBe(false);
    expect(report.relationships.created).toBe(dataset.edges.length);
    expect(await countsByLabel(driver)).toEqual({});
  });
});

describe("schema", () => {
  it("has a uniqueness constraint on id for every label, and refuses a duplicate id", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const r = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type",
    );
    const constrained = r.records.filter((x) => x.get("type") === "UNIQUENESS").map((x) => `${x.get("label")}.${x.get("properties")[0]}`);
    expect(constrained.sort()).toEqual(["ISCM.id", "Organization.id", "RegionalUnion.id", "Source.id", "State.id", "Theme.id"]);
    await expect(driver.executeQuery("CREATE (:ISCM {id: 'prague-process', name: 'twin'})")).rejects.toThrow(/already exists/);
  });

  it("finds entities by name, acronym and alias through the full-text index", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const search = async (q: string) =>
      (
        await driver.executeQuery("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id LIMIT 5", { q })
      ).records.map((x) => x.get("id"));
    expect(await search("Prague")).toContain("prague-process");
    expect(await search("GFMD")).toContain("gfmd"); // acronym
    expect(await search('"Global Forum for Migration and Development"')).toContain("gfmd"); // an alias (list property)
    expect(await search("OACPS")).toContain(
      dataset.nodes.find((n) => (n.properties.otherNames as string[] | undefined)?.includes("OACPS"))?.id,
    );
  });

  it("applies the schema idempotently", async () => {
    await loadIntoNeo4j(driver, datasetSource(dataset));
    const count = async () => (await driver.executeQuery("SHOW INDEXES YIELD name RETURN count(*) AS n")).records[0]?.get("n");
    const before = await count();
    await loadIntoNeo4j(driver, datasetSource(dataset));
    expect(await count()).toBe(before);
  });
});
