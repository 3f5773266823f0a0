/**
 * The drawn graph is derived: dataset → as of a day → filters → visible ids. Nothing is removed
 * from the dataset; the reducers hide what is not visible, and the panel says how much is hidden
 * and how many relationships did not hold on the day.
 */
import type { Dataset } from "../../model/graph.ts";
import { asOfDay, edgesHeldAt } from "../../model/time.ts";
import type { ViewState } from "./view.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  hiddenNodes: number;
  hiddenEdges: number;
  /** Relationships that did not count on the view's day (ended, not begun, suspended). */
  notHeld: number;
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
  const held = edgesHeldAt(dataset.edges, asOfDay(view.asOf));
  for (const e of held) {
    if (view.hiddenTypes.includes(e.type)) continue;
    if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.key);
  }
  const notHeld = dataset.edges.length - held.length;
  return { nodes, edges, hiddenNodes: dataset.nodes.length - nodes.size, hiddenEdges: held.length - edges.size, notHeld };
}
