/**
 * Synthetic datasets with the atlas's schema, for benchmarks: N States, M ISCMs and memberships,
 * streamed by generators so that a 500k-relationship graph never exists as an array in memory.
 * Deterministic: the same size gives the same graph (a seeded PRNG per State).
 */

import { type Dataset, edgeKey, type GraphEdge, type GraphNode } from "../model/graph.ts";
import { heldWindow } from "../model/time.ts";
import type { RelationshipType } from "../model/vocabulary.ts";
import type { LoadSource, NodeRow, RelationshipRow } from "../store/neo4j/load.ts";

export interface SyntheticShape {
  states: number;
  iscms: number;
  /** ISCMs per State: the first `memberships` picks are MEMBER_OF, the rest OBSERVER_OF. */
  perState: number;
  memberships: number;
  relationships: number;
}

/** The shape for about `relationships` relationships: 40 per State, as many ISCMs as needed. */
export function syntheticShape(relationships: number): SyntheticShape {
  const perState = 40;
  const states = Math.max(1, Math.round(relationships / perState));
  const iscms = Math.max(60, Math.round(relationships / 1000));
  const memberships = 36;
  return { states, iscms, perState, memberships, relationships: states * perState };
}

/** mulberry32: tiny, fast, good enough to spread memberships. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct ISCM indexes for State `s` (partial Fisher–Yates over a reused buffer). */
function picksFor(s: number, shape: SyntheticShape, buffer: Int32Array): Int32Array {
  const random = prng(s + 1);
  for (let i = 0; i < shape.iscms; i++) buffer[i] = i;
  for (let i = 0; i < shape.perState; i++) {
    const j = i + Math.floor(random() * (shape.iscms - i));
    const tmp = buffer[i] as number;
    buffer[i] = buffer[j] as number;
    buffer[j] = tmp;
  }
  return buffer;
}

const stateId = (s: number) => `S${String(s).padStart(6, "0")}`;
const iscmId = (m: number) => `iscm-${String(m).padStart(4, "0")}`;
const SUBREGIONS = ["Eastern Europe", "Eastern Africa", "Western Asia", "South America", "South-Eastern Asia"];

function* stateRows(shape: SyntheticShape): Generator<NodeRow> {
  for (let s = 0; s < shape.states; s++) {
    const id = stateId(s);
    yield { id, props: { id, name: `State ${s}`, subregion: SUBREGIONS[s % SUBREGIONS.length] as string } };
  }
}

function* iscmRows(shape: SyntheticShape): Generator<NodeRow> {
  for (let m = 0; m < shape.iscms; m++) {
    const id = iscmId(m);
    yield { id, props: { id, name: `ISCM ${m}`, type: m % 3 === 0 ? "IRF" : "RCP", status: "active" } };
  }
}

function* stateIscmRows(shape: SyntheticShape, from: number, to: number): Generator<RelationshipRow> {
  const buffer = new Int32Array(shape.iscms);
  for (let s = 0; s < shape.states; s++) {
    const picks = picksFor(s, shape, buffer);
    for (let i = from; i < to; i++) {
      yield { source: stateId(s), target: iscmId(picks[i] as number), props: { sources: ["synthetic:bench"], asOf: "2019-06" } };
    }
  }
}

/** A fresh (re-iterable once) load source for the shape. */
export function syntheticSource(shape: SyntheticShape): LoadSource {
  const observers = shape.perState - shape.memberships;
  return {
    nodeGroups: [
      { label: "State", count: shape.states, rows: stateRows(shape) },
      { label: "ISCM", count: shape.iscms, rows: iscmRows(shape) },
    ],
    relationshipGroups: [
      {
        type: "MEMBER_OF",
        from: "State",
        to: "ISCM",
        count: shape.states * shape.memberships,
        rows: stateIscmRows(shape, 0, shape.memberships),
      },
      {
        type: "OBSERVER_OF",
        from: "State",
        to: "ISCM",
        count: shape.states * observers,
        rows: stateIscmRows(shape, shape.memberships, shape.perState),
      },
    ],
  };
}

/**
 * A whole synthetic atlas `factor` times the seed's size, with every label and relationship type,
 * so that every analysis has work to do: States in 8 × factor regional clusters (a bigger world,
 * not a denser one: each ISCM overlaps with a bounded number of others; 8 subregion names),
 * ISCMs drawing their members mostly from one cluster (realistic overlaps), unions, organizations
 * as secretariats, cooperation, succession and 31 themes. Deterministic.
 */
export function syntheticDataset(factor: number): Dataset {
  const random = prng(factor * 7919);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const states = 212 * factor;
  const iscms = 33 * factor;
  const unions = 18 * factor;
  const organizations = 83 * factor;
  const clusters = 8 * factor;
  const subregions = [
    "Eastern Europe",
    "Eastern Africa",
    "Western Asia",
    "South America",
    "South-Eastern Asia",
    "Western Africa",
    "Caribbean",
    "Northern Europe",
  ];
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const source = { sources: ["synthetic:bench"], asOf: "2019-06", basis: "stated" as const, ...heldWindow({}) };
  const addEdge = (type: RelationshipType, from: string, to: string, extra: Record<string, string> = {}) => {
    const key = edgeKey(type, from, to);
    if (!edges.has(key)) edges.set(key, { key, source: from, target: to, type, properties: { ...source, ...extra } });
  };
  const cluster = (i: number) => i % clusters;
  const stateIdsByCluster: string[][] = Array.from({ length: clusters }, () => []);
  for (let s = 0; s < states; s++) {
    const id = stateId(s);
    stateIdsByCluster[cluster(s)]?.push(id);
    nodes.push({ id, label: "State", properties: { name: `State ${s}`, subregion: subregions[cluster(s) % subregions.length] as string } });
  }
  const themeIds = Array.from({ length: 31 }, (_, t) => `theme-${String(t).padStart(2, "0")}`);
  for (const [t, id] of themeIds.entries()) nodes.push({ id, label: "Theme", properties: { name: `Theme ${t}` } });
  for (let u = 0; u < unions; u++) {
    const id = `union-${String(u).padStart(4, "0")}`;
    nodes.push({ id, label: "RegionalUnion", properties: { name: `Union ${u}` } });
    const pool = stateIdsByCluster[cluster(u)] as string[];
    for (let k = 0; k < 12; k++) addEdge("MEMBER_OF", pick(pool), id);
  }
  for (let o = 0; o < organizations; o++)
    nodes.push({ id: `org-${String(o).padStart(5, "0")}`, label: "Organization", properties: { name: `Organization ${o}` } });
  for (let m = 0; m < iscms; m++) {
    const id = iscmId(m);
    const global = m % 33 === 0; // one in 33 is a global process, as the GFMD is in the seed
    nodes.push({
      id,
      label: "ISCM",
      properties: { name: `ISCM ${m}`, type: global ? "Global" : "RCP", status: m % 16 === 15 ? "dormant" : "active" },
    });
    const pool = global
      ? Array.from({ length: 200 }, () => stateId(Math.floor(random() * states)))
      : (stateIdsByCluster[cluster(m)] as string[]);
    const size = global ? 150 : 25 + Math.floor(random() * 25);
    for (let k = 0; k < size; k++) addEdge("MEMBER_OF", pick(pool), id);
    for (let k = 0; k < 4; k++) addEdge("OBSERVER_OF", stateId(Math.floor(random() * states)), id);
    addEdge("CHAIRS", pick(pool), id);
    addEdge("SECRETARIAT_OF", `org-${String(Math.floor(random() * organizations)).padStart(5, "0")}`, id);
    if (m % 2 === 0) addEdge("ASSOCIATED_WITH", id, `union-${String(Math.floor(random() * unions)).padStart(4, "0")}`);
    for (let k = 0; k < 9; k++) addEdge("FOCUSES_ON", id, pick(themeIds));
    for (let k = 0; k < 3; k++) {
      const other = iscmId(Math.floor(random() * iscms));
      if (other !== id) addEdge("COOPERATES_WITH", id < other ? id : other, id < other ? other : id);
    }
    if (m % 50 === 49) addEdge("SUCCEEDS", id, iscmId(m - 1));
  }
  return { nodes, edges: [...edges.values()] };
}
