/**
 * Co-membership projections: States linked by the ISCMs they share, or ISCMs linked by the States
 * they share (current memberships), with Louvain communities (seeded, so the same every time).
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { Dataset } from "../../model/graph.ts";
import { iscmMembers } from "./members.ts";

import type { ProjectionKind } from "./view.ts";

export type { ProjectionKind };

export interface Projection {
  graph: Graph<{ label: string; community: number }, { weight: number }>;
  /** Communities, largest first: member ids sorted by name. */
  communities: string[][];
  modularity: number;
}

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function projection(dataset: Dataset, kind: ProjectionKind, minWeight: number): Projection {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const members = iscmMembers(dataset);
  // The groups whose members get linked pairwise: ISCMs' States, or States' ISCMs.
  const groups = new Map<string, string[]>();
  if (kind === "states") for (const [iscm, states] of members) groups.set(iscm, [...states]);
  else for (const [iscm, states] of members) for (const s of states) groups.set(s, [...(groups.get(s) ?? []), iscm]);
  const weights = new Map<string, number>();
  for (const list of groups.values()) {
    const sorted = [...list].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
  }
  const graph = new Graph<{ label: string; community: number }, { weight: number }>({ type: "undirected" });
  for (const [key, weight] of weights) {
    if (weight < minWeight) continue;
    const [a, b] = key.split("\u0000") as [string, string];
    for (const id of [a, b])
      if (!graph.hasNode(id)) graph.addNode(id, { label: String(byId.get(id)?.properties.name ?? id), community: 0 });
    graph.addEdge(a, b, { weight });
  }
  if (graph.order === 0) return { graph, communities: [], modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(42) });
  const groupsOut = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = detailed.communities[node] as number;
    graph.setNodeAttribute(node, "community", c);
    groupsOut.set(c, [...(groupsOut.get(c) ?? []), node]);
  });
  const communities = [...groupsOut.values()]
    .map((ids) => ids.sort((x, y) => graph.getNodeAttribute(x, "label").localeCompare(graph.getNodeAttribute(y, "label"))))
    .sort((x, y) => y.length - x.length);
  // Renumber so community 0 is the largest (stable colours).
  communities.forEach((ids, k) => {
    for (const id of ids) graph.setNodeAttribute(id, "community", k);
  });
  return { graph, communities, modularity: detailed.modularity };
}
