import { z } from "zod";
import { count, defineAnalysis, entityParam, ids, ratio } from "../contract.ts";
import { memberStates } from "../memory/membership.ts";

/** Shared and exclusive member States of two or three ISCMs, Jaccard and overlap coefficient. */
export const iscmOverlap = defineAnalysis({
  name: "iscm-overlap",
  params: [
    entityParam("a", ["ISCM"], true, "an ISCM (id, name, acronym or alias)"),
    entityParam("b", ["ISCM"], true, "another ISCM"),
    entityParam("c", ["ISCM"], false, "optional third ISCM"),
  ],
  columns: {
    a: z.string(),
    b: z.string(),
    c: z.string().nullable(),
    memberCounts: z.array(count),
    sharedCount: count,
    shared: ids,
    onlyA: ids,
    onlyB: ids,
    onlyC: ids.nullable(),
    jaccard: ratio,
    overlapCoefficient: ratio,
    /** Each ISCM's member States, in the order of a, b, c: the map's categories come from these. */
    members: z.array(ids),
  },
  example: '--param a="Prague Process" --param b="EaP Panel"',
  run(graph, params) {
    const ids = [params.a, params.b, params.c].filter((x): x is string => x !== null);
    const sets = ids.map((id) => memberStates(graph, id));
    const lookups = sets.map((s) => new Set(s));
    const shared = (sets[0] as string[]).filter((x) => lookups.every((l) => l.has(x)));
    const everyone = new Set(sets.flat());
    const smallest = Math.min(...sets.map((s) => s.length));
    const only = sets.map((s, k) => s.filter((x) => lookups.every((l, j) => j === k || !l.has(x))));
    return [
      {
        a: params.a,
        b: params.b,
        c: params.c,
        memberCounts: sets.map((s) => s.length),
        sharedCount: shared.length,
        shared,
        onlyA: only[0] ?? [],
        onlyB: only[1] ?? [],
        onlyC: only[2] ?? null,
        jaccard: everyone.size === 0 ? 0 : shared.length / everyone.size,
        overlapCoefficient: smallest === 0 ? 0 : shared.length / smallest,
        members: sets,
      },
    ];
  },
});
