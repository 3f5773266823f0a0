import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import {
  ENGAGEMENT_TYPES,
  endpointViolations,
  isStateMembership,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
} from "../../src/model/vocabulary.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(f) ? [path] : [];
  });
}

describe("the relationship vocabulary, declared once", () => {
  it("every type has its endpoints, and every edge of the dataset keeps to them", () => {
    expect(Object.keys(RELATIONSHIPS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    const dataset = loadDataset();
    const labels = new Map(dataset.nodes.map((n) => [n.id, n.label]));
    expect(dataset.edges.length).toBeGreaterThan(2000);
    expect(endpointViolations(dataset.edges, (id) => labels.get(id))).toEqual([]);
  });

  it("the Cypher twins that count engagement match the table's engagement types", () => {
    expect(ENGAGEMENT_TYPES).toEqual(["MEMBER_OF", "OBSERVER_OF", "SECRETARIAT_OF", "CHAIRS"]);
    for (const file of ["most-engaged-states", "shared-iscms"]) {
      const text = readFileSync(join("cypher", "queries", `${file}.cypher`), "utf8");
      const unions = [...text.matchAll(/\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)\]/g)].map((m) => (m[1] as string).split("|").sort());
      expect(unions.length, file).toBeGreaterThan(0);
      for (const u of unions) expect(u, file).toEqual([...ENGAGEMENT_TYPES].sort());
    }
  });

  it("names an edge whose ends are of the wrong labels", () => {
    const labels = new Map<string, NodeLabel>([
      ["asylum", "Theme"],
      ["prague-process", "ISCM"],
    ]);
    expect(endpointViolations([{ type: "MEMBER_OF", source: "asylum", target: "prague-process" }], (id) => labels.get(id))).toEqual([
      "MEMBER_OF asylum (Theme) → prague-process (ISCM): MEMBER_OF goes from State or Organization to ISCM or RegionalUnion",
    ]);
  });

  it("a member State is decided in one place: no other source file tests MEMBER_OF against the State label", () => {
    expect(isStateMembership("MEMBER_OF", "State")).toBe(true);
    expect(isStateMembership("MEMBER_OF", "Organization")).toBe(false);
    expect(isStateMembership("OBSERVER_OF", "State")).toBe(false);
    const files = sourceFiles("src").filter((f) => !f.endsWith(join("model", "vocabulary.ts")));
    expect(files.length).toBeGreaterThan(100);
    const second = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
        .filter(({ line }) => line.includes('"MEMBER_OF"') && line.includes('"State"')),
    );
    expect(second.map((s) => `${s.where}: ${s.line.trim()}`)).toEqual([]);
  });
});

describe("analysis rows are typed once, from each entry's columns (RowOf)", () => {
  it("no file of src/web or src/profiles retypes or casts an analysis's rows", () => {
    const files = [...sourceFiles("src/web"), ...sourceFiles("src/profiles")];
    expect(files.length).toBeGreaterThan(40);
    const retyped = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
        .filter(({ line }) => /useAnalysis<(?!N extends)|\brows<|\.rows as\b|rowsOf<[^N]/.test(line)),
    );
    expect(retyped.map((r) => `${r.where}: ${r.line.trim()}`)).toEqual([]);
  });
});

describe("the direction of imports", () => {
  it("src/store never imports src/analyses (analyses hand stores what they run: StoredAnalysis)", () => {
    const files = sourceFiles("src/store");
    expect(files.length).toBeGreaterThan(10);
    const upward = files.filter((f) => /from "(\.\.\/)+analyses\//.test(readFileSync(f, "utf8")));
    expect(upward).toEqual([]);
  });
});
