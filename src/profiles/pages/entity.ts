/** An organization's or a regional union's page: its relationships by type. */
import type { GraphNode } from "../../model/graph.ts";
import { type Fact, Notes, type ProfileDocument, type Section } from "../document.ts";

import { PAGE_TEXT } from "../i18n.ts";
import {
  byId,
  type Context,
  disagreementSection,
  explorerHref,
  nameOf,
  notInForce,
  relationshipSections,
  relationshipsOf,
  wikidataFacts,
} from "./shared.ts";

/** An organization or a regional union: its relationships by type. */
export function entityProfile(ctx: Context, node: GraphNode, kind: "organization" | "union"): ProfileDocument {
  const { dataset, day } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources, ctx.lang);
  const { held, past } = relationshipsOf(dataset, node.id, day);
  const p = node.properties;
  const facts: Fact[] = [
    { term: "Kind", value: [String(p.kind ?? "—")] },
    ...(p.acronym ? [{ term: "Acronym", value: [String(p.acronym)] }] : []),
    ...(Array.isArray(p.sources) && p.sources.length
      ? [{ term: "Sources", value: [{ text: "about this entity", cite: notes.cite(p.sources as string[]) }] }]
      : []),
    ...wikidataFacts(notes, p),
  ];
  const sections: Section[] = [
    { heading: "At a glance", blocks: [{ kind: "facts", facts }] },
    ...relationshipSections(ctx, notes, nodes, node.id, held),
    ...disagreementSection(notes, node),
  ];
  if (past.length) sections.push(notInForce(ctx, notes, nodes, node.id, past));
  return {
    path: `/${kind}/${node.id}`,
    title: nameOf(node, node.id),
    description: PAGE_TEXT[ctx.lang].entityLead(nameOf(node, node.id), kind, day),
    kind: kind === "union" ? "Regional union" : "Organization",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, ctx.asked),
    sections,
    footnotes: notes.list,
  };
}
