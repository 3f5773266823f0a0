import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, entityParam, ids, ratio, shareLabel } from "../contract.ts";
import { memberStates } from "../memory/membership.ts";

/** Shared and exclusive member States of two or three ISCMs, Jaccard and overlap coefficient. */
export const iscmOverlap = defineAnalysis({
  name: "iscm-overlap",
  title: "How two or three mechanisms overlap",
  summary:
    "The member States that two (or three) mechanisms have in common and those only in each, as of a date. Two measures sum it up: the States in all of them as a share of all States in any of them, and as a share of the smaller one's members (all of it when the smaller lies wholly inside the larger). Suspended members do not count.",
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
  labels: {
    a: entityLabel("First mechanism"),
    b: entityLabel("Second mechanism"),
    c: entityLabel("Third mechanism"),
    memberCounts: countLabel("Members of each", "States"),
    sharedCount: countLabel("Members of all", "States"),
    shared: entitiesLabel("States in all"),
    onlyA: entitiesLabel("Only in the first"),
    onlyB: entitiesLabel("Only in the second"),
    onlyC: entitiesLabel("Only in the third"),
    jaccard: shareLabel("Shared, as a share of all their members"),
    overlapCoefficient: shareLabel("Shared, as a share of the smaller one's members"),
    members: entitiesLabel("Members of each (lists)"),
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
