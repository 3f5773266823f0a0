/**
 * The ISCM × ISCM overlap matrix, laid out from the `overlap-matrix` analysis's answer (the API's,
 * so Neo4j mode shows Neo4j's figures; nothing is recomputed here), and its orderings: by a
 * clustering of the matrix (average-linkage on 1 − Jaccard, leaves in merge order), by name, or by
 * type. Pure functions.
 */
import type { RowOf } from "../../analyses/registry.ts";
import type { Dataset } from "../../model/graph.ts";
import { shortNameOf } from "../../model/names.ts";
import type { MatrixOrder } from "./view.ts";

export type { MatrixOrder };

/** One row of the `overlap-matrix` analysis. */
/** One row of overlap-matrix, as its entry declares it. */
export type OverlapPair = RowOf<"overlap-matrix">;

export interface OverlapMatrix {
  ids: string[];
  names: string[];
  types: string[];
  /** Member States per ISCM, as the analysis counted them; null where it names no pair with it. */
  sizes: (number | null)[];
  shared: number[][];
  jaccard: number[][];
}

/** Every ISCM of the dataset, in id order, with the pairs of the analysis filled in (0 elsewhere). */
export function matrixFromPairs(dataset: Dataset, pairs: readonly OverlapPair[]): OverlapMatrix {
  const iscms = dataset.nodes.filter((n) => n.label === "ISCM").sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(iscms.map((n, i) => [n.id, i]));
  const shared = iscms.map(() => iscms.map(() => 0));
  const jaccard = iscms.map(() => iscms.map(() => 0));
  const sizes: (number | null)[] = iscms.map(() => null);
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined) continue;
    (shared[i] as number[])[j] = p.shared;
    (shared[j] as number[])[i] = p.shared;
    (jaccard[i] as number[])[j] = p.jaccard;
    (jaccard[j] as number[])[i] = p.jaccard;
    sizes[i] = p.sizeA;
    sizes[j] = p.sizeB;
  }
  return {
    ids: iscms.map((n) => n.id),
    names: iscms.map((n) => shortNameOf(n.properties, n.id)),
    types: iscms.map((n) => String(n.properties.type)),
    sizes,
    shared,
    jaccard,
  };
}

/** The ISCMs overlapping one ISCM, by Jaccard then shared count: that ISCM's row of the analysis. */
export function overlapsOf(pairs: readonly OverlapPair[], iscm: string, limit = 8): { id: string; shared: number; jaccard: number }[] {
  return pairs
    .filter((p) => p.a === iscm || p.b === iscm)
    .map((p) => ({ id: p.a === iscm ? p.b : p.a, shared: p.shared, jaccard: p.jaccard }))
    .sort((x, y) => y.jaccard - x.jaccard || y.shared - x.shared || (x.id < y.id ? -1 : 1))
    .slice(0, limit);
}

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
