import { z } from "zod";
import { type EngagementRole, RELATIONSHIPS, type RelationshipType } from "../../model/vocabulary.ts";
import { count, countLabel, defineAnalysis, entityLabel, limitParam } from "../contract.ts";
import { byCodePoint, labelOf, nodesWithLabel } from "../memory/membership.ts";

/** States by number of ISCMs they take part in, split by role; ended relationships excluded. */
export const mostEngagedStates = defineAnalysis({
  name: "most-engaged-states",
  title: "States in the most mechanisms",
  summary:
    "States ranked by how many mechanisms they take part in as of a date, with how many as member, as observer, as chair and as secretariat. Relationships that have ended by then do not count.",
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
  labels: {
    state: entityLabel("State"),
    name: { label: "Name" },
    iscms: countLabel("Mechanisms taken part in", "mechanisms"),
    member: countLabel("As member", "mechanisms"),
    observer: countLabel("As observer", "mechanisms"),
    chair: countLabel("As chair", "mechanisms"),
    secretariat: countLabel("As secretariat", "mechanisms"),
  },
  example: "--param limit=10",
  run(graph, params) {
    const rows = [];
    for (const state of nodesWithLabel(graph, "State")) {
      const iscms = new Set<string>();
      const counts: Record<EngagementRole, number> = { member: 0, observer: 0, chair: 0, secretariat: 0 };
      graph.forEachOutEdge(state, (_e, attrs, _s, target) => {
        // What the relationship counts as: model/vocabulary.ts, the one table.
        const role = RELATIONSHIPS[attrs.type as RelationshipType]?.engagement;
        if (!role || labelOf(graph, target) !== "ISCM") return;
        iscms.add(target);
        counts[role]++;
      });
      if (iscms.size === 0) continue;
      rows.push({
        state,
        name: graph.getNodeAttribute(state, "name"),
        iscms: iscms.size,
        member: counts.member,
        observer: counts.observer,
        chair: counts.chair,
        secretariat: counts.secretariat,
      });
    }
    rows.sort((x, y) => y.iscms - x.iscms || y.member - x.member || byCodePoint(x.state, y.state));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
