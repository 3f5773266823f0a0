/**
 * Positions: saved per dataset hash in localStorage (kept between visits); otherwise a circular
 * start refined by ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker).
 */
import type Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

const key = (hash: string) => `iscm-atlas:positions:${hash}`;

export function restorePositions(graph: Graph, hash: string): boolean {
  try {
    const saved = JSON.parse(localStorage.getItem(key(hash)) ?? "null") as Record<string, [number, number]> | null;
    if (!saved) return false;
    let complete = true;
    graph.forEachNode((node) => {
      const xy = saved[node];
      if (xy) graph.mergeNodeAttributes(node, { x: xy[0], y: xy[1] });
      else complete = false;
    });
    return complete;
  } catch {
    return false;
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

/** A circle refined by `iterations` synchronous ForceAtlas2 steps (small graphs: result views, projections). */
export function quickLayout(graph: Graph, iterations: number, settings: Record<string, unknown> = {}): void {
  circular.assign(graph, { scale: 100 });
  if (graph.order > 2 && iterations > 0)
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), ...settings } });
}

export function initialLayout(graph: Graph): void {
  // A few synchronous iterations so the first frame already shows structure — on graphs of atlas
  // size only: on big ones they would delay the first frame by seconds (Run layout does the rest).
  quickLayout(graph, graph.order <= 2000 ? 60 : 0);
}

export function createLayoutWorker(graph: Graph): FA2Layout {
  return new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 } });
}
