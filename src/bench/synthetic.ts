/**
 * Synthetic datasets with the atlas's schema, for benchmarks: N States, M ISCMs and memberships,
 * streamed by generators so that a 500k-relationship graph never exists as an array in memory.
 * Deterministic: the same size gives the same graph (a seeded PRNG per State).
 */
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
