/** An ISCM's page: the Annex 2 fact sheet, members by region against Annex 2, observers, themes, cooperation, overlaps, changes since June 2019, currency and disagreements. */
import { rowsOf } from "../../analyses/run.ts";
import { describeChange, describeChangeDate } from "../../model/change-words.ts";
import type { GraphNode } from "../../model/graph.ts";
import { describeBasis } from "../../model/relationship-words.ts";
import { ANNEX2_AS_OF, citationsOf, IOM_2019_REPORT } from "../../model/source.ts";
import { datasetAsOf } from "../../model/time.ts";
import { isStateMembership } from "../../model/vocabulary.ts";
import { type Block, type Content, type Fact, Notes, type ProfileDocument, type Section } from "../document.ts";
import { footprintSvg } from "../footprint-svg.ts";

import { PAGE_TEXT } from "../i18n.ts";
import {
  byId,
  type Context,
  currencySection,
  disagreementSection,
  entityLink,
  explorerHref,
  intervalText,
  nameOf,
  notInForce,
  relationshipCell,
  relationshipSections,
  relationshipsOf,
  shortName,
  wikidataFacts,
  withAsOf,
} from "./shared.ts";

export async function iscmProfile(ctx: Context, node: GraphNode): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources, ctx.lang);
  const p = node.properties;
  const annex2 =
    typeof p.annex2Line === "number" ? notes.cite([{ source: IOM_2019_REPORT, at: `line ${p.annex2Line} (Annex 2)` }], ANNEX2_AS_OF) : [];
  const list = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === undefined || v === null ? "—" : String(v));
  const { held, past } = relationshipsOf(dataset, node.id, day);
  const incoming = (type: string) => held.filter((e) => e.type === type && e.target === node.id);
  const memberStates = incoming("MEMBER_OF").filter((e) => isStateMembership(e.type, nodes.get(e.source)?.label));
  const cited = (type: string): Content[] => incoming(type).map((e) => relationshipCell(ctx, notes, nodes, e, e.source));
  const chairsNow = cited("CHAIRS");
  const secretariatsNow = cited("SECRETARIAT_OF");
  const joinLinks = (items: Content[]): Content =>
    items.length === 0 ? ["none recorded"] : items.flatMap((x, i) => (i === 0 ? x : ["; ", ...x]));

  const facts: Fact[] = [
    { term: "Type", value: [{ text: String(p.type ?? "—"), cite: annex2 }] },
    { term: "Established", value: [{ text: String(p.annex2YearEstablished ?? p.yearEstablished ?? "—"), cite: annex2 }] },
    { term: "Regions covered", value: [{ text: list(p.regionsCovered), cite: annex2 }] },
    { term: "Chair (Annex 2, June 2019)", value: [{ text: String(p.annex2Chair ?? "—"), cite: annex2 }] },
    { term: `Chair on ${day}`, value: joinLinks(chairsNow) },
    { term: "Secretariat (Annex 2, June 2019)", value: [{ text: list(p.annex2Secretariats), cite: annex2 }] },
    { term: `Secretariat on ${day}`, value: joinLinks(secretariatsNow) },
    { term: "Associated (Annex 2)", value: [{ text: list(p.annex2Associated), cite: annex2 }] },
    { term: "Role of IOM", value: [{ text: list(p.roleOfIOM), cite: annex2 }] },
    { term: "Status (June 2019)", value: [String(p.status ?? "—")] },
    ...wikidataFacts(notes, p),
  ];
  const declared = p.declaredMemberCount;
  const countText =
    typeof declared === "number"
      ? `${memberStates.length} member States on ${day}; Annex 2 declares ${declared} (June 2019); ${String(p.listedMemberCount)} hold as of June 2019.`
      : `${memberStates.length} member States on ${day}; Annex 2 gives no count.`;
  const countBlock: Block = {
    kind: "paragraph",
    content: [
      { text: countText, cite: annex2 },
      ...(typeof p.memberCountNote === "string" ? [` Why they differ: ${p.memberCountNote}`] : []),
    ],
  };
  const regionOf = (id: string) => String(nodes.get(id)?.properties.region ?? "—");
  const memberRows = memberStates
    .map((e) => ({ e, region: regionOf(e.source), name: nameOf(nodes.get(e.source), e.source) }))
    .sort((x, y) => x.region.localeCompare(y.region) || x.name.localeCompare(y.name))
    .map(({ e, region }): Content[] => [
      [region],
      [entityLink(nodes, e.source, asked), { text: "", cite: notes.cite(citationsOf(e.properties), e.properties.asOf) }],
      [e.source],
      [intervalText(e, ctx.lang) || "—"],
    ]);
  const footprint = footprintSvg(datasetAsOf(dataset, day), node.id, (id) => shortName(nodes.get(id), id));
  const sections: Section[] = [
    { heading: "Fact sheet (Annex 2 of the 2019 report, and on the page's date)", blocks: [{ kind: "facts", facts }] },
    {
      heading: `Member States (${memberStates.length})`,
      blocks: [
        countBlock,
        {
          kind: "figure",
          svg: footprint.svg,
          caption: PAGE_TEXT[ctx.lang].footprint(day, footprint.legend || PAGE_TEXT[ctx.lang].noStates),
        },
        {
          kind: "table",
          id: "members",
          caption: PAGE_TEXT[ctx.lang].membersByRegion(day),
          columns: ["Region", "State", "ISO", "Dates and basis"],
          rows: memberRows,
        },
      ],
    },
  ];
  sections.push(
    ...relationshipSections(ctx, notes, nodes, node.id, held, ["Members", "Themes (Annex 10)", "Chair", "Secretariat"]).filter(
      (s) => !s.heading.startsWith("Members "),
    ),
  );
  const themes = held.filter((e) => e.type === "FOCUSES_ON").map((e) => entityLink(nodes, e.target, asked));
  sections.push({
    heading: `Themes (Annex 10 of the 2019 report) (${themes.length})`,
    blocks: [
      themes.length
        ? { kind: "list", items: held.filter((e) => e.type === "FOCUSES_ON").map((e) => relationshipCell(ctx, notes, nodes, e, e.target)) }
        : { kind: "paragraph", content: ["No Annex 10 column for this ISCM: its themes are unknown, not none."] },
    ],
  });
  const pairs = (await rowsOf(ctx.store, "overlap-matrix", { asOf: day }))
    .filter((r) => r.a === node.id || r.b === node.id)
    .sort((x, y) => y.jaccard - x.jaccard || y.shared - x.shared)
    .slice(0, 10);
  sections.push({
    heading: "Overlapping ISCMs (shared member States, Jaccard)",
    blocks: [
      {
        kind: "table",
        id: "overlaps",
        caption: PAGE_TEXT[ctx.lang].tenIscms(day),
        columns: ["ISCM", "Shared States", "Jaccard", "Compare"],
        rows: pairs.map((r): Content[] => {
          const other = r.a === node.id ? r.b : r.a;
          return [
            [entityLink(nodes, other, asked)],
            [String(r.shared)],
            [r.jaccard.toFixed(3)],
            [{ text: "compare", href: withAsOf(`/compare/${node.id}/${other}`, asked) }],
          ];
        }),
      },
    ],
  });
  const changes = await rowsOf(ctx.store, "changes", { from: ANNEX2_AS_OF, to: day, iscm: node.id });
  sections.push({
    heading: `Changes since June 2019 (${changes.length})`,
    blocks: [
      changes.length
        ? {
            kind: "list",
            items: changes.map(
              (c): Content => [
                `${describeChangeDate(c, ctx.lang)}: `,
                {
                  text: `${describeChange(c, ctx.lang)}${describeBasis(c.basis, c.via, ctx.lang) ? ` (${describeBasis(c.basis, c.via, ctx.lang)})` : ""}`,
                  cite: notes.cite(c.sources),
                },
              ],
            ),
          }
        : { kind: "paragraph", content: ["None recorded."] },
    ],
  });
  if (past.length > 0) sections.push(notInForce(ctx, notes, nodes, node.id, past));
  sections.push(currencySection(notes, dataset, node, day, ctx.lang), ...disagreementSection(notes, node));
  if (Array.isArray(p.gaps) && p.gaps.length)
    sections.push({
      heading: "Gaps (facts the sources state that no entity carries)",
      blocks: [{ kind: "list", items: (p.gaps as string[]).map((g) => [g]) }],
    });
  return {
    path: `/iscm/${node.id}`,
    title: nameOf(node, node.id),
    description: PAGE_TEXT[ctx.lang].iscmLead(shortName(node, node.id), String(p.type ?? ""), memberStates.length, day),
    kind: "ISCM",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, asked),
    sections,
    footnotes: notes.list,
  };
}
