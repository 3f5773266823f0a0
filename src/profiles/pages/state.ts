/** A State's page: its ISCMs by role, its unions, its top partner States and its engagement rank. */
import { rowsOf } from "../../analyses/run.ts";
import type { GraphNode } from "../../model/graph.ts";
import { type Content, type Fact, Notes, type ProfileDocument, type Section } from "../document.ts";

import { PAGE_TEXT } from "../i18n.ts";
import {
  byId,
  type Context,
  entityLink,
  explorerHref,
  nameOf,
  notInForce,
  relationshipSections,
  relationshipsOf,
  shortName,
  wikidataFacts,
} from "./shared.ts";

/** A State: its ISCMs by role, its unions, its top partner States and its engagement rank. */
export async function stateProfile(ctx: Context, node: GraphNode): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources, ctx.lang);
  const { held, past } = relationshipsOf(dataset, node.id, day);
  const engaged = await rowsOf(ctx.store, "most-engaged-states", { asOf: day });
  const index = engaged.findIndex((r) => r.state === node.id);
  const mine = engaged[index];
  // Rank as in the analysis's order; States with the same count share the first rank of their group.
  const rank = mine ? engaged.findIndex((r) => r.iscms === mine.iscms) + 1 : null;
  const partners = await rowsOf(ctx.store, "state-partners", { state: node.id, limit: "10", asOf: day });
  const p = node.properties;
  const facts: Fact[] = [
    { term: "Region", value: [`${String(p.region ?? "—")}${p.subregion ? ` (${String(p.subregion)})` : ""}`] },
    {
      term: "Engagement",
      value: [
        mine
          ? `takes part in ${mine.iscms} ISCMs (${mine.member} as member); rank ${rank} of ${engaged.length} States on ${day} (most-engaged-states)`
          : `takes part in no ISCM on ${day}`,
      ],
    },
    ...wikidataFacts(notes, p),
  ];
  const sections: Section[] = [
    { heading: "At a glance", blocks: [{ kind: "facts", facts }] },
    ...relationshipSections(ctx, notes, nodes, node.id, held),
    {
      heading: "Top partner States (shared ISCMs, as members)",
      blocks: [
        {
          kind: "table",
          id: "partners",
          caption: PAGE_TEXT[ctx.lang].tenStates(day),
          columns: ["State", "Shared ISCMs", "ISCMs"],
          rows: partners.map((r): Content[] => [
            [entityLink(nodes, r.state, asked)],
            [String(r.shared)],
            [r.iscms.map((i) => shortName(nodes.get(i), i)).join(", ")],
          ]),
        },
      ],
    },
  ];
  if (past.length) sections.push(notInForce(ctx, notes, nodes, node.id, past));
  return {
    path: `/state/${node.id}`,
    title: nameOf(node, node.id),
    description: PAGE_TEXT[ctx.lang].stateLead(nameOf(node, node.id), day),
    kind: "State",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, asked),
    sections,
    footnotes: notes.list,
  };
}
