/**
 * One interface to the graph, two implementations: `memory` (graphology, the embedded default)
 * and `neo4j` (neo4j-driver). Parity tests prove they answer alike.
 */
import type { Catalog } from "../dataset/catalog.ts";
import type { AtlasGraph } from "../dataset/graph.ts";
import type { Dataset, EdgeProperties, GraphNode } from "../model/graph.ts";
import type { RelationshipType } from "../model/vocabulary.ts";
import type { ConsoleResult } from "./neo4j/console/index.ts";

export type StoreKind = "memory" | "neo4j";

export type Row = Record<string, unknown>;
/** Parameters after validation and name resolution, as any store receives them. */
export type ResolvedParams = Record<string, string | number | null>;

/**
 * What a store needs of an analysis to answer it, handed over by analyses/run.ts: stores never
 * import the analyses (the imports go one way, analyses → store). An analysis definition
 * (analyses/contract.ts) is one, with the path of its Cypher twin.
 */
export interface StoredAnalysis {
  readonly name: string;
  /** Its parameters' kinds: integers go to Neo4j as Neo4j integers. */
  readonly params: readonly { readonly name: string; readonly kind: string }[];
  /** The embedded store's runner (also Neo4j's, over its own graph, when there is no Cypher twin). */
  run(graph: AtlasGraph, params: ResolvedParams): Row[];
  /** cypher/queries/<name>.cypher, or null when the analysis has no Cypher twin. */
  readonly cypherPath: string | null;
}

export interface EntityRelationship {
  type: RelationshipType;
  /** "out": this entity is the source. */
  direction: "out" | "in";
  other: string;
  properties: EdgeProperties;
}

export interface EntityDetails {
  node: GraphNode;
  /** Sorted by type, direction, other id. */
  relationships: EntityRelationship[];
  /** The entities at the other end, sorted by id. */
  neighbours: { id: string; label: GraphNode["label"]; name: string }[];
}

/** A store that can run users' read-only Cypher (the console); the embedded store cannot. */
export interface CypherCapability {
  /** `client`: who asks (the peer's address), for the per-client limit. */
  run(query: string, params?: Record<string, unknown>, client?: string): Promise<ConsoleResult>;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Whether the store answers now, within about a second (the health check). */
  ping(): Promise<boolean>;
  /** Present only where users' Cypher can run. */
  readonly cypher?: CypherCapability;
  /** Every entity with the names it answers to (cached). */
  catalog(): Promise<Catalog>;
  /** Runs an analysis with resolved parameters. */
  run(analysis: StoredAnalysis, params: ResolvedParams): Promise<Row[]>;
  /** The whole graph, nodes sorted by id and edges by key. */
  dataset(): Promise<Dataset>;
  /** One entity with its relationships and neighbours; undefined if the id is unknown. */
  entity(id: string): Promise<EntityDetails | undefined>;
  close(): Promise<void>;
}

/** What a store answers about one entity, from any graph held as a Dataset. */
export function entityFromDataset(dataset: Dataset, id: string): EntityDetails | undefined {
  const node = dataset.nodes.find((n) => n.id === id);
  if (!node) return undefined;
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const relationships: EntityRelationship[] = [];
  for (const e of dataset.edges) {
    if (e.source === id) relationships.push({ type: e.type, direction: "out", other: e.target, properties: e.properties });
    else if (e.target === id) relationships.push({ type: e.type, direction: "in", other: e.source, properties: e.properties });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  relationships.sort((a, b) => cmp(a.type, b.type) || cmp(a.direction, b.direction) || cmp(a.other, b.other));
  const neighbours = [...new Set(relationships.map((r) => r.other))].sort(cmp).map((other) => {
    const n = byId.get(other) as GraphNode;
    return { id: n.id, label: n.label, name: n.properties.name };
  });
  return { node, relationships, neighbours };
}
