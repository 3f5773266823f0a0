/** What every profile page uses: the page context, names and links, relationships held on the day and their cells, the sections for disagreements, currency and what is no longer in force, the Wikidata fact. */

import { confirmations, readDisagreements, STALE_AFTER_MONTHS } from "../../analyses/currency.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { Dataset, GraphEdge, GraphNode } from "../../model/graph.ts";
import { profilePath } from "../../model/profile-paths.ts";
import { describeBasis, relationshipTitle } from "../../model/relationship-words.ts";
import { citationsOf } from "../../model/source.ts";
import { describeInterval, edgesHeldAt, periodEnd, periodStart, windowsOverlap } from "../../model/time.ts";
import type { GraphStore } from "../../store/types.ts";
import type { Block, Content, Fact, Notes, Section } from "../document.ts";
import { PAGE_TEXT } from "../i18n.ts";

export interface Context {
  dataset: Dataset;
  store: GraphStore;
  /** The day the page describes (YYYY-MM-DD). */
  day: string;
  /** The asOf the reader asked for, kept in links (null: today). */
  asked: string | null;
  /** The page's language, for the words around the facts (intervals, basis, changes); names and sources stay. */
  lang: Locale;
}

export const byId = (dataset: Dataset) => new Map(dataset.nodes.map((n) => [n.id, n]));

export const nameOf = (n: GraphNode | undefined, id: string) => String(n?.properties.name ?? id);

export const shortName = (n: GraphNode | undefined, id: string) => String(n?.properties.acronym ?? n?.properties.name ?? id);

export const withAsOf = (path: string, asked: string | null) => (asked ? `${path}?asOf=${encodeURIComponent(asked)}` : path);

/** A link to another entity's profile (or its name, when it has none). */
export function entityLink(
  nodes: Map<string, GraphNode>,
  id: string,
  asked: string | null,
  short = false,
): string | { text: string; href: string } {
  const node = nodes.get(id);
  const text = short ? shortName(node, id) : nameOf(node, id);
  const path = node ? profilePath(node) : undefined;
  return path ? { text, href: withAsOf(path, asked) } : text;
}

/** The relationships of one entity, those in force on the day and the others. */
export function relationshipsOf(dataset: Dataset, id: string, day: string) {
  const mine = dataset.edges.filter((e) => e.source === id || e.target === id);
  const held = new Set(edgesHeldAt(mine, day));
  return { held: mine.filter((e) => held.has(e)), past: mine.filter((e) => !held.has(e)) };
}

export function intervalText(e: GraphEdge, lang: Locale = "en"): string {
  // The one wording of a window (time.ts): a stated interval by its dates, an assumed one by its observation.
  const interval = describeInterval(e.properties as Parameters<typeof describeInterval>[0], lang);
  const basis = describeBasis(e.properties.basis, e.properties.via, lang);
  const dormant = typeof e.properties.dormantFrom === "string" ? `${DORMANT_SINCE[lang]} ${e.properties.dormantFrom}` : "";
  return [interval, basis, dormant].filter(Boolean).join("; ");
}

const DORMANT_SINCE: Record<Locale, string> = {
  en: "mechanism dormant since",
  fr: "mécanisme en sommeil depuis",
  es: "mecanismo inactivo desde",
};

/** Where sources disagree: each claim with its value, date and quote, citing its sources; none picked. */
export function disagreementSection(notes: Notes, node: GraphNode): Section[] {
  const list = readDisagreements(node);
  if (list.length === 0) return [];
  return [
    {
      heading: `Where sources disagree (${list.length})`,
      blocks: [
        {
          kind: "list",
          items: list.map(
            (d): Content => [
              `${d.about}: `,
              ...d.claims.flatMap(
                (c, i): Content => [
                  ...(i > 0 ? [" — or — "] : []),
                  { text: `${c.value} (“${c.quote}”)`, cite: notes.cite(c.sources, c.asOf === "undated" ? undefined : c.asOf) },
                ],
              ),
              ...(d.note ? [` ${d.note}`] : []),
            ],
          ),
        },
      ],
    },
  ];
}

/** Confirmed as of, per aspect (currency.ts): the newest source date stating it, marked stale past 18 months. */
export function currencySection(notes: Notes, dataset: Dataset, node: GraphNode, day: string, lang: Locale = "en"): Section {
  const rows = confirmations(node.id, dataset.edges, day).map((c): Content[] => [
    [c.aspect],
    [String(c.held)],
    c.held === 0 ? ["—"] : [{ text: c.confirmedAsOf ?? "no dated source", cite: notes.cite(c.sources) }],
    [c.held === 0 ? "" : c.stale ? `stale (more than ${STALE_AFTER_MONTHS} months before ${day})` : "current"],
  ]);
  const years = (node.properties.chairGapYears as number[] | undefined) ?? [];
  // A gap year in which some chair is recorded was searched for a successor or a newer source; one with none is a year without a known chair.
  const chairedIn = (year: number) =>
    dataset.edges.some(
      (e) =>
        e.type === "CHAIRS" &&
        e.target === node.id &&
        windowsOverlap(e.properties, { heldFrom: periodStart(String(year)), heldTo: periodEnd(String(year)) }),
    );
  const notFound = years.filter((y) => !chairedIn(y));
  const unconfirmed = years.filter(chairedIn);
  const blocks: Block[] = [
    {
      kind: "table",
      id: "currency",
      caption: PAGE_TEXT[lang].confirmedPerAspect(day),
      columns: ["Aspect", "Held", "Confirmed as of", "Currency"],
      rows,
    },
  ];
  if (typeof node.properties.rotationKind === "string")
    blocks.push({
      kind: "paragraph",
      content: [
        {
          text: `Chair rotation: ${String(node.properties.rotationKind)}${node.properties.rotationCoChairs ? " (co-chairs)" : ""}${node.properties.rotationStanding ? ", standing" : ""}; term: ${String(node.properties.rotationTerm)}; handover: ${String(node.properties.rotationHandover)}.`,
          cite: notes.cite(citationsOf(node.properties, "rotationSource")),
        },
        ...(notFound.length ? [` Chair not found for ${notFound.join(", ")}.`] : []),
        ...(unconfirmed.length ? [` Searched without finding a successor or a newer source: ${unconfirmed.join(", ")}.`] : []),
      ],
    });
  return { heading: "How current this page is", blocks };
}

/** A relationship's other end, with its role, interval and basis, citing its sources. */
export function relationshipCell(ctx: Context, notes: Notes, nodes: Map<string, GraphNode>, e: GraphEdge, other: string): Content {
  const role = typeof e.properties.role === "string" ? ` (${e.properties.role})` : "";
  const when = intervalText(e, ctx.lang);
  return [
    entityLink(nodes, other, ctx.asked),
    { text: `${role}${when ? ` — ${when}` : ""}`, cite: notes.cite(citationsOf(e.properties), e.properties.asOf) },
  ];
}

/** Relationships grouped by type and direction, one list each, for the kinds of page that have no special layout. */
export function relationshipSections(
  ctx: Context,
  notes: Notes,
  nodes: Map<string, GraphNode>,
  id: string,
  edges: GraphEdge[],
  skip: string[] = [],
): Section[] {
  const groups = new Map<string, Content[]>();
  for (const e of edges) {
    const out = e.source === id;
    const other = out ? e.target : e.source;
    const title = relationshipTitle(e.type, out ? "out" : "in", nodes.get(other)?.label);
    if (skip.includes(title)) continue;
    groups.set(title, [...(groups.get(title) ?? []), relationshipCell(ctx, notes, nodes, e, other)]);
  }
  return [...groups].map(([heading, items]) => ({ heading: `${heading} (${items.length})`, blocks: [{ kind: "list", items }] }));
}

/** What is not in force on the page's date, each with its type and why (interval, basis, sources). */
export function notInForce(ctx: Context, notes: Notes, nodes: Map<string, GraphNode>, id: string, past: GraphEdge[]): Section {
  return {
    heading: `Not in force on ${ctx.day} (${past.length})`,
    blocks: [
      {
        kind: "list",
        items: past.map((e) => [`${e.type}: `, ...relationshipCell(ctx, notes, nodes, e, e.source === id ? e.target : e.source)]),
      },
    ],
  };
}

/** The explorer showing the same thing on the same date. */
export function explorerHref(query: string, asked: string | null): string {
  return `/?${query}${asked ? `&asOf=${encodeURIComponent(asked)}` : ""}`;
}

/** An ISCM: the Annex 2 fact sheet, members by region against Annex 2, observers, themes, cooperation, overlaps, changes. */
/** The entity's Wikidata item, linked and cited (seed/wikidata.json), where one was found. */
export function wikidataFacts(notes: Notes, p: GraphNode["properties"]): Fact[] {
  if (typeof p.wikidata !== "string") return [];
  const sources = Array.isArray(p.wikidataSources) ? (p.wikidataSources as string[]) : [];
  return [
    { term: "Wikidata", value: [{ text: p.wikidata, href: `https://www.wikidata.org/wiki/${p.wikidata}`, cite: notes.cite(sources) }] },
  ];
}
