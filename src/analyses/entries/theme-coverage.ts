import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, entityParam, ids } from "../contract.ts";
import { byCodePoint, memberStates, nodesWithLabel } from "../memory/membership.ts";

/** Per theme: the ISCMs working on it and the distinct member States they reach. */
export const themeCoverage = defineAnalysis({
  name: "theme-coverage",
  title: "Who works on which theme",
  summary:
    "For each theme of the Annex 10 list of thematic areas (or one of them), the mechanisms that work on it and how many different member States those mechanisms reach as of a date.",
  params: [entityParam("theme", ["Theme"], false, "one Annex 10 theme (default: all)")],
  columns: { theme: z.string(), name: z.string(), iscmCount: count, statesReached: count, iscms: ids },
  labels: {
    theme: entityLabel("Theme"),
    name: { label: "Name" },
    iscmCount: countLabel("Mechanisms working on it", "mechanisms"),
    statesReached: countLabel("Member States they reach", "States"),
    iscms: entitiesLabel("Those mechanisms"),
  },
  example: '--param theme="Labour migration"',
  run(graph, params) {
    const themes = params.theme === null ? nodesWithLabel(graph, "Theme") : [params.theme];
    const rows = themes.map((theme) => {
      const iscms = graph
        .inEdges(theme)
        .filter((e) => graph.getEdgeAttribute(e, "type") === "FOCUSES_ON")
        .map((e) => graph.source(e))
        .sort(byCodePoint);
      const reached = new Set(iscms.flatMap((i) => memberStates(graph, i)));
      return { theme, name: graph.getNodeAttribute(theme, "name"), iscmCount: iscms.length, statesReached: reached.size, iscms };
    });
    rows.sort((x, y) => y.iscmCount - x.iscmCount || byCodePoint(x.theme, y.theme));
    return rows;
  },
});
