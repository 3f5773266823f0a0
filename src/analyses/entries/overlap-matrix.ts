import { z } from "zod";
import { count, countLabel, defineAnalysis, entityLabel, ratio, shareLabel } from "../contract.ts";
import { byCodePoint, iscmMemberSets, sharedMemberPairs } from "../memory/membership.ts";

/** Every ISCM pair sharing at least `min` member States, most shared first. */
export const overlapMatrix = defineAnalysis({
  name: "overlap-matrix",
  title: "Every pair of mechanisms with members in common",
  summary:
    "Every pair of mechanisms that share at least a given number of member States as of a date: how many they share, how many members each has, and the shared States as a share of all their members and of the smaller one's members. The pairs sharing the most come first.",
  params: [
    { name: "min", kind: "integer", min: 1, max: 10_000, required: false, description: "smallest shared count to list (default 1)" },
  ],
  columns: { a: z.string(), b: z.string(), shared: count, sizeA: count, sizeB: count, jaccard: ratio, overlapCoefficient: ratio },
  labels: {
    a: entityLabel("Mechanism"),
    b: entityLabel("Other mechanism"),
    shared: countLabel("Shared members", "States"),
    sizeA: countLabel("Members of the first", "States"),
    sizeB: countLabel("Members of the second", "States"),
    jaccard: shareLabel("Shared, as a share of all their members"),
    overlapCoefficient: shareLabel("Shared, as a share of the smaller one's members"),
  },
  example: "--param min=5",
  run(graph, params) {
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
  },
});
