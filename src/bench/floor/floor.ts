/**
 * The benchmark's floor (npm run bench:web): the same input as the explorer (/api/graph, with its
 * positions) in plain sigma — no React, no panels, no reducers — against which the explorer's
 * figures are compared.
 */
import Graph from "graphology";
import Sigma from "sigma";

// The same hooks the explorer exposes with ?expose (see GraphView.tsx).
const hooks = window as unknown as { __sigma?: Sigma; __firstFrame?: number };

// The explorer's canvas size, when the benchmark gives it (?w=&h=): both draw the same pixels.
const params = new URLSearchParams(location.search);
const container = document.getElementById("sigma") as HTMLElement;
if (params.has("w") && params.has("h")) {
  container.style.width = `${Number(params.get("w"))}px`;
  container.style.height = `${Number(params.get("h"))}px`;
}

const response = await fetch("/api/graph");
const data = (await response.json()) as {
  nodes: { id: string; properties: { name: string } }[];
  edges: { key: string; source: string; target: string }[];
  positions: Record<string, [number, number]>;
};
const graph = new Graph({ multi: true });
for (const n of data.nodes) {
  const [x, y] = data.positions[n.id] ?? [0, 0];
  graph.addNode(n.id, { label: n.properties.name, size: 3, color: "#0072B2", x, y });
}
for (const e of data.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { size: 0.5, color: "#ccc" });
// Sigma's constructor draws the first frame (synchronously): the same moment the explorer records.
const sigma = new Sigma(graph, container);
hooks.__sigma = sigma;
hooks.__firstFrame = performance.now();
