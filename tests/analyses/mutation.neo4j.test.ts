/**
 * The "as of" rule in Cypher is written into every query file (Neo4j 5 has no user functions
 * without plugins), so a test must prove each copy matters: every time window and every
 * suspension clause of every query is removed in turn, and some case of ANALYSIS_CASES must then
 * answer differently from the embedded store (which the unaltered file matches). A clause that
 * no case notices is either dead or untested; either way this test names it, and a clause taken
 * out of a file shows as a case that no longer matches the embedded store.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnalysisDefinition, findAnalysis } from "../../src/analyses/registry.ts";
import { resolveParams, storedAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { type Dataset, withEdgeKeys } from "../../src/model/graph.ts";
import { CYPHER_DIR } from "../../src/paths.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";
import { ANALYSIS_CASES } from "./cases.ts";

interface Mutation {
  /** What was taken out, as written in the file. */
  clause: string;
  kind: "window" | "suspension" | "status";
  query: string;
}

/** The `{ … }` block that opens at `open` (an index of "{"), braces balanced. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced braces from ${open}`);
}

/**
 * Every mutant of a query: each suspension look-up (an EXISTS or MATCH block that reads
 * SUSPENDED_FROM) made false, so suspended memberships count again; and each window test
 * outside those blocks (`r.heldFrom <= $asOf <= r.heldTo`) made true, so ended and future
 * relationships count.
 */
function mutants(query: string): Mutation[] {
  const out: Mutation[] = [];
  const suspensionBlocks: [number, number][] = [];
  for (const m of query.matchAll(/EXISTS\s*\{/g)) {
    const start = m.index as number;
    const end = blockEnd(query, start + m[0].length - 1);
    const clause = query.slice(start, end);
    if (!clause.includes("SUSPENDED_FROM")) continue;
    suspensionBlocks.push([start, end]);
    out.push({ clause, kind: "suspension", query: `${query.slice(0, start)}false${query.slice(end)}` });
  }
  for (const m of query.matchAll(/(\w+)\.heldFrom <= \$asOf <= \1\.heldTo/g)) {
    const start = m.index as number;
    if (suspensionBlocks.some(([a, b]) => start >= a && start < b)) continue;
    const variable = m[1] as string;
    // An index hint on the window's properties cannot be planned without the window: it goes too.
    const mutated = `${query.slice(0, start)}true${query.slice(start + m[0].length)}`.replace(
      new RegExp(`USING INDEX ${variable}:\\w+\\(heldFrom, heldTo\\)\\n?`),
      "",
    );
    out.push({ clause: m[0], kind: "window", query: mutated });
  }
  // A mechanism's status on the day (its inactiveFrom–inactiveTo windows) made true: merged,
  // ended, dormant and not-yet-created mechanisms count again.
  for (const m of query.matchAll(
    /NONE\(k IN range\(0, size\(coalesce\((\w+)\.inactiveFrom, \[\]\)\) - 1\) WHERE \1\.inactiveFrom\[k\] <= \$asOf <= \1\.inactiveTo\[k\]\)/g,
  )) {
    const start = m.index as number;
    out.push({ clause: m[0], kind: "status", query: `${query.slice(0, start)}true${query.slice(start + m[0].length)}` });
  }
  return out;
}

// changes reads the history, not a day; an analysis with no Cypher twin has only a header there.
const queryFiles = readdirSync(join(CYPHER_DIR, "queries"))
  .filter((f) => f.endsWith(".cypher") && f !== "changes.cypher" && !findAnalysis(f.replace(/\.cypher$/, ""))?.noCypherTwin)
  .map((f) => ({ name: f.replace(/\.cypher$/, ""), text: readFileSync(join(CYPHER_DIR, "queries", f), "utf8") }));

let memory: MemoryStore;
let store: Neo4jStore;

/**
 * The seed, plus one association of MiD-IGAD with ECOWAS that ended in 2000: every association of
 * an ISCM with a union in the seed is open-ended, so union-alignment's window on it would
 * otherwise go untested. It exists in this test's two stores only.
 */
function datasetWithEndedAssociation(): Dataset {
  const dataset = loadDataset();
  const template = dataset.edges.find((e) => e.type === "ASSOCIATED_WITH" && e.source === "mid-igad" && e.target === "igad");
  if (!template) throw new Error("the seed no longer associates MiD-IGAD with IGAD: pick another template");
  const ended = {
    type: template.type,
    source: "mid-igad",
    target: "ecowas",
    properties: { ...template.properties, heldFrom: "1990-01-01", heldTo: "2000-12-31" },
  };
  return { ...dataset, edges: withEdgeKeys([...dataset.edges.map(({ key: _key, ...e }) => e), ended]) };
}

beforeAll(async () => {
  const dataset = datasetWithEndedAssociation();
  memory = new MemoryStore(dataset);
  const config = testNeo4j();
  const driver = testDriver(config);
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(dataset));
  await driver.close();
  store = await Neo4jStore.open({ ...config, database: undefined, origin: "environment" });
});
afterAll(async () => {
  await store?.close();
});

/** An analysis case's rows on the embedded store, and on Neo4j with the given query text. */
async function answers(def: AnalysisDefinition, query: string, raw: Record<string, string>) {
  const params = await resolveParams(memory, def, raw);
  const [expected, actual] = await Promise.all([memory.run(storedAnalysis(def), params), store.runText(def, query, params)]);
  return { expected, actual };
}

describe("the mutation check finds the clauses", () => {
  it("reads every query file that has an 'as of' and finds its clauses", () => {
    expect(queryFiles.length).toBeGreaterThanOrEqual(11);
    for (const { name, text } of queryFiles) expect(mutants(text).length, name).toBeGreaterThan(0);
  });

  it("finds a mechanism-status clause", () => {
    const q =
      "MATCH (s)-[r:MEMBER_OF]->(i) WHERE NONE(k IN range(0, size(coalesce(i.inactiveFrom, [])) - 1) WHERE i.inactiveFrom[k] <= $asOf <= i.inactiveTo[k]) RETURN s";
    const found = mutants(q).filter((m) => m.kind === "status");
    expect(found.map((m) => m.query)).toEqual(["MATCH (s)-[r:MEMBER_OF]->(i) WHERE true RETURN s"]);
    expect(mutants(readFileSync(join(CYPHER_DIR, "queries", "synergy-candidates.cypher"), "utf8")).some((m) => m.kind === "status")).toBe(
      true,
    );
  });

  it("finds both kinds in a query that has both", () => {
    const q =
      "MATCH (s)-[r:MEMBER_OF]->(i) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo } RETURN s";
    const found = mutants(q);
    expect(found.map((m) => m.kind).sort()).toEqual(["suspension", "window"]);
    expect(found.find((m) => m.kind === "suspension")?.query).toBe(
      "MATCH (s)-[r:MEMBER_OF]->(i) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT false RETURN s",
    );
  });
});

describe.each(queryFiles)("$name: every time and suspension clause changes some answer", ({ name, text }) => {
  const def = findAnalysis(name) as AnalysisDefinition;
  const cases = ANALYSIS_CASES.filter(([n]) => n === name);

  it("has cases", () => {
    expect(def, name).toBeDefined();
    expect(cases.length).toBeGreaterThan(0);
  });

  it("answers every case as the embedded store does, the ended association included", async () => {
    for (const [, params] of cases) {
      const { expected, actual } = await answers(def, text, params);
      expect(actual, JSON.stringify(params)).toEqual(expected);
    }
  });

  it.each(mutants(text).map((m) => [m.kind, m.clause, m] as const))("without %s clause %s", async (_kind, clause, mutation) => {
    for (const [, params] of cases) {
      const { expected, actual } = await answers(def, mutation.query, params);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) return;
    }
    expect.fail(`${name}: removing "${clause}" changes no answer of ${cases.length} cases: add a case that needs it, or remove it`);
  });
});
