/** The analyses on the embedded store: known answers from the seed, and bad input. */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { UnknownEntityError } from "../../src/analyses/catalog.ts";
import { ANALYSES, analysisCypherPath } from "../../src/analyses/registry.ts";
import { AnalysisUsageError, runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";

let store: MemoryStore;
const rows = async (name: string, params: Record<string, string> = {}) => (await runAnalysis(store, name, params)).rows;
const EAP_STATES = ["ARM", "AZE", "BLR", "GEO", "MDA", "UKR"];

beforeAll(() => {
  store = new MemoryStore(loadDataset());
});

describe("known answers", () => {
  it("iscm-overlap: the six Eastern Partnership States are all in Prague Process ∩ EaP Panel", async () => {
    const [row] = await rows("iscm-overlap", { a: "Prague Process", b: "EaP Panel" });
    expect(row).toMatchObject({
      a: "prague-process",
      b: "eap-panel",
      c: null,
      memberCounts: [50, 34],
      sharedCount: 34,
      onlyB: [],
      onlyC: null,
    });
    expect(row?.shared).toEqual(expect.arrayContaining(EAP_STATES));
    expect(row?.jaccard).toBeCloseTo(34 / 50);
    expect(row?.overlapCoefficient).toBe(1);
    expect(row?.onlyA).toContain("TUR");
  });

  it("an entity compared with itself has a defined answer: full overlap, and no path of length 0", async () => {
    const [self] = await rows("iscm-overlap", { a: "gfmd", b: "GFMD" });
    expect(self).toMatchObject({ a: "gfmd", b: "gfmd", jaccard: 1, overlapCoefficient: 1, onlyA: [], onlyB: [] });
    expect(self?.sharedCount).toBe((self?.memberCounts as number[])[0]);
    expect(await rows("path", { a: "ARM", b: "Armenia" })).toEqual([]);
  });

  it("iscm-overlap of three ISCMs keeps only the States in all three", async () => {
    const [row] = await rows("iscm-overlap", { a: "au-hoai", b: "mid-igad", c: "khartoum-process" });
    const members = async (id: string) => new Set((await rows("iscm-overlap", { a: id, b: "gfmd" }))[0]?.shared as string[]);
    const [x, y, z] = await Promise.all([members("au-hoai"), members("mid-igad"), members("khartoum-process")]);
    expect(row?.shared).toEqual([...x].filter((s) => y.has(s) && z.has(s)).sort());
    expect((row?.memberCounts as number[]).length).toBe(3);
  });

  it("geographic-overlap finds Prague/EaP in Eastern Europe and AU-HoAI/MiD-IGAD in Eastern Africa; subregion narrows", async () => {
    const all = await rows("geographic-overlap");
    const find = (a: string, b: string, sub: string) => all.find((r) => r.a === a && r.b === b && r.subregion === sub);
    expect(find("eap-panel", "prague-process", "Eastern Europe")?.states).toEqual(["BLR", "MDA", "UKR"]);
    // Sudan and South Sudan are in other UN subregions (Northern and Middle Africa) in world-countries.
    expect(find("au-hoai", "mid-igad", "Eastern Africa")?.states).toEqual(["DJI", "ETH", "KEN", "SOM"]);
    const east = await rows("geographic-overlap", { subregion: "eastern africa" });
    expect(new Set(east.map((r) => r.subregion))).toEqual(new Set(["Eastern Africa"]));
    expect(east.some((r) => r.a === "au-hoai" && r.b === "mid-igad")).toBe(true);
    const ranked = east.map((r) => r.sharedStates as number);
    expect(ranked).toEqual([...ranked].sort((p, q) => q - p));
    expect(await rows("geographic-overlap", { limit: "3" })).toHaveLength(3);
  });

  it("shared-iscms gives each State's roles with sources", async () => {
    const result = await rows("shared-iscms", { a: "Armenia", b: "Azerbaijan" });
    expect(result.map((r) => r.iscm)).toEqual(expect.arrayContaining(["eap-panel", "prague-process", "budapest-process"]));
    const eap = result.find((r) => r.iscm === "eap-panel");
    expect(eap?.rolesA).toEqual([expect.objectContaining({ type: "MEMBER_OF", sources: expect.arrayContaining([expect.any(String)]) })]);
  });

  it("state-partners ranks by shared ISCMs and lists them", async () => {
    const result = await rows("state-partners", { state: "Republic of Moldova" });
    const counts = result.map((r) => r.shared as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(result.find((r) => r.state === "UKR")?.iscms).toEqual(expect.arrayContaining(["eap-panel", "prague-process"]));
    expect(result.some((r) => r.state === "MDA")).toBe(false);
  });

  it("overlap-matrix lists pairs once (a < b), at least min shared, most shared first", async () => {
    const result = await rows("overlap-matrix", { min: "20" });
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) {
      expect((r.a as string) < (r.b as string)).toBe(true);
      expect(r.shared).toBeGreaterThanOrEqual(20);
      expect(r.jaccard).toBeCloseTo((r.shared as number) / ((r.sizeA as number) + (r.sizeB as number) - (r.shared as number)));
    }
    expect(result.find((r) => r.a === "eap-panel" && r.b === "prague-process")?.shared).toBe(34);
  });

  it("synergy-candidates: no cooperating or succeeding pair, every row explains itself", async () => {
    const result = await rows("synergy-candidates");
    const graph = store.graph;
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) {
      const linked = [...graph.edges(r.a as string, r.b as string), ...graph.edges(r.b as string, r.a as string)].map((e) =>
        graph.getEdgeAttribute(e, "type"),
      );
      expect(linked.filter((t) => t === "COOPERATES_WITH" || t === "SUCCEEDS")).toEqual([]);
      expect((r.sharedMembers as string[]).length).toBe(r.sharedMemberCount);
      expect((r.sharedThemes as string[]).length).toBeGreaterThan(0);
      expect(r.score).toBeCloseTo(((r.memberJaccard as number) + (r.themeJaccard as number)) / 2);
    }
    // Prague and EaP cooperate, so they are not a candidate despite their overlap.
    expect(result.some((r) => r.a === "eap-panel" && r.b === "prague-process")).toBe(false);
  });

  it("most-engaged-states, secretariat-hubs, theme-coverage, union-alignment, path", async () => {
    const engaged = await rows("most-engaged-states", { limit: "1" });
    expect(engaged).toEqual([expect.objectContaining({ state: "ESP", iscms: 13 })]);
    const hubs = await rows("secretariat-hubs");
    expect(hubs[0]).toMatchObject({ id: "iom" });
    expect(hubs.find((h) => h.id === "icmpd")?.serves).toEqual(
      expect.arrayContaining([expect.objectContaining({ iscm: "prague-process" })]),
    );
    const [labour] = await rows("theme-coverage", { theme: "Labour migration" });
    expect(labour).toMatchObject({ theme: "labour-migration", iscmCount: 23 });
    const [igad] = await rows("union-alignment", { iscm: "MiD-IGAD" });
    expect(igad).toMatchObject({ union: "igad", outside: [], missing: ["ERI"] });
    const paths = await rows("path", { a: "Armenia", b: "ICMPD" });
    expect(paths.map((p) => p.nodes)).toEqual([
      ["ARM", "budapest-process", "icmpd"],
      ["ARM", "prague-process", "icmpd"],
    ]);
    expect((paths[0]?.relationships as { sources: string[] }[])[0]?.sources.length).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  it("an unknown name lists the closest matches", async () => {
    const attempt = runAnalysis(store, "state-partners", { state: "Moldovia" });
    await expect(attempt).rejects.toThrow(UnknownEntityError);
    await expect(attempt).rejects.toThrow('state: no State is called "Moldovia"; closest: Moldova (MDA)');
  });

  it("a name of the wrong kind is refused (an ISCM where a State is expected)", async () => {
    await expect(runAnalysis(store, "shared-iscms", { a: "Prague Process", b: "ARM" })).rejects.toThrow(
      'a: no State is called "Prague Process"',
    );
  });

  it("missing, mistyped and unknown parameters give the analysis's usage", async () => {
    await expect(runAnalysis(store, "iscm-overlap", { a: "gfmd" })).rejects.toThrow(
      /missing parameter b[\s\S]*Usage: npm run cli -- query iscm-overlap/,
    );
    await expect(runAnalysis(store, "overlap-matrix", { min: "two" })).rejects.toThrow('parameter min must be a whole number (got "two")');
    await expect(runAnalysis(store, "overlap-matrix", { min: "0" })).rejects.toThrow("parameter min must be at least 1");
    await expect(runAnalysis(store, "overlap-matrix", { minimum: "3" })).rejects.toThrow("unknown parameter minimum");
    await expect(runAnalysis(store, "overlap-matrix", { min: "10001" })).rejects.toThrow(AnalysisUsageError);
  });

  it("an unknown analysis suggests the closest names", async () => {
    await expect(runAnalysis(store, "iscm-overlaps", {})).rejects.toThrow('unknown analysis "iscm-overlaps"; closest: iscm-overlap');
  });

  it("an unknown subregion lists the real ones", async () => {
    await expect(runAnalysis(store, "geographic-overlap", { subregion: "East Africa" })).rejects.toThrow(/closest: .*Eastern Africa/);
  });
});

describe("cypher/queries", () => {
  it.each(ANALYSES.map((a) => [a.name, a] as const))("%s.cypher documents exactly the registry's parameters", (name, def) => {
    const text = readFileSync(analysisCypherPath(name), "utf8");
    expect(text).toContain(`// name: ${name}`);
    const documented = [...text.matchAll(/^\/\/ {3}(\w+)\s+::/gm)].map((m) => m[1]);
    expect(documented).toEqual(def.params.map((p) => p.name));
    const used = new Set([...text.replace(/^\/\/.*$/gm, "").matchAll(/\$(\w+)/g)].map((m) => m[1]));
    expect(used).toEqual(new Set(def.params.map((p) => p.name)));
  });
});
