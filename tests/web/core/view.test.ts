/** The explorer's pure parts: the view's URL form, the derived visible graph, appearance. */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/dataset/build.ts";
import { ISCM_TYPE_COLORS, nodeColor, nodeSize } from "../../../src/web/core/appearance.ts";
import { visibleGraph } from "../../../src/web/core/filters.ts";
import { EMPTY_VIEW, searchFromView, toggle, viewFromSearch } from "../../../src/web/core/view.ts";

const dataset = loadDataset();

describe("view ↔ URL", () => {
  it("round-trips every field", () => {
    const view = {
      selected: "prague-process",
      overlap: ["prague-process", "eap-panel"],
      hiddenLabels: ["Theme" as const],
      hiddenTypes: ["FOCUSES_ON" as const, "OBSERVER_OF" as const],
      hiddenIscmTypes: ["Global"],
      region: "Europe",
      theme: "labour-migration",
      yearFrom: 2000,
      yearTo: 2015,
    };
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
    expect(searchFromView(EMPTY_VIEW)).toBe("");
  });

  it("drops what a hand-edited link gets wrong", () => {
    const view = viewFromSearch("?hideLabels=Theme,Planet&hideTypes=LIKES&overlap=a,b,c,d&yearFrom=20x0&hideIscmTypes=RCP,XYZ");
    expect(view).toMatchObject({
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
  it("shows everything by default", () => {
    const v = visibleGraph(dataset, EMPTY_VIEW);
    expect(v.nodes.size).toBe(dataset.nodes.length);
    expect(v.edges.size).toBe(dataset.edges.length);
    expect(v.hiddenNodes + v.hiddenEdges).toBe(0);
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
