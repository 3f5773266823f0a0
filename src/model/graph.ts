/**
 * The normalised graph every consumer sees (export, loader, stores, API). Property values are
 * scalars or arrays of scalars so that they map one to one onto Neo4j properties; absent
 * values are left out rather than stored as null.
 */
import type { SourceRecord } from "./source.ts";
import type { Basis, NodeLabel, RelationshipType } from "./vocabulary.ts";

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  properties: Properties & { name: string };
}

export interface EdgeProperties extends Properties {
  /**
   * The ids of the sources it cites (Dataset.sources); `sourceLocators` and `sourceQuotes`, when
   * present, run parallel ("" where a citation has none). model/source.ts: citationsOf.
   */
  sources: string[];
  /** When the source described the fact (not when it began: that is `since`). */
  asOf: string;
  /** How the relationship is known (vocabulary.ts BASES); `derived` ones name the union in `via`. */
  basis: Basis;
  /** The first and last day it may have held, from its dates (time.ts): what "as of" compares. */
  heldFrom: string;
  heldTo: string;
}

export interface GraphEdge {
  /** Stable key: TYPE:source->target. */
  key: string;
  source: string;
  target: string;
  type: RelationshipType;
  properties: EdgeProperties;
}

export interface Dataset {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /**
   * Every source the seed registers (seed/sources.json), sorted by id: what the relationships'
   * `sources` ids name. Present in every dataset built from the seed or read from a store
   * loaded from one; a dataset made by hand (tests, benchmarks) may leave it out.
   */
  sources?: SourceRecord[];
}

export function edgeKey(type: RelationshipType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/**
 * Keys for a list of edges, the same wherever the list comes from (the build, a Neo4j read): one
 * pair may hold a relationship in several intervals; the earliest keeps the plain key, a later
 * one gets `#<first day of its window>` (Peru's second RIAM chair: `CHAIRS:PER->riam#2022-01-01`).
 */
export function withEdgeKeys<E extends Omit<GraphEdge, "key">>(edges: readonly E[]): (E & { key: string })[] {
  const groups = new Map<string, E[]>();
  for (const e of edges) {
    const k = edgeKey(e.type, e.source, e.target);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const keyOf = new Map<E, string>();
  for (const [k, group] of groups) {
    group.sort((a, b) => (a.properties.heldFrom < b.properties.heldFrom ? -1 : a.properties.heldFrom > b.properties.heldFrom ? 1 : 0));
    group.forEach((e, i) => {
      keyOf.set(e, i === 0 ? k : `${k}#${e.properties.heldFrom}`);
    });
  }
  return edges.map((e) => ({ ...e, key: keyOf.get(e) as string }));
}

/** Drops undefined, null and empty-array values (Neo4j stores no nulls; both stores must agree). */
export function compactProperties<T extends Record<string, unknown>>(props: T): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v as PropertyValue;
  }
  return out;
}
