import { z } from "zod";
import { count, defineAnalysis, limitParam } from "../contract.ts";
import { byCodePoint, labelOf, nodesWithLabel, PARTICIPATION_TYPES } from "../memory/membership.ts";

/** States by number of ISCMs they take part in, split by role; ended relationships excluded. */
export const mostEngagedStates = defineAnalysis({
  name: "most-engaged-states",
  params: [limitParam()],
  columns: {
    state: z.string(),
    name: z.string(),
    iscms: count,
    member: count,
    observer: count,
    chair: count,
    secretariat: count,
  },
  example: "--param limit=10",
  run(graph, params) {
    const rows = [];
    for (const state of nodesWithLabel(graph, "State")) {
      const iscms = new Set<string>();
      const counts = { MEMBER_OF: 0, OBSERVER_OF: 0, CHAIRS: 0, SECRETARIAT_OF: 0 };
      graph.forEachOutEdge(state, (_e, attrs, _s, target) => {
        if (!(PARTICIPATION_TYPES as readonly string[]).includes(attrs.type)) return;
        if (labelOf(graph, target) !== "ISCM") return;
        iscms.add(target);
        counts[attrs.type as keyof typeof counts]++;
      });
      if (iscms.size === 0) continue;
      rows.push({
        state,
        name: graph.getNodeAttribute(state, "name"),
        iscms: iscms.size,
        member: counts.MEMBER_OF,
        observer: counts.OBSERVER_OF,
        chair: counts.CHAIRS,
        secretariat: counts.SECRETARIAT_OF,
      });
    }
    rows.sort((x, y) => y.iscms - x.iscms || y.member - x.member || byCodePoint(x.state, y.state));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
