import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, ids, limitParam } from "../contract.ts";
import { byCodePoint, sharedMemberPairs } from "../memory/membership.ts";

/** ISCM pairs sharing member States within one UN subregion, most shared first. */
export const geographicOverlap = defineAnalysis({
  name: "geographic-overlap",
  title: "Mechanisms that overlap in one region",
  summary:
    "Pairs of mechanisms that have member States in common within one UN subregion (for instance Eastern Europe or Eastern Africa), with the States they share there, the pairs sharing the most first. It shows where two processes bring the same governments to the table.",
  params: [
    { name: "subregion", kind: "subregion", required: false, description: 'one UN subregion, e.g. "Eastern Africa" (default: all)' },
    limitParam(),
  ],
  columns: { a: z.string(), b: z.string(), subregion: z.string(), sharedStates: count, states: ids },
  labels: {
    a: entityLabel("Mechanism"),
    b: entityLabel("Other mechanism"),
    subregion: { label: "UN subregion" },
    sharedStates: countLabel("Shared members in the subregion", "States"),
    states: entitiesLabel("Those States"),
  },
  example: '--param subregion="Eastern Europe"',
  run(graph, params) {
    const subregionOf = (state: string) => graph.getNodeAttribute(state, "subregion") as string | undefined;
    const pairs = sharedMemberPairs(
      graph,
      (s) => subregionOf(s) !== undefined && (params.subregion === null || subregionOf(s) === params.subregion),
    );
    const rows = [];
    for (const { a, b, states } of pairs.values()) {
      const bySubregion = new Map<string, string[]>();
      for (const s of states) {
        const sub = subregionOf(s) as string;
        bySubregion.set(sub, [...(bySubregion.get(sub) ?? []), s]);
      }
      for (const [subregion, list] of bySubregion) rows.push({ a, b, subregion, sharedStates: list.length, states: list });
    }
    rows.sort(
      (x, y) => y.sharedStates - x.sharedStates || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b) || byCodePoint(x.subregion, y.subregion),
    );
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
