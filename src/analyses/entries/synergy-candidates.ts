import { z } from "zod";
import type { AtlasGraph } from "../../dataset/graph.ts";
import { activeOn } from "../../model/time.ts";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, ids, limitParam, ratio, shareLabel } from "../contract.ts";
import { byCodePoint, iscmMemberSets, perGraph, sharedMemberPairs } from "../memory/membership.ts";

interface Themes {
  /** Sorted by code point, so a pair's shared themes come out sorted. */
  list: string[];
  set: Set<string>;
}

/** Every ISCM's themes, read once per graph (not once per pair). */
const themesByIscm = perGraph((graph: AtlasGraph): Map<string, Themes> => {
  const sets = new Map<string, Set<string>>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.type !== "FOCUSES_ON") return;
    if (!sets.has(source)) sets.set(source, new Set());
    sets.get(source)?.add(target);
  });
  return new Map([...sets].map(([id, set]) => [id, { list: [...set].sort(byCodePoint), set }]));
});

/** Pairs (either order) linked by COOPERATES_WITH or SUCCEEDS, read once per graph. */
const relatedPairs = perGraph((graph: AtlasGraph): Set<string> => {
  const out = new Set<string>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.type !== "COOPERATES_WITH" && attrs.type !== "SUCCEEDS") return;
    out.add(`${source}\u0000${target}`).add(`${target}\u0000${source}`);
  });
  return out;
});

/** The ISCMs active on the day (model/time.ts `activeOn`: not before creation, merged, ended or dormant). */
const activeIscms = (graph: AtlasGraph, day: string) =>
  new Set(
    graph.filterNodes((_id, attrs) => attrs.label === "ISCM" && activeOn(attrs as { inactiveFrom?: unknown; inactiveTo?: unknown }, day)),
  );

const NO_THEMES: Themes = { list: [], set: new Set() };

/**
 * Active ISCM pairs sharing members and themes with no COOPERATES_WITH (or SUCCEEDS) link.
 * score = (member Jaccard + theme Jaccard) / 2 — see cypher/queries/synergy-candidates.cypher.
 */
export const synergyCandidates = defineAnalysis({
  name: "synergy-candidates",
  title: "Mechanisms that could work together",
  summary:
    "Pairs of mechanisms active on the day (not yet created, merged, ended or dormant ones are left out) that have member States and themes in common but no recorded cooperation (a mechanism that replaced another does not count as its partner). The score is the mean of two shares: the shared members as a share of all their members, and the shared themes as a share of all their themes. Each row lists what the pair shares.",
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
  labels: {
    a: entityLabel("Mechanism"),
    b: entityLabel("Other mechanism"),
    score: shareLabel("Score: mean of the two shares"),
    memberJaccard: shareLabel("Shared members, as a share of all their members"),
    themeJaccard: shareLabel("Shared themes, as a share of all their themes"),
    sharedMemberCount: countLabel("Shared members", "States"),
    sharedThemeCount: countLabel("Shared themes", "themes"),
    sharedMembers: entitiesLabel("Those States"),
    sharedThemes: entitiesLabel("Those themes"),
  },
  example: "--param limit=10",
  run(graph, params, day) {
    const sizes = iscmMemberSets(graph);
    const themes = themesByIscm(graph);
    const related = relatedPairs(graph);
    const active = activeIscms(graph, day);
    const rows = [];
    for (const { a, b, states } of sharedMemberPairs(graph).values()) {
      if (!active.has(a) || !active.has(b) || related.has(`${a}\u0000${b}`)) continue;
      const themesA = themes.get(a) ?? NO_THEMES;
      const themesB = themes.get(b) ?? NO_THEMES;
      const sharedThemes = themesA.list.filter((t) => themesB.set.has(t));
      if (sharedThemes.length === 0) continue;
      const sizeA = sizes.get(a)?.length ?? 0;
      const sizeB = sizes.get(b)?.length ?? 0;
      const memberJaccard = states.length / (sizeA + sizeB - states.length);
      const themeJaccard = sharedThemes.length / (themesA.list.length + themesB.list.length - sharedThemes.length);
      rows.push({
        a,
        b,
        score: (memberJaccard + themeJaccard) / 2,
        memberJaccard,
        themeJaccard,
        sharedMemberCount: states.length,
        sharedThemeCount: sharedThemes.length,
        sharedMembers: [...states],
        sharedThemes,
      });
    }
    rows.sort((x, y) => y.score - x.score || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
