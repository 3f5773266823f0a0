/**
 * The network's positions in the browser. The first picture comes from the server
 * (dataset/layout.ts, with /api/graph); a layout the user ran (Run layout) is saved per dataset
 * hash in localStorage and wins on later visits.
 */
import type Graph from "graphology";

// v2: only what a user's layout run saved (v1 also held automatic starts, now the server's).
const key = (hash: string) => `iscm-atlas:positions:v2:${hash}`;

/** Puts the positions a user's layout run saved for this dataset over the server's (nodes it has). */
export function restorePositions(graph: Graph, hash: string): void {
  try {
    const saved = JSON.parse(localStorage.getItem(key(hash)) ?? "null") as Record<string, [number, number]> | null;
    if (!saved) return;
    graph.forEachNode((node) => {
      const xy = saved[node];
      if (xy) graph.mergeNodeAttributes(node, { x: xy[0], y: xy[1] });
    });
  } catch {
    // unreadable storage: the server's positions stand
  }
}

export function savePositions(graph: Graph, hash: string): void {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((node, attrs) => {
    out[node] = [Math.round(attrs.x * 100) / 100, Math.round(attrs.y * 100) / 100];
  });
  try {
    localStorage.setItem(key(hash), JSON.stringify(out));
  } catch {
    // storage full or disabled: positions are only a convenience
  }
}
