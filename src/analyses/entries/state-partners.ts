import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityLabel, entityParam, ids, limitParam } from "../contract.ts";
import { byCodePoint, stateIscms } from "../memory/membership.ts";

/** Other States ranked by the number of ISCMs they share with `state` as members. */
export const statePartners = defineAnalysis({
  name: "state-partners",
  title: "A State's partners",
  summary:
    "The other States that sit with a given State in the same mechanisms as members as of a date (suspended members do not count), ranked by how many mechanisms they share, with those mechanisms.",
  params: [entityParam("state", ["State"], true, "a State"), limitParam()],
  columns: { state: z.string(), name: z.string(), shared: count, iscms: ids },
  labels: {
    state: entityLabel("Partner State"),
    name: { label: "Name" },
    shared: countLabel("Mechanisms in common", "mechanisms"),
    iscms: entitiesLabel("Those mechanisms"),
  },
  example: "--param state=Moldova --param limit=10",
  run(graph, params) {
    const memberships = stateIscms(graph);
    const mine = new Set(memberships.get(params.state) ?? []);
    const rows = [];
    for (const [other, iscms] of memberships) {
      if (other === params.state) continue;
      const shared = iscms.filter((i) => mine.has(i));
      if (shared.length > 0) rows.push({ state: other, name: graph.getNodeAttribute(other, "name"), shared: shared.length, iscms: shared });
    }
    rows.sort((x, y) => y.shared - x.shared || byCodePoint(x.state, y.state));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
