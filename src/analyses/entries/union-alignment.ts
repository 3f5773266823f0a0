import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, entityParam, ids } from "../contract.ts";
import { byCodePoint, labelOf, memberStates } from "../memory/membership.ts";

/** An ISCM's members against each regional union it is associated with. */
export const unionAlignment = defineAnalysis({
  name: "union-alignment",
  title: "A mechanism against its regional unions",
  summary:
    "A mechanism's member States compared, as of a date, with each regional union it is associated with: its members inside the union, its members outside it, and the union's members that are not in the mechanism. (The United Kingdom counts inside the European Union in 2019, not later.)",
  params: [entityParam("iscm", ["ISCM"], true, "an ISCM")],
  columns: {
    union: z.string(),
    name: z.string(),
    sources: ids,
    insideCount: count,
    outsideCount: count,
    missingCount: count,
    inside: ids,
    outside: ids,
    missing: ids,
  },
  labels: {
    union: entityLabel("Regional union"),
    name: { label: "Name" },
    sources: { label: "Sources" },
    insideCount: countLabel("Members inside the union", "States"),
    outsideCount: countLabel("Members outside the union", "States"),
    missingCount: countLabel("Union members not in the mechanism", "States"),
    inside: entitiesLabel("Inside"),
    outside: entitiesLabel("Outside"),
    missing: entitiesLabel("Missing"),
  },
  example: "--param iscm=MiD-IGAD",
  run(graph, params) {
    const iscmMembers = memberStates(graph, params.iscm);
    const rows = [];
    for (const edge of graph.outEdges(params.iscm)) {
      const attrs = graph.getEdgeAttributes(edge);
      const union = graph.target(edge);
      if (attrs.type !== "ASSOCIATED_WITH" || labelOf(graph, union) !== "RegionalUnion") continue;
      const unionMembers = memberStates(graph, union);
      const inUnion = new Set(unionMembers);
      const inIscm = new Set(iscmMembers);
      const inside = iscmMembers.filter((s) => inUnion.has(s));
      const outside = iscmMembers.filter((s) => !inUnion.has(s));
      const missing = unionMembers.filter((s) => !inIscm.has(s));
      rows.push({
        union,
        name: graph.getNodeAttribute(union, "name"),
        sources: attrs.sources,
        insideCount: inside.length,
        outsideCount: outside.length,
        missingCount: missing.length,
        inside,
        outside,
        missing,
      });
    }
    return rows.sort((x, y) => byCodePoint(x.union, y.union));
  },
});
