/** The dataset as a graphology graph: shared by export, the embedded store and the web app. */
import Graph from "graphology";
import type { Dataset, EdgeProperties, Properties } from "../model/graph.ts";
import type { NodeLabel, RelationshipType } from "../model/vocabulary.ts";

export type NodeAttributes = Properties & { label: NodeLabel; name: string };
export type EdgeAttributes = EdgeProperties & { type: RelationshipType };
export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes>;

export function toGraphology(dataset: Dataset): AtlasGraph {
  // Multi: one pair may have several relationships (IOM is MEMBER_OF and SECRETARIAT_OF the Bali Process).
  const graph: AtlasGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (const n of dataset.nodes) graph.addNode(n.id, { ...n.properties, label: n.label });
  for (const e of dataset.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.properties, type: e.type });
  return graph;
}
