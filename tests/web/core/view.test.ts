/** The explorer's pure parts: the view's URL form, the derived visible graph, appearance. */
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../../../src/analyses/run.ts";
import { loadDataset } from "../../../src/dataset/build.ts";
import { MemoryStore } from "../../../src/store/memory/store.ts";
import { ISCM_TYPE_COLORS, nodeColor, nodeSize } from "../../../src/web/core/appearance.ts";
import { visibleGraph } from "../../../src/web/core/filters.ts";
import { matrixFromPairs, matrixOrder, type OverlapPair, overlapsOf } from "../../../src/web/core/matrix.ts";
import { EMPTY_VIEW, searchFromView, toggle, viewFromSearch } from "../../../src/web/core/view.ts";

const dataset = loadDataset();

describe("view ↔ URL", () => {
  it("round-trips every field", () => {
    const view = {
      mode: "matrix" as const,
      selected: "prague-process",
      overlap: ["prague-process", "eap-panel"],
      hiddenLabels: ["Theme" as const],
      hiddenTypes: ["FOCUSES_ON" as const, "OBSERVER_OF" as const],
      hiddenIscmTypes: ["Global"],
      region: "Europe",
      theme: "labour-migration",
      yearFrom: 2000,
      yearTo: 2015,
      matrixMeasure: "jaccard" as const,
      matrixOrder: "type" as const,
      projection: "iscms" as const,
      projectionMin: 7,
      asOf: "2019-06",
      mapLayer: "engagement" as const,
      engagementRoles: "member" as const,
      lang: "fr" as const,
    };
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
    expect(searchFromView(view)).toContain(
      "measure=jaccard&order=type&projection=iscms&minWeight=7&asOf=2019-06&layer=engagement&roles=member&lang=fr",
    );
    expect(searchFromView(EMPTY_VIEW)).toBe("");
  });

  it("drops what a hand-edited link gets wrong", () => {
    const view = viewFromSearch(
      "?hideLabels=Theme,Planet&hideTypes=LIKES&overlap=a,b,c,d&yearFrom=20x0&hideIscmTypes=RCP,XYZ&asOf=2019-02-30",
    );
    expect(view).toMatchObject({
      asOf: null,
      hiddenLabels: ["Theme"],
      hiddenTypes: [],
      overlap: ["a", "b", "c"],
      yearFrom: null,
      hiddenIscmTypes: ["RCP"],
    });
  });

  it("toggle adds and removes", () => {
    expect(toggle(["a"], "b")).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("visibleGraph", () => {
  it("shows everything in force today by default, and counts what is not", async () => {
    const { asOfDay, edgesHeldAt } = await import("../../../src/model/time.ts");
    const v = visibleGraph(dataset, EMPTY_VIEW);
    const today = edgesHeldAt(dataset.edges, asOfDay(null));
    expect(v.nodes.size).toBe(dataset.nodes.length);
    expect(v.edges.size).toBe(today.length);
    expect(v.hiddenNodes + v.hiddenEdges).toBe(0);
    expect(v.notHeld).toBe(dataset.edges.length - today.length);
    // The UK's EaP Panel membership ended with Brexit: drawn in 2019, not today.
    const ukEap = dataset.edges.find((e) => e.type === "MEMBER_OF" && e.source === "GBR" && e.target === "eap-panel")?.key as string;
    expect(v.edges.has(ukEap)).toBe(false);
    expect(visibleGraph(dataset, { ...EMPTY_VIEW, asOf: "2019-06" }).edges.has(ukEap)).toBe(true);
  });

  it("hiding a kind hides its relationships too, and counts both", () => {
    const v = visibleGraph(dataset, { ...EMPTY_VIEW, hiddenLabels: ["Theme"] });
    const themes = dataset.nodes.filter((n) => n.label === "Theme").length;
    const focuses = dataset.edges.filter((e) => e.type === "FOCUSES_ON").length;
    expect(v.hiddenNodes).toBe(themes);
    expect(v.hiddenEdges).toBe(focuses);
  });

  it("a theme keeps only the ISCMs working on it; years bound the ISCMs", () => {
    const v = visibleGraph(dataset, { ...EMPTY_VIEW, theme: "labour-migration" });
    const iscms = dataset.nodes.filter((n) => n.label === "ISCM" && v.nodes.has(n.id));
    expect(iscms).toHaveLength(23);
    const recent = visibleGraph(dataset, { ...EMPTY_VIEW, yearFrom: 2014 });
    for (const n of dataset.nodes.filter((x) => x.label === "ISCM" && recent.nodes.has(x.id)))
      expect(n.properties.yearEstablished).toBeGreaterThanOrEqual(2014);
    expect(recent.nodes.has("khartoum-process")).toBe(true);
    expect(recent.nodes.has("prague-process")).toBe(false);
  });

  it("a region keeps only its States", () => {
    const v = visibleGraph(dataset, { ...EMPTY_VIEW, region: "Africa" });
    expect(v.nodes.has("KEN")).toBe(true);
    expect(v.nodes.has("DEU")).toBe(false);
    expect(v.nodes.has("prague-process")).toBe(true);
  });
});

describe("appearance", () => {
  it("colours ISCMs by type and sizes them by members", () => {
    const prague = dataset.nodes.find((n) => n.id === "prague-process");
    const gfmd = dataset.nodes.find((n) => n.id === "gfmd");
    if (!prague || !gfmd) throw new Error("seed changed");
    expect(nodeColor(prague)).toBe(ISCM_TYPE_COLORS.RCP);
    expect(nodeColor(gfmd)).toBe(ISCM_TYPE_COLORS.Global);
    expect(nodeSize(gfmd, 195)).toBeGreaterThan(nodeSize(prague, 50));
  });
});

describe("overlap matrix", async () => {
  const pairs = (await runAnalysis(new MemoryStore(dataset), "overlap-matrix", {})).rows as unknown as OverlapPair[];
  const m = matrixFromPairs(dataset, pairs);
  const at = (a: string, b: string) => [m.ids.indexOf(a), m.ids.indexOf(b)] as const;

  it("lays out the overlap-matrix analysis's rows: every pair's figures in both cells, 0 where it lists none", () => {
    expect(pairs.length).toBeGreaterThan(100);
    for (const pair of pairs) {
      const [i, j] = at(pair.a, pair.b);
      expect(m.shared[i]?.[j]).toBe(pair.shared);
      expect(m.shared[j]?.[i]).toBe(pair.shared);
      expect(m.jaccard[i]?.[j]).toBe(pair.jaccard);
      expect(m.sizes[i]).toBe(pair.sizeA);
      expect(m.sizes[j]).toBe(pair.sizeB);
    }
    const listed = pairs.length * 2;
    expect(m.shared.flat().filter((n) => n > 0)).toHaveLength(listed);
  });

  it("an ISCM's overlaps are its pairs of the analysis, by Jaccard", () => {
    const overlaps = overlapsOf(pairs, "prague-process", 100);
    const mine = pairs.filter((p) => p.a === "prague-process" || p.b === "prague-process");
    expect(overlaps).toHaveLength(mine.length);
    expect(overlaps.map((o) => o.jaccard)).toEqual([...overlaps.map((o) => o.jaccard)].sort((x, y) => y - x));
    const top = overlaps[0];
    const pair = mine.find((p) => p.a === top?.id || p.b === top?.id);
    expect(top?.jaccard).toBe(pair?.jaccard);
  });

  it("every order is a permutation; clustering puts similar ISCMs next to each other", () => {
    const n = m.ids.length;
    for (const order of ["cluster", "name", "type"] as const)
      expect([...matrixOrder(m, order)].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    const neighbourSimilarity = (rows: number[]) => rows.slice(1).reduce((sum, r, k) => sum + (m.jaccard[rows[k] as number]?.[r] ?? 0), 0);
    expect(neighbourSimilarity(matrixOrder(m, "cluster"))).toBeGreaterThan(neighbourSimilarity(matrixOrder(m, "name")));
    const types = matrixOrder(m, "type").map((i) => m.types[i]);
    expect(types).toEqual([...types].sort());
  });
});

describe("idsInRows", () => {
  it("finds dataset ids in cells, lists and nested relationships, and nothing else", async () => {
    const { idsInRows } = await import("../../../src/web/components/AnalysesPanel.tsx");
    const ids = new Set(dataset.nodes.map((n) => n.id));
    const rows = [
      { a: "prague-process", shared: ["ARM", "not-an-id"], relationships: [{ from: "ARM", to: "icmpd", type: "MEMBER_OF" }], jaccard: 0.5 },
    ];
    expect([...idsInRows(rows, ids)].sort()).toEqual(["ARM", "icmpd", "prague-process"]);
  });
});

describe("co-membership projection", () => {
  it("links States by the number of ISCMs they share, as state-partners counts them", async () => {
    const { projection } = await import("../../../src/web/core/projection.ts");
    const { MemoryStore } = await import("../../../src/store/memory/store.ts");
    const { runAnalysis } = await import("../../../src/analyses/run.ts");
    const { datasetAsOf, asOfDay } = await import("../../../src/model/time.ts");
    // The explorer projects the dataset as of its day; the analysis answers as of the same day.
    const p = projection(datasetAsOf(dataset, asOfDay("2021-07")), "states", 1);
    const partners = (await runAnalysis(new MemoryStore(dataset), "state-partners", { state: "MDA", asOf: "2021-07" })).rows as {
      state: string;
      shared: number;
    }[];
    for (const row of partners) expect(p.graph.getEdgeAttribute("MDA", row.state, "weight")).toBe(row.shared);
    expect(p.graph.degree("MDA")).toBe(partners.length);
  });

  it("a threshold drops lighter links; communities partition the nodes, the same every time", async () => {
    const { projection } = await import("../../../src/web/core/projection.ts");
    const loose = projection(dataset, "iscms", 1);
    const strict = projection(dataset, "iscms", 20);
    expect(strict.graph.size).toBeLessThan(loose.graph.size);
    strict.graph.forEachEdge((_e, attrs) => expect(attrs.weight).toBeGreaterThanOrEqual(20));
    expect(loose.communities.flat().sort()).toEqual(loose.graph.nodes().sort());
    expect(projection(dataset, "iscms", 1).communities).toEqual(loose.communities);
    const { datasetAsOf, asOfDay } = await import("../../../src/model/time.ts");
    const june2019 = projection(datasetAsOf(dataset, asOfDay("2019-06")), "iscms", 1);
    expect(june2019.graph.getEdgeAttribute("prague-process", "eap-panel", "weight")).toBe(34);
    const today = projection(datasetAsOf(dataset, asOfDay(null)), "iscms", 1);
    expect(today.graph.getEdgeAttribute("prague-process", "eap-panel", "weight")).toBe(32);
  });
});
