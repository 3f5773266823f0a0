/**
 * The ISCM × ISCM overlap matrix (shared current member States, Jaccard) and its orderings:
 * by a clustering of the matrix (average-linkage on 1 − Jaccard, leaves in merge order), by name,
 * or by type. Pure functions of the dataset.
 */
import type { Dataset } from "../../model/graph.ts";
import { iscmMembers } from "./members.ts";

export interface OverlapMatrix {
  ids: string[];
  names: string[];
  types: string[];
  sizes: number[];
  shared: number[][];
  jaccard: number[][];
}

export function overlapMatrix(dataset: Dataset): OverlapMatrix {
  const iscms = dataset.nodes.filter((n) => n.label === "ISCM").sort((a, b) => (a.id < b.id ? -1 : 1));
  const labels = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  const members = new Map<string, Set<string>>(iscms.map((n) => [n.id, new Set()]));
  for (const e of dataset.edges) {
    if (e.type === "MEMBER_OF" && e.properties.until === undefined && labels.get(e.source) === "State")
      members.get(e.target)?.add(e.source);
  }
  const sets = iscms.map((n) => members.get(n.id) as Set<string>);
  const shared = sets.map((a) => sets.map((b) => [...a].filter((s) => b.has(s)).length));
  const jaccard = shared.map((row, i) =>
    row.map((n, j) => {
      const union = (sets[i]?.size ?? 0) + (sets[j]?.size ?? 0) - n;
      return union === 0 ? 0 : n / union;
    }),
  );
  return {
    ids: iscms.map((n) => n.id),
    names: iscms.map((n) => String(n.properties.acronym ?? n.properties.name)),
    types: iscms.map((n) => String(n.properties.type)),
    sizes: sets.map((s) => s.size),
    shared,
    jaccard,
  };
}

export type MatrixOrder = "cluster" | "name" | "type";

/** Indexes of the matrix rows in the chosen order. */
export function matrixOrder(m: OverlapMatrix, order: MatrixOrder): number[] {
  const idx = m.ids.map((_, i) => i);
  const byName = (a: number, b: number) => (m.names[a] as string).localeCompare(m.names[b] as string);
  if (order === "name") return idx.sort(byName);
  if (order === "type") return idx.sort((a, b) => (m.types[a] as string).localeCompare(m.types[b] as string) || byName(a, b));
  // Average linkage: repeatedly merge the two closest clusters; the leaf order keeps neighbours together.
  let clusters = idx.map((i) => [i]);
  const distance = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += 1 - (m.jaccard[i]?.[j] ?? 0);
    return sum / (a.length * b.length);
  };
  while (clusters.length > 1) {
    let best = { d: Number.POSITIVE_INFINITY, a: 0, b: 1 };
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const d = distance(clusters[a] as number[], clusters[b] as number[]);
        if (d < best.d) best = { d, a, b };
      }
    }
    const merged = [...(clusters[best.a] as number[]), ...(clusters[best.b] as number[])];
    clusters = clusters.filter((_, k) => k !== best.a && k !== best.b);
    clusters.splice(best.a, 0, merged);
  }
  return clusters[0] ?? [];
}
