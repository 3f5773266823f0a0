/** The dataset as the sigma graph: node attributes for drawing (label, size, colour, position). */
import Graph from "graphology";
import type { Dataset } from "../model/graph.ts";
import { shortNameOf } from "../model/names.ts";
import { EDGE_COLORS, memberTally, nodeColor, nodeSize } from "./core/appearance.ts";
import { FEATURED_COMPARISONS } from "./core/view.ts";

const FEATURED_ISCMS = new Set<string>(FEATURED_COMPARISONS.flatMap((c) => c.ids));

export interface DrawnNode {
  label: string;
  /**
   * sigma node program: organizations and unions are squares, the rest circles; ISCMs are circles
   * of their own program, registered last, so sigma draws (and picks for hovering) them on top.
   */
  type: "circle" | "square" | "iscm";
  kind: string;
  size: number;
  color: string;
  x: number;
  y: number;
  /** ISCMs: sigma proposes their labels at every zoom; the label placement ranks them first. */
  forceLabel?: boolean;
  /** core/label-placement.ts: 2 for the ISCMs the landing features, 1 for other ISCMs. */
  labelPriority?: number;
}
export interface DrawnEdge {
  type: string;
  relType: string;
  color: string;
  size: number;
}

/** `positions`: the server's layout (dataset/layout.ts); a node it lacks starts at the origin. */
export function drawnGraph(dataset: Dataset, positions: Record<string, [number, number]> = {}): Graph<DrawnNode, DrawnEdge> {
  const members = memberTally(dataset);
  const graph = new Graph<DrawnNode, DrawnEdge>({ type: "directed", multi: true });
  for (const n of dataset.nodes) {
    graph.addNode(n.id, {
      label: shortNameOf(n.properties, n.id),
      kind: n.label,
      type: n.label === "ISCM" ? "iscm" : n.label === "Organization" || n.label === "RegionalUnion" ? "square" : "circle",
      size: nodeSize(n, members.get(n.id) ?? 0),
      color: nodeColor(n),
      ...(n.label === "ISCM" ? { forceLabel: true, labelPriority: FEATURED_ISCMS.has(n.id) ? 2 : 1 } : {}),
      x: positions[n.id]?.[0] ?? 0,
      y: positions[n.id]?.[1] ?? 0,
    });
  }
  for (const e of dataset.edges) {
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      type: "line",
      relType: e.type,
      color: EDGE_COLORS[e.type],
      size: e.type === "MEMBER_OF" || e.type === "FOCUSES_ON" ? 0.5 : 1.5,
    });
  }
  return graph;
}
