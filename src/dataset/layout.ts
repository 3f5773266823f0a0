/**
 * The network's first picture, computed once per dataset (by its hash) where the data is, and
 * served with /api/graph: the explorer draws final positions in its first frame instead of
 * running ForceAtlas2 in the page before it. Deterministic: the same graph (in any order, from
 * either store) gives the same positions — no randomness, nodes and edges taken in id order.
 *
 * The placement makes ISCMs and their members read as groups:
 * - mechanisms and organizations (every node with links to two or more others) start on a circle,
 *   in id order; every other node starts at the mean of its neighbours, nudged by a hash of its
 *   id so that States of the same ISCMs do not start on one point;
 * - ForceAtlas2 (LinLog: tighter groups, clearer gaps) pulls members to their mechanisms;
 *   MEMBER_OF weighs most, themes least; strong gravity keeps one-link organizations near
 *   what they link to instead of floating at the edges;
 * - a last pass pushes overlapping nodes apart (node size plus a margin), so labels have room.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Dataset } from "../model/graph.ts";
import type { RelationshipType } from "../model/vocabulary.ts";
import { sortDataset } from "./hash.ts";

/** Node id → [x, y], rounded to 0.01 (a stable text for caches and tests). */
export type Positions = Record<string, [number, number]>;

/** How strongly each relationship pulls its ends together. */
const PULL: Record<RelationshipType, number> = {
  MEMBER_OF: 3,
  SECRETARIAT_OF: 2,
  CHAIRS: 0.5,
  OBSERVER_OF: 1,
  ASSOCIATED_WITH: 1,
  COOPERATES_WITH: 1,
  SUCCEEDS: 1,
  SUSPENDED_FROM: 0.5,
  PARTICIPATES_IN: 0.5,
  FOCUSES_ON: 0.2,
};

/** Iterations by size: a settled picture on the atlas, a bounded cost (seconds, once) on big graphs. */
export function layoutIterations(order: number): number {
  if (order <= 2_000) return 300;
  if (order <= 10_000) return 60;
  return 25;
}

/** Up to this many mechanisms, their order on the starting circle follows shared members. */
const SERIATION_LIMIT = 300;

/**
 * Mechanisms in a chain where each is followed by the one sharing most of its members (Jaccard),
 * from the biggest: AU-HoAI next to MiD-IGAD (7 of 8 members shared), not a region's width
 * apart, so that ForceAtlas2 does not have to pull one group across the picture. Ties keep the
 * given order (region, then id).
 */
function seriate(ids: string[], membersOf: ReadonlyMap<string, string[]>): string[] {
  const members = new Map<string, Set<string>>(ids.map((id) => [id, new Set(membersOf.get(id))]));
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let shared = 0;
    for (const x of a) if (b.has(x)) shared++;
    const union = a.size + b.size - shared;
    return union === 0 ? 0 : shared / union;
  };
  const left = [...ids];
  let current = left.reduce((best, id) => ((members.get(id)?.size ?? 0) > (members.get(best)?.size ?? 0) ? id : best), left[0] as string);
  const chain = [current];
  left.splice(left.indexOf(current), 1);
  while (left.length > 0) {
    const from = members.get(current) as Set<string>;
    let bestIndex = 0;
    let bestScore = -1;
    left.forEach((id, i) => {
      const score = jaccard(from, members.get(id) as Set<string>);
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    current = left.splice(bestIndex, 1)[0] as string;
    chain.push(current);
  }
  return chain;
}

/** 32-bit FNV-1a of a string, as a number in [0, 1): a deterministic nudge per node. */
function unitHash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

export function computeLayout(dataset: Dataset, iterations = layoutIterations(dataset.nodes.length)): Positions {
  const sorted = sortDataset(dataset);
  const graph = new Graph({ type: "undirected" });
  for (const n of sorted.nodes) graph.addNode(n.id, { x: 0, y: 0 });
  // Every mechanism's members (one entry per MEMBER_OF relationship), read once for the pulls, the
  // regions and the starting order.
  const membersOf = new Map<string, string[]>();
  for (const e of sorted.edges) {
    if (e.type !== "MEMBER_OF") continue;
    const members = membersOf.get(e.target);
    if (members) members.push(e.source);
    else membersOf.set(e.target, [e.source]);
  }
  // A membership pulls less the more members its mechanism has: a State sits with its regional
  // processes, not in the middle of every global one.
  for (const e of sorted.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const pull = (PULL[e.type] ?? 1) * (e.type === "MEMBER_OF" ? 4 / Math.sqrt(membersOf.get(e.target)?.length ?? 1) : 1);
    // Parallel relationships (a member that also chairs) pull once, by the strongest.
    const existing = graph.edge(e.source, e.target);
    if (existing === undefined) graph.addEdge(e.source, e.target, { weight: pull });
    else if ((graph.getEdgeAttribute(existing, "weight") as number) < pull) graph.setEdgeAttribute(existing, "weight", pull);
  }

  // Mechanisms and unions start on a circle, each beside the one it shares most members with (on
  // big graphs: ordered by the region most of their members are in); everything else starts at
  // the pull-weighted mean of the mechanisms it links to, nudged by a hash of its id.
  const regionOf = new Map(sorted.nodes.filter((n) => n.label === "State").map((n) => [n.id, String(n.properties.region ?? "")]));
  const mainRegion = (id: string) => {
    const tally = new Map<string, number>();
    for (const member of membersOf.get(id) ?? []) {
      const region = regionOf.get(member);
      if (region !== undefined) tally.set(region, (tally.get(region) ?? 0) + 1);
    }
    return [...tally].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? "~";
  };
  const byRegion = sorted.nodes
    .filter((n) => (n.label === "ISCM" || n.label === "RegionalUnion") && graph.degree(n.id) >= 2)
    .map((n) => ({ id: n.id, region: mainRegion(n.id) }))
    .sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((h) => h.id);
  const hubs = byRegion.length <= SERIATION_LIMIT ? seriate(byRegion, membersOf) : byRegion;
  const radius = 10 * Math.sqrt(graph.order);
  hubs.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / hubs.length;
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  const hubSet = new Set(hubs);
  graph.forEachNode((node) => {
    if (hubSet.has(node)) return;
    let x = 0;
    let y = 0;
    let total = 0;
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const neighbour = source === node ? target : source;
      if (!hubSet.has(neighbour)) return;
      const w = attrs.weight as number;
      x += w * (graph.getNodeAttribute(neighbour, "x") as number);
      y += w * (graph.getNodeAttribute(neighbour, "y") as number);
      total += w;
    });
    const nudge = radius * 0.08;
    const angle = 2 * Math.PI * unitHash(node, 1);
    const distance = nudge * (0.3 + unitHash(node, 2));
    graph.mergeNodeAttributes(node, {
      x: (total ? x / total : 0) + distance * Math.cos(angle),
      y: (total ? y / total : 0) + distance * Math.sin(angle),
    });
  });

  if (graph.order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: "weight",
      settings: {
        ...forceAtlas2.inferSettings(graph),
        linLogMode: true,
        strongGravityMode: true,
        gravity: 0.05,
        adjustSizes: false,
        edgeWeightInfluence: 1,
        barnesHutOptimize: graph.order > 1000,
      },
    });
  }

  const positions: Positions = {};
  graph.forEachNode((node, attrs) => {
    positions[node] = [Math.round((attrs.x as number) * 100) / 100, Math.round((attrs.y as number) * 100) / 100];
  });
  return positions;
}
