/** The analyses on the embedded store: known answers from the seed, and bad input. */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ANALYSES, analysisCypherPath } from "../../src/analyses/registry.ts";
import { AnalysisUsageError, runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { UnknownEntityError } from "../../src/dataset/catalog.ts";
import { asOfDay, heldAt } from "../../src/model/time.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";

let store: MemoryStore;
/** Known answers from the report describe June 2019 (Annex 2): asked as of then unless a test says otherwise. */
const rows = async (name: string, params: Record<string, string> = {}) =>
  (await runAnalysis(store, name, name === "changes" || "asOf" in params ? params : { asOf: "2019-06", ...params })).rows;
/** As of today (the default). */
const rowsToday = async (name: string, params: Record<string, string> = {}) => (await runAnalysis(store, name, params)).rows;
const EAP_STATES = ["ARM", "AZE", "BLR", "GEO", "MDA", "UKR"];

beforeAll(() => {
  store = new MemoryStore(loadDataset());
});

describe("known answers, as of June 2019", () => {
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
      // Relationships held in June 2019: bali-process and gfmd cooperate only from 2020.
      const linked = [...graph.edges(r.a as string, r.b as string), ...graph.edges(r.b as string, r.a as string)]
        .filter((e) => heldAt(graph.getEdgeAttributes(e), asOfDay("2019-06")))
        .map((e) => graph.getEdgeAttribute(e, "type"));
      expect(linked.filter((t) => t === "COOPERATES_WITH" || t === "SUCCEEDS")).toEqual([]);
      expect((r.sharedMembers as string[]).length).toBe(r.sharedMemberCount);
      expect((r.sharedThemes as string[]).length).toBeGreaterThan(0);
      expect(r.score).toBeCloseTo(((r.memberJaccard as number) + (r.themeJaccard as number)) / 2);
    }
    // Prague and EaP cooperate, so they are not a candidate despite their overlap.
    expect(result.some((r) => r.a === "eap-panel" && r.b === "prague-process")).toBe(false);
    expect(result.some((r) => r.a === "bali-process" && r.b === "gfmd")).toBe(true);
    expect((await rowsToday("synergy-candidates")).some((r) => r.a === "bali-process" && r.b === "gfmd")).toBe(false);
  });

  it("synergy-candidates reads each mechanism's status on the day asked, not its June 2019 status", async () => {
    const involving = async (asOf: string, iscm: string) =>
      (await runAnalysis(store, "synergy-candidates", { asOf })).rows.filter((r) => r.a === iscm || r.b === iscm).length;
    // The ACP-EU dialogue is dormant from 2020: a candidate in 2019, none after.
    expect(await involving("2019-06", "acp-eu-dialogue")).toBeGreaterThan(0);
    expect(await involving("2022", "acp-eu-dialogue")).toBe(0);
    // MIDCAS, dormant from 2016 (its June 2019 status), was active in 2010.
    expect(await involving("2019-06", "midcas")).toBe(0);
    expect(await involving("2010", "midcas")).toBeGreaterThan(0);
  });

  it("most-engaged-states, secretariat-hubs, theme-coverage, union-alignment, path", async () => {
    const engaged = await rows("most-engaged-states", { limit: "1" });
    expect(engaged).toEqual([expect.objectContaining({ state: "ESP", iscms: 14 })]);
    const hubs = await rows("secretariat-hubs");
    expect(hubs[0]).toMatchObject({ id: "iom" });
    expect(hubs.find((h) => h.id === "icmpd")?.serves).toEqual(
      expect.arrayContaining([expect.objectContaining({ iscm: "prague-process" })]),
    );
    const [labour] = await rows("theme-coverage", { theme: "Labour migration" });
    expect(labour).toMatchObject({ theme: "labour-migration", iscmCount: 23 });
    const [igad] = await rows("union-alignment", { iscm: "MiD-IGAD" });
    // Eritrea had suspended its IGAD membership (2007-2023): in neither in 2019, in both in 2024.
    expect(igad).toMatchObject({ union: "igad", outside: [], missing: [] });
    const [igad2024] = await rows("union-alignment", { iscm: "MiD-IGAD", asOf: "2024" });
    expect(igad2024?.inside).toContain("ERI");
    const paths = await rows("path", { a: "Armenia", b: "ICMPD" });
    expect(paths.map((p) => p.nodes)).toEqual([
      ["ARM", "budapest-process", "icmpd"],
      ["ARM", "prague-process", "icmpd"],
    ]);
    expect((paths[0]?.relationships as { sources: string[] }[])[0]?.sources.length).toBeGreaterThan(0);
  });
});

describe("answers as of a date", () => {
  it("the UK is shared by the Prague Process and the EaP Panel at 2019-06, not today; Belarus is suspended from the Panel today", async () => {
    const [june2019] = await rows("iscm-overlap", { a: "prague-process", b: "eap-panel", asOf: "2019-06" });
    const [now] = await rowsToday("iscm-overlap", { a: "prague-process", b: "eap-panel" });
    expect(june2019?.shared).toContain("GBR");
    expect(june2019?.shared).toContain("BLR");
    expect(now?.shared).not.toContain("GBR");
    expect(now?.shared).not.toContain("BLR");
    expect(now?.memberCounts).toEqual([50, 32]);
    // The suspension is its own relationship, visible to path and to the changes history.
    const belarus = await rowsToday("changes", { iscm: "eap-panel" });
    expect(belarus).toContainEqual(
      expect.objectContaining({ type: "SUSPENDED_FROM", subject: "BLR", event: "began", date: "2021-06-28", basis: "inferred" }),
    );
  });

  it("an asOf between the two dates of a change sees the change: the UK out of the EU-side ISCMs on 2020-02-01, in on 2020-01-31", async () => {
    const [before] = await rows("iscm-overlap", { a: "eap-panel", b: "eu-celac-md", asOf: "2020-01-31" });
    const [after] = await rows("iscm-overlap", { a: "eap-panel", b: "eu-celac-md", asOf: "2020-02-01" });
    expect(before?.shared).toContain("GBR");
    expect(after?.shared).not.toContain("GBR");
  });

  it("secretariat-hubs today lists no IOM for the Abu Dhabi Dialogue or EU–CELAC; it did for ADD in 2010", async () => {
    const serves = async (params: Record<string, string>) =>
      ((await runAnalysis(store, "secretariat-hubs", params)).rows.find((h) => h.id === "iom")?.serves as { iscm: string }[]).map(
        (s) => s.iscm,
      );
    const today = await serves({});
    expect(today).not.toContain("abu-dhabi-dialogue");
    expect(today).not.toContain("eu-celac-md");
    expect(await serves({ asOf: "2010" })).toContain("abu-dhabi-dialogue");
  });

  it("changes --from 2019-06 lists the UK leaving the EU-side ISCMs and the three ECOWAS exits, with their sources", async () => {
    const changes = await rowsToday("changes", { from: "2019-06" });
    const left = (subject: string, object: string) =>
      changes.find((c) => c.subject === subject && c.object === object && c.type === "MEMBER_OF" && c.event === "ended");
    for (const iscm of ["eap-panel", "eu-celac-md", "acp-eu-dialogue"]) {
      expect(left("GBR", iscm)).toMatchObject({ date: "2020-01-31", basis: "derived", via: "eu" });
      expect((left("GBR", iscm)?.sources as string[]).length).toBeGreaterThan(0);
    }
    for (const state of ["BFA", "MLI", "NER"]) {
      expect(left(state, "ecowas")).toMatchObject({ date: "2025-01-28", basis: "stated" });
      expect(left(state, "midwa")).toMatchObject({ date: "2025-01-28", basis: "derived", via: "ecowas" });
    }
    // Nothing before the range: the UK's 1973 accession is not a change since 2019.
    expect(changes.every((c) => c.date === null || (c.date as string) >= "2019")).toBe(true);
  });

  it("an end known only as 'before X' is not listed before the relationship began: Senegal's GFMD co-chair (2022-06-30, ended before 2024-04-01)", async () => {
    const senegal = (rows: Record<string, unknown>[]) =>
      rows.filter((c) => c.subject === "SEN" && c.object === "gfmd" && c.type === "CHAIRS" && c.event === "ended");
    // 2019-06 to 2020-12-31: it had not begun, so it cannot have ended then.
    expect(senegal(await rowsToday("changes", { from: "2019-06", to: "2020-12-31", iscm: "gfmd" }))).toEqual([]);
    // 2023: it may have ended then (before 2024-04-01, after 2022-06-30).
    expect(senegal(await rowsToday("changes", { from: "2023", to: "2023", iscm: "gfmd" }))).toEqual([
      expect.objectContaining({ date: null, dateNote: "before 2024-04-01" }),
    ]);
  });

  it("an unknown date stays unknown: ILO joined the Bali Process after 2019-06, date not stated", async () => {
    const changes = await rowsToday("changes", { iscm: "bali-process" });
    expect(changes).toContainEqual(expect.objectContaining({ subject: "ilo", date: null, dateNote: "after 2019-06" }));
    // Its membership counts from the day after June 2019 on, never as of June 2019 itself.
    const ilo = store.graph
      .edges("ilo", "bali-process")
      .map((e) => store.graph.getEdgeAttributes(e))
      .find((a) => a.type === "MEMBER_OF");
    expect(ilo && heldAt(ilo, asOfDay("2019-06"))).toBe(false);
    expect(ilo && heldAt(ilo, asOfDay(null))).toBe(true);
  });

  it("refuses an asOf that is not a date, naming the parameter", async () => {
    await expect(runAnalysis(store, "iscm-overlap", { a: "gfmd", b: "gfmd", asOf: "June 2019" })).rejects.toThrow(
      'parameter asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "June 2019")',
    );
    await expect(runAnalysis(store, "changes", { from: "2019-13" })).rejects.toThrow("parameter from must be a date");
  });
});

describe("bad input", () => {
  it("an unknown name lists the closest matches", async () => {
    const attempt = runAnalysis(store, "state-partners", { state: "Moldovia" });
    await expect(attempt).rejects.toThrow(UnknownEntityError);
    await expect(attempt).rejects.toThrow('state: no State is called "Moldovia"; closest: Republic of Moldova (MDA)');
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
    // An analysis without a Cypher twin (contract.ts noCypherTwin) has a header and no query.
    expect(used).toEqual(def.noCypherTwin ? new Set() : new Set(def.params.map((p) => p.name)));
  });
});
