/**
 * The drawn graph is derived: dataset → filters → visible ids. Nothing is removed from the
 * dataset; the reducers hide what is not visible, and the panel says how much is hidden.
 */
import type { Dataset } from "../../model/graph.ts";
import type { ViewState } from "./view.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  hiddenNodes: number;
  hiddenEdges: number;
}

export function visibleGraph(dataset: Dataset, view: ViewState): Visible {
  const themedIscms = view.theme
    ? new Set(dataset.edges.filter((e) => e.type === "FOCUSES_ON" && e.target === view.theme).map((e) => e.source))
    : null;
  const nodes = new Set<string>();
  for (const n of dataset.nodes) {
    if (view.hiddenLabels.includes(n.label)) continue;
    const p = n.properties;
    if (n.label === "ISCM") {
      if (view.hiddenIscmTypes.includes(String(p.type))) continue;
      if (themedIscms && !themedIscms.has(n.id)) continue;
      const year = typeof p.yearEstablished === "number" ? p.yearEstablished : null;
      if (view.yearFrom !== null && (year === null || year < view.yearFrom)) continue;
      if (view.yearTo !== null && (year === null || year > view.yearTo)) continue;
    }
    if (n.label === "State" && view.region && p.region !== view.region) continue;
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const e of dataset.edges) {
    if (view.hiddenTypes.includes(e.type)) continue;
    if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.key);
  }
  return { nodes, edges, hiddenNodes: dataset.nodes.length - nodes.size, hiddenEdges: dataset.edges.length - edges.size };
}
