/**
 * The data package back to the graph: the inverse of package.ts's encoding, for rows as a typed
 * reader returns them (Table Schema types applied: arrays as arrays, integers as numbers, an
 * empty cell as null). The tests give it what Python's `frictionless` reads and require the
 * dataset hash of the build.
 */
import { compactProperties, type Dataset, type GraphEdge, type GraphNode } from "../model/graph.ts";
import { OPEN_END, OPEN_START } from "../model/time.ts";
import type { NodeLabel, RelationshipType } from "../model/vocabulary.ts";
import { ENTITY_TABLES, sourceColumn } from "./package.ts";
import { citedSourceId, SOURCE_LIST_KEYS, sourceFromRow } from "./sources.ts";

export type TypedRow = Record<string, unknown>;

export function datasetFromTables(tables: Record<string, TypedRow[]>): Dataset {
  const sources = (tables.sources ?? []).map(sourceFromRow);
  const known = new Set(sources.map((s) => s.id));
  const citations = (value: unknown, column: string): string[] | undefined => {
    if (value === null || value === undefined) return undefined;
    return (value as string[]).map((id) => {
      if (!known.has(citedSourceId(id))) throw new Error(`${column}: source id ${citedSourceId(id)} is not in sources.csv`);
      return id;
    });
  };
  const back = (row: TypedRow): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...row };
    for (const key of SOURCE_LIST_KEYS) {
      const column = sourceColumn(key);
      if (column in out) {
        out[key] = citations(out[column], column);
        delete out[column];
      }
    }
    return out;
  };
  const nodes: GraphNode[] = [];
  for (const [label, name] of Object.entries(ENTITY_TABLES) as [NodeLabel, string][]) {
    for (const row of tables[name] ?? []) {
      const { id, ...properties } = back(row);
      nodes.push({ id: String(id), label, properties: compactProperties(properties) as GraphNode["properties"] });
    }
  }
  const edges: GraphEdge[] = (tables.relationships ?? []).map((row) => {
    const { key, type, from, to, heldFrom, heldTo, ...rest } = back(row);
    return {
      key: String(key),
      type: type as RelationshipType,
      source: String(from),
      target: String(to),
      properties: compactProperties({
        ...rest,
        heldFrom: heldFrom ?? OPEN_START,
        heldTo: heldTo ?? OPEN_END,
      }) as GraphEdge["properties"],
    };
  });
  return { nodes, edges, ...(tables.sources ? { sources } : {}) };
}
