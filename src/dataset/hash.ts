/**
 * A content hash of a graph, independent of where it was read from: both stores hash what they
 * hold the same way, so equal hashes mean the Neo4j database holds exactly the seed.
 */
import { createHash } from "node:crypto";
import type { Dataset } from "../model/graph.ts";

/** JSON with object keys sorted: equal values, equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Nodes and edges sorted by id/key (code point order), keys sorted: the same graph, the same order. */
export function sortDataset(dataset: Dataset): Dataset {
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...dataset.nodes].sort((a, b) => byCodePoint(a.id, b.id)),
    edges: [...dataset.edges].sort((a, b) => byCodePoint(a.key, b.key)),
    ...(dataset.sources ? { sources: [...dataset.sources].sort((a, b) => byCodePoint(a.id, b.id)) } : {}),
  };
}

export function datasetHash(dataset: Dataset): string {
  const sorted = sortDataset(dataset);
  const hash = createHash("sha256");
  for (const n of sorted.nodes) hash.update(canonical(n)).update("\n");
  for (const e of sorted.edges) hash.update(canonical(e)).update("\n");
  // The sources are part of what a citation says: a corrected title is a new version.
  for (const s of sorted.sources ?? []) hash.update(canonical(s)).update("\n");
  return hash.digest("hex").slice(0, 16);
}
