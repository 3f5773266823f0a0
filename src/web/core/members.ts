/** ISCM → its current member States, as the analyses count them (for the co-membership projection, which no analysis serves). */
import type { Dataset } from "../../model/graph.ts";
import { isCurrentMembership } from "../../model/membership.ts";

export function iscmMembers(dataset: Dataset): Map<string, Set<string>> {
  const labels = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  const members = new Map<string, Set<string>>(dataset.nodes.filter((n) => n.label === "ISCM").map((n) => [n.id, new Set()]));
  for (const e of dataset.edges) {
    if (isCurrentMembership(e.type, e.properties) && labels.get(e.source) === "State") members.get(e.target)?.add(e.source);
  }
  return members;
}
