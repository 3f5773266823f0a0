/**
 * Layouts run in the page: ForceAtlas2 in a web worker for the network's Run layout, and small
 * result graphs (the console's, the co-membership projection). Loaded on demand: the network's
 * first picture comes from the server (dataset/layout.ts, with /api/graph).
 */
import type Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

/** A circle refined by `iterations` synchronous ForceAtlas2 steps (small graphs: result views, projections). */
export function quickLayout(graph: Graph, iterations: number, settings: Record<string, unknown> = {}): void {
  circular.assign(graph, { scale: 100 });
  if (graph.order > 2 && iterations > 0)
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), ...settings } });
}

export function createLayoutWorker(graph: Graph): FA2Layout {
  return new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 } });
}
