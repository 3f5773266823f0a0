import { z } from "zod";
import { count, countLabel, defineAnalysis, entityLabel, ids } from "../contract.ts";
import { byCodePoint } from "../memory/membership.ts";

/** Organizations and States serving as secretariat of ISCMs, by number of ISCMs, with roles. */
export const secretariatHubs = defineAnalysis({
  name: "secretariat-hubs",
  title: "Who runs the secretariats",
  summary:
    "Organizations and States that act as secretariat of mechanisms as of a date, ranked by how many they serve, with the role for each (secretariat, co-secretariat, technical secretariat…) and its sources.",
  params: [],
  columns: {
    id: z.string(),
    label: z.string(),
    name: z.string(),
    iscms: count,
    serves: z.array(z.object({ iscm: z.string(), role: z.string(), sources: ids, asOf: z.string(), basis: z.string() })),
  },
  labels: {
    id: entityLabel("Secretariat"),
    label: { label: "Kind of entity" },
    name: { label: "Name" },
    iscms: countLabel("Mechanisms served", "mechanisms"),
    serves: { label: "Serves (role)", kind: "roles" },
  },
  example: "",
  run(graph) {
    const byServer = new Map<string, { iscm: string; role: string; sources: string[]; asOf: string; basis: string }[]>();
    graph.forEachEdge((_e, attrs, source, target) => {
      if (attrs.type !== "SECRETARIAT_OF") return;
      const role = typeof attrs.role === "string" ? attrs.role : "secretariat";
      byServer.set(source, [
        ...(byServer.get(source) ?? []),
        { iscm: target, role, sources: attrs.sources, asOf: attrs.asOf, basis: attrs.basis },
      ]);
    });
    const rows = [...byServer].map(([id, serves]) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      name: graph.getNodeAttribute(id, "name"),
      iscms: serves.length,
      serves: serves.sort((x, y) => byCodePoint(x.iscm, y.iscm)),
    }));
    rows.sort((x, y) => y.iscms - x.iscms || byCodePoint(x.id, y.id));
    return rows;
  },
});
