/**
 * The derived highlight of the network, from the same answer the overlap panel shows (the API's
 * iscm-overlap, here from the embedded store), with its precedence: filters, comparison,
 * analysis emphasis, focus.
 */
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../../../src/analyses/run.ts";
import { loadDataset } from "../../../src/dataset/build.ts";
import { MemoryStore } from "../../../src/store/memory/store.ts";
import type { OverlapRow } from "../../../src/web/api.ts";
import { FADED_COLOR, nodeDisplay, OVERLAP_COLORS } from "../../../src/web/core/appearance.ts";
import { visibleGraph } from "../../../src/web/core/filters.ts";
import { deriveHighlight, overlapSets } from "../../../src/web/core/highlight.ts";
import { EMPTY_VIEW } from "../../../src/web/core/view.ts";
import { drawnGraph } from "../../../src/web/graph.ts";

const dataset = loadDataset();
const graph = drawnGraph(dataset);
const visible = visibleGraph(dataset, EMPTY_VIEW);
const store = new MemoryStore(dataset);
const overlapOf = async (a: string, b: string) =>
  overlapSets((await runAnalysis(store, "iscm-overlap", { a, b })).rows[0] as unknown as OverlapRow, [a, b]);
const base = { visible, overlap: null, emphasis: null, hovered: null, selected: null, graph };

describe("deriveHighlight", () => {
  it("Prague Process vs EaP Panel: Armenia in both, Norway in the Prague Process only, each drawn in its overlap colour", async () => {
    const h = deriveHighlight({ ...base, overlap: await overlapOf("prague-process", "eap-panel") });
    expect(h.mode).toBe("overlap");
    expect(h.node("ARM")).toEqual({ kind: "shared" });
    expect(h.node("NOR")).toEqual({ kind: "only", index: 0 });
    expect(h.node("prague-process")).toEqual({ kind: "compared" });
    expect(h.node("gfmd")).toEqual({ kind: "faded" });
    const attrs = (id: string) => nodeDisplay(h.node(id), graph.getNodeAttributes(id));
    expect(attrs("ARM").color).toBe(OVERLAP_COLORS.shared);
    expect(attrs("NOR").color).toBe(OVERLAP_COLORS.only[0]);
    expect(attrs("gfmd").color).toBe(FADED_COLOR);
    // Only the compared ISCMs' relationships are drawn.
    expect(h.edge("MEMBER_OF:ARM->eap-panel", "ARM", "eap-panel")).toBe(true);
    expect(h.edge("MEMBER_OF:ARM->gfmd", "ARM", "gfmd")).toBe(false);
  });

  it("a comparison wins over an analysis's emphasis, which wins over the focus", async () => {
    const overlap = await overlapOf("au-hoai", "mid-igad");
    const emphasis = new Set(["KEN"]);
    expect(deriveHighlight({ ...base, overlap, emphasis, selected: "FRA" }).mode).toBe("overlap");
    const emphasised = deriveHighlight({ ...base, emphasis, selected: "FRA" });
    expect(emphasised.mode).toBe("emphasis");
    expect(emphasised.node("KEN")).toEqual({ kind: "emphasised" });
    expect(emphasised.node("FRA")).toEqual({ kind: "faded" });
  });

  it("hover wins over the selection; the focus's neighbours stay, the rest fades", () => {
    const h = deriveHighlight({ ...base, selected: "prague-process", hovered: "ARM" });
    expect(h.mode).toBe("focus");
    expect(h.node("ARM")).toEqual({ kind: "focus" });
    expect(h.node("eap-panel")).toEqual({ kind: "neighbour" });
    expect(h.node("NOR")).toEqual({ kind: "faded" });
  });

  it("filters hide first, whatever else is highlighted", async () => {
    const noStates = visibleGraph(dataset, { ...EMPTY_VIEW, hiddenLabels: ["State"] });
    const h = deriveHighlight({ ...base, visible: noStates, overlap: await overlapOf("prague-process", "eap-panel") });
    expect(h.node("ARM")).toEqual({ kind: "hidden" });
    expect(nodeDisplay(h.node("ARM"), graph.getNodeAttributes("ARM")).hidden).toBe(true);
  });

  it("with nothing to highlight, every visible node is plain", () => {
    const h = deriveHighlight(base);
    expect(h.mode).toBe("none");
    expect(h.node("ARM")).toEqual({ kind: "plain" });
  });

  it("says what the renderer may skip: nothing while a comparison holds; with no highlight, node reducers when no node is hidden and edge ends always", async () => {
    expect(deriveHighlight({ ...base, overlap: await overlapOf("prague-process", "eap-panel") }).plain).toEqual({
      nodes: false,
      edges: false,
      edgeNeedsEnds: true,
    });
    // As of today some relationships no longer hold: edges are filtered, every node is drawn plain.
    const today = deriveHighlight(base);
    expect(visible.edges.size).toBeLessThan(graph.size);
    expect(today.plain).toEqual({ nodes: visible.nodes.size === graph.order, edges: false, edgeNeedsEnds: false });
    const everything = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    expect(deriveHighlight({ ...base, visible: everything }).plain).toEqual({ nodes: true, edges: true, edgeNeedsEnds: false });
    const noStates = visibleGraph(dataset, { ...EMPTY_VIEW, hiddenLabels: ["State"] });
    expect(deriveHighlight({ ...base, visible: noStates }).plain.nodes).toBe(false);
  });
});
