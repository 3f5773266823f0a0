import { z } from "zod";
import type { AtlasGraph } from "../../dataset/graph.ts";
import { count, defineAnalysis, ids, limitParam, ratio } from "../contract.ts";
import { byCodePoint, iscmMemberSets, sharedMemberPairs } from "../memory/membership.ts";

function themesOf(graph: AtlasGraph, iscm: string): Set<string> {
  const out = new Set<string>();
  graph.forEachOutEdge(iscm, (_e, attrs, _s, target) => {
    if (attrs.type === "FOCUSES_ON") out.add(target);
  });
  return out;
}

function related(graph: AtlasGraph, a: string, b: string): boolean {
  const linked = (x: string, y: string) =>
    graph.edges(x, y).some((e) => ["COOPERATES_WITH", "SUCCEEDS"].includes(graph.getEdgeAttribute(e, "type")));
  return linked(a, b) || linked(b, a);
}

/**
 * Active ISCM pairs sharing members and themes with no COOPERATES_WITH (or SUCCEEDS) link.
 * score = (member Jaccard + theme Jaccard) / 2 — see cypher/queries/synergy-candidates.cypher.
 */
export const synergyCandidates = defineAnalysis({
  name: "synergy-candidates",
  params: [limitParam()],
  columns: {
    a: z.string(),
    b: z.string(),
    score: ratio,
    memberJaccard: ratio,
    themeJaccard: ratio,
    sharedMemberCount: count,
    sharedThemeCount: count,
    sharedMembers: ids,
    sharedThemes: ids,
  },
  example: "--param limit=10",
  run(graph, params) {
    const sizes = iscmMemberSets(graph);
    const active = (id: string) => graph.getNodeAttribute(id, "status") === "active";
    const rows = [];
    for (const { a, b, states } of sharedMemberPairs(graph).values()) {
      if (!active(a) || !active(b) || related(graph, a, b)) continue;
      const themesA = themesOf(graph, a);
      const themesB = themesOf(graph, b);
      const sharedThemes = [...themesA].filter((t) => themesB.has(t)).sort(byCodePoint);
      if (sharedThemes.length === 0) continue;
      const sizeA = sizes.get(a)?.length ?? 0;
      const sizeB = sizes.get(b)?.length ?? 0;
      const memberJaccard = states.length / (sizeA + sizeB - states.length);
      const themeJaccard = sharedThemes.length / (themesA.size + themesB.size - sharedThemes.length);
      rows.push({
        a,
        b,
        score: (memberJaccard + themeJaccard) / 2,
        memberJaccard,
        themeJaccard,
        sharedMemberCount: states.length,
        sharedThemeCount: sharedThemes.length,
        sharedMembers: states,
        sharedThemes,
      });
    }
    rows.sort((x, y) => y.score - x.score || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
