import { z } from "zod";
import { count, defineAnalysis, entityParam, ids, limitParam } from "../contract.ts";
import { byCodePoint, stateIscms } from "../memory/membership.ts";

/** Other States ranked by the number of ISCMs they share with `state` as members. */
export const statePartners = defineAnalysis({
  name: "state-partners",
  params: [entityParam("state", ["State"], true, "a State"), limitParam()],
  columns: { state: z.string(), name: z.string(), shared: count, iscms: ids },
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
