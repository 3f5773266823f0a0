/**
 * Every analysis reads for people: a title, a paragraph without query vocabulary, and a label for
 * every column — declared beside the entry's zod columns and answered by GET /api/analyses, which
 * is all the explorer shows. The Cypher vocabulary stays in cypher/queries and the console.
 */
import { describe, expect, it } from "vitest";
import { ANALYSES, type AnalysisDefinition } from "../../src/analyses/registry.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../src/model/vocabulary.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { cellText, columnHeader, sortRows } from "../../src/web/core/analysis-table.ts";
import { listen } from "../helpers/http.ts";

const dataset = loadDataset();
/** Slugs people never type: every id with a hyphen or an underscore (prague-process, eap-panel). */
const slugs = dataset.nodes.map((n) => n.id).filter((id) => /[-_]/.test(id));

/** The words of a query language or a data model, which a reader of the explorer should not meet. */
function databaseWords(text: string): string[] {
  const found: string[] = [];
  for (const t of RELATIONSHIP_TYPES) if (text.includes(t)) found.push(t);
  for (const l of NODE_LABELS) if (/[a-z][A-Z]/.test(l) && text.includes(l)) found.push(l); // RegionalUnion
  found.push(...(text.match(/\b[A-Z]{2,}_[A-Z_]+\b/g) ?? [])); // UPPER_SNAKE
  found.push(...(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [])); // camelCase: memberJaccard, asOf
  found.push(...(text.match(/\$\w+|\b(MATCH|RETURN|WHERE|OPTIONAL|UNWIND)\b|\bJaccard\b|\bnodes?\b|\bedges?\b/g) ?? []));
  for (const s of slugs) if (new RegExp(`\\b${s}\\b`).test(text)) found.push(s);
  return found;
}

describe("analyses for people", () => {
  it.each(
    ANALYSES.map((a) => [a.name, a] as [string, AnalysisDefinition]),
  )("%s: a title, a paragraph and every column labelled, in plain words", (_name, def) => {
    expect(def.title.length).toBeGreaterThan(5);
    expect(def.summary.length).toBeGreaterThan(80);
    expect(Object.keys(def.columnLabels).sort()).toEqual([...def.columns].sort());
    for (const c of def.columns) expect(def.columnLabels[c]?.label.trim(), c).not.toBe("");
    const words = [def.title, def.summary, ...Object.values(def.columnLabels).flatMap((l) => [l.label, l.unit ?? ""])].join("\n");
    expect(databaseWords(words)).toEqual([]);
  });

  it("the word check catches what the issue found", () => {
    expect(databaseWords("no COOPERATES_WITH relationship; the Jaccard index; score = memberJaccard of prague-process")).toEqual([
      "COOPERATES_WITH",
      "COOPERATES_WITH",
      "memberJaccard",
      "Jaccard",
      "prague-process",
    ]);
  });

  it("GET /api/analyses answers each entry's title, paragraph and column labels; the Cypher description stays beside them", async () => {
    const server = await listen(createApp({ store: new MemoryStore(dataset) }));
    const body = (await (await fetch(`${server.url}/api/analyses`)).json().finally(() => server.close())) as {
      analyses: { name: string; title: string; summary: string; description: string; columnLabels: Record<string, unknown> }[];
    };
    for (const def of ANALYSES as readonly AnalysisDefinition[]) {
      const listed = body.analyses.find((a) => a.name === def.name);
      expect(listed).toMatchObject({ title: def.title, summary: def.summary, columnLabels: def.columnLabels });
    }
    expect(body.analyses.find((a) => a.name === "synergy-candidates")?.description).toContain("COOPERATES_WITH");
  });

  it("cells read as names, percentages and words; sorting goes by number, by length of list, or by the text shown", () => {
    const nameOf = (id: string) => ({ ARM: "Armenia", AZE: "Azerbaijan", "prague-process": "Prague Process" })[id] ?? id;
    expect(cellText(["ARM", "AZE"], { label: "States", kind: "entities" }, nameOf)).toBe("Armenia, Azerbaijan");
    expect(cellText(0.4123, { label: "Share", unit: "%", kind: "share" }, nameOf)).toBe("41.2%");
    expect(cellText("MEMBER_OF", { label: "Relationship", kind: "relationship" }, nameOf)).toBe("Member of");
    expect(cellText([{ type: "MEMBER_OF", from: "ARM", to: "prague-process" }], { label: "Links", kind: "links" }, nameOf)).toBe(
      "Armenia member of Prague Process",
    );
    expect(columnHeader("jaccard", { label: "Shared", unit: "%" })).toBe("Shared (%)");
    const labels = { state: { label: "State", kind: "entity" as const }, n: { label: "N" }, l: { label: "L", kind: "entities" as const } };
    const rows = [
      { state: "AZE", n: 2, l: ["a"] },
      { state: "ARM", n: 10, l: ["a", "b", "c"] },
      { state: "ZZZ", n: null, l: [] },
    ];
    expect(sortRows(rows, { column: "n", direction: "descending" }, labels, nameOf).map((r) => r.n)).toEqual([10, 2, null]);
    expect(sortRows(rows, { column: "n", direction: "ascending" }, labels, nameOf).map((r) => r.n)).toEqual([2, 10, null]);
    expect(sortRows(rows, { column: "state", direction: "ascending" }, labels, nameOf).map((r) => r.state)).toEqual(["ARM", "AZE", "ZZZ"]);
    expect(sortRows(rows, { column: "l", direction: "descending" }, labels, nameOf).map((r) => r.l.length)).toEqual([3, 1, 0]);
  });
});
