import { z } from "zod";
import type { AtlasGraph } from "../../dataset/graph.ts";
import { ENGAGEMENT_TYPES } from "../../model/vocabulary.ts";
import { defineAnalysis, entityLabel, entityParam, roleColumn } from "../contract.ts";
import { byCodePoint, labelOf } from "../memory/membership.ts";

type Role = z.infer<typeof roleColumn>;

function rolesByIscm(graph: AtlasGraph, state: string): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  graph.forEachOutEdge(state, (_e, attrs, _s, target) => {
    if (!(ENGAGEMENT_TYPES as readonly string[]).includes(attrs.type) || labelOf(graph, target) !== "ISCM") return;
    const roles = out.get(target) ?? [];
    roles.push({ type: attrs.type, sources: attrs.sources, asOf: attrs.asOf, basis: attrs.basis });
    out.set(target, roles);
  });
  for (const roles of out.values()) roles.sort((x, y) => byCodePoint(x.type, y.type));
  return out;
}

/** The ISCMs in which both States take part, with each one's roles and their sources. */
export const sharedIscms = defineAnalysis({
  name: "shared-iscms",
  title: "Where two States meet",
  summary:
    "The mechanisms in which two States both take part as of a date, with each State's role there (member, observer, chair, secretariat), and the sources and date of each role.",
  params: [entityParam("a", ["State"], true, "a State (id, name or alias)"), entityParam("b", ["State"], true, "another State")],
  columns: { iscm: z.string(), name: z.string(), rolesA: z.array(roleColumn), rolesB: z.array(roleColumn) },
  labels: {
    iscm: entityLabel("Mechanism"),
    name: { label: "Name" },
    rolesA: { label: "Role of the first State", kind: "roles" },
    rolesB: { label: "Role of the second State", kind: "roles" },
  },
  example: "--param a=Armenia --param b=Azerbaijan",
  run(graph, params) {
    const rolesA = rolesByIscm(graph, params.a);
    const rolesB = rolesByIscm(graph, params.b);
    return [...rolesA.keys()]
      .filter((iscm) => rolesB.has(iscm))
      .sort(byCodePoint)
      .map((iscm) => ({
        iscm,
        name: graph.getNodeAttribute(iscm, "name"),
        rolesA: rolesA.get(iscm) ?? [],
        rolesB: rolesB.get(iscm) ?? [],
      }));
  },
});
