/**
 * ISCM → its member States, as the analyses count them (for the co-membership projection and the
 * map, which no analysis serves). Takes the dataset as of a day (time.ts `datasetAsOf`): every
 * MEMBER_OF left in it counts then.
 */
import type { Dataset } from "../../model/graph.ts";
import { isStateMembership, type NodeLabel } from "../../model/vocabulary.ts";

export function iscmMembers(dataset: Dataset): Map<string, Set<string>> {
  const labels = new Map<string, NodeLabel>(dataset.nodes.map((n) => [n.id, n.label]));
  const members = new Map<string, Set<string>>(dataset.nodes.filter((n) => n.label === "ISCM").map((n) => [n.id, new Set()]));
  for (const e of dataset.edges) {
    if (isStateMembership(e.type, labels.get(e.source))) members.get(e.target)?.add(e.source);
  }
  return members;
}
