/** The /profiles index: every ISCM by type, every State, union and organization. */
import type { Dataset, GraphNode } from "../../model/graph.ts";
import { citationText, SOURCE_KINDS } from "../../model/source.ts";
import type { Content, ProfileDocument, Section } from "../document.ts";

import { byId, entityLink, nameOf } from "./shared.ts";

/** The index: every ISCM by type and region covered, every State, every union and organization. */
export function indexDocument(dataset: Dataset, day: string, asked: string | null): ProfileDocument {
  const nodes = byId(dataset);
  const link = (n: GraphNode) => entityLink(nodes, n.id, asked);
  const byLabel = (label: string) =>
    dataset.nodes.filter((n) => n.label === label).sort((x, y) => nameOf(x, x.id).localeCompare(nameOf(y, y.id)));
  const sections: Section[] = [];
  for (const type of ["RCP", "IRF", "Global"]) {
    const iscms = byLabel("ISCM").filter((n) => n.properties.type === type);
    sections.push({
      heading: `${type === "RCP" ? "Regional consultative processes (RCP)" : type === "IRF" ? "Interregional forums (IRF)" : "Global processes"} (${iscms.length})`,
      blocks: [
        {
          kind: "table",
          id: `iscms-${type.toLowerCase()}`,
          caption: `${type} ISCMs and the regions they cover (Annex 2)`,
          columns: ["ISCM", "Regions covered", "Status (June 2019)"],
          rows: iscms.map((n): Content[] => [
            [link(n)],
            [Array.isArray(n.properties.regionsCovered) ? n.properties.regionsCovered.join(", ") : "—"],
            [String(n.properties.status ?? "—")],
          ]),
        },
      ],
    });
  }
  const states = byLabel("State");
  const regions = [...new Set(states.map((s) => String(s.properties.region ?? "Other")))].sort();
  for (const region of regions) {
    const list = states.filter((s) => String(s.properties.region ?? "Other") === region);
    sections.push({ heading: `States: ${region} (${list.length})`, blocks: [{ kind: "list", items: list.map((s) => [link(s)]) }] });
  }
  for (const [label, title] of [
    ["RegionalUnion", "Regional unions"],
    ["Organization", "Organizations"],
  ] as const) {
    const list = byLabel(label);
    sections.push({ heading: `${title} (${list.length})`, blocks: [{ kind: "list", items: list.map((n) => [link(n)]) }] });
  }
  // Every source, by kind: each page lists the facts it supports.
  for (const kind of SOURCE_KINDS) {
    const list = (dataset.sources ?? []).filter((s) => s.kind === kind);
    if (list.length === 0) continue;
    sections.push({
      heading: `Sources: ${kind} (${list.length})`,
      blocks: [{ kind: "list", items: list.map((s): Content => [{ text: citationText(s), href: `/source/${encodeURIComponent(s.id)}` }]) }],
    });
  }
  return {
    path: "/profiles",
    title: "ISCM Atlas: every ISCM, State, union and organization",
    description:
      "An index of the ISCM Atlas profiles: every inter-State consultation mechanism on migration by type and region, every State, union and organization.",
    kind: "Index",
    asOf: day,
    explorerHref: "/",
    sections,
    footnotes: [],
  };
}
