import type { AtlasGraph } from "../../dataset/graph.ts";
import { byCodePoint, iscmMemberSets, sharedMemberPairs } from "./membership.ts";

/** Every ISCM pair sharing at least `min` member States, most shared first. */
export function overlapMatrix(graph: AtlasGraph, params: { min: number | null }) {
  const min = params.min ?? 1;
  const sizes = iscmMemberSets(graph);
  const rows = [];
  for (const { a, b, states } of sharedMemberPairs(graph).values()) {
    if (states.length < min) continue;
    const sizeA = sizes.get(a)?.length ?? 0;
    const sizeB = sizes.get(b)?.length ?? 0;
    const shared = states.length;
    rows.push({
      a,
      b,
      shared,
      sizeA,
      sizeB,
      jaccard: shared / (sizeA + sizeB - shared),
      overlapCoefficient: shared / Math.min(sizeA, sizeB),
    });
  }
  rows.sort((x, y) => y.shared - x.shared || y.jaccard - x.jaccard || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b));
  return rows;
}
