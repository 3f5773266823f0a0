/**
 * The profiles' facts: each page is built from the dataset as of its day (the same time rule as
 * every view, time.ts) and from the named analyses run on the store (the same numbers as the API
 * and the CLI: iscm-overlap, overlap-matrix, synergy-candidates, state-partners,
 * most-engaged-states, changes). Every fact cites its sources as numbered footnotes.
 */

import { CURRENCY_ISSUES, type CurrencyFinding, confirmations, readDisagreements, STALE_AFTER_MONTHS } from "../analyses/currency.ts";
import { rowsOf } from "../analyses/run.ts";
import { factsCiting } from "../dataset/source-mix.ts";
import { describeChange, describeChangeDate } from "../model/change-words.ts";
import type { Dataset, GraphEdge, GraphNode } from "../model/graph.ts";
import { type ProfileKind, profilePath } from "../model/profile-paths.ts";
import { describeBasis, relationshipTitle } from "../model/relationship-words.ts";
import { ANNEX2_AS_OF, citationsOf, citationText, IOM_2019_REPORT, SOURCE_KINDS, type SourceRecord } from "../model/source.ts";
import { datasetAsOf, describeInterval, edgesHeldAt } from "../model/time.ts";
import { isStateMembership } from "../model/vocabulary.ts";
import type { GraphStore } from "../store/types.ts";
import { type Block, type Content, type Fact, Notes, type ProfileDocument, type Section } from "./document.ts";
import { footprintSvg } from "./footprint-svg.ts";

export { PROFILE_KINDS, type ProfileKind, profilePath } from "../model/profile-paths.ts";

interface Context {
  dataset: Dataset;
  store: GraphStore;
  /** The day the page describes (YYYY-MM-DD). */
  day: string;
  /** The asOf the reader asked for, kept in links (null: today). */
  asked: string | null;
}

const byId = (dataset: Dataset) => new Map(dataset.nodes.map((n) => [n.id, n]));
const nameOf = (n: GraphNode | undefined, id: string) => String(n?.properties.name ?? id);
const shortName = (n: GraphNode | undefined, id: string) => String(n?.properties.acronym ?? n?.properties.name ?? id);
const withAsOf = (path: string, asked: string | null) => (asked ? `${path}?asOf=${encodeURIComponent(asked)}` : path);

/** A link to another entity's profile (or its name, when it has none). */
function entityLink(
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
function relationshipsOf(dataset: Dataset, id: string, day: string) {
  const mine = dataset.edges.filter((e) => e.source === id || e.target === id);
  const held = new Set(edgesHeldAt(mine, day));
  return { held: mine.filter((e) => held.has(e)), past: mine.filter((e) => !held.has(e)) };
}

function intervalText(e: GraphEdge): string {
  // The one wording of a window (time.ts): a stated interval by its dates, an assumed one by its observation.
  const interval = describeInterval(e.properties as Parameters<typeof describeInterval>[0]);
  const basis =
    e.properties.basis === "derived" ? `derived via ${String(e.properties.via)}` : e.properties.basis === "inferred" ? "inferred" : "";
  const dormant = typeof e.properties.dormantFrom === "string" ? `mechanism dormant since ${e.properties.dormantFrom}` : "";
  return [interval, basis, dormant].filter(Boolean).join("; ");
}

/** Where sources disagree: each claim with its value, date and quote, citing its sources; none picked. */
function disagreementSection(notes: Notes, node: GraphNode): Section[] {
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
function currencySection(notes: Notes, dataset: Dataset, node: GraphNode, day: string): Section {
  const rows = confirmations(node.id, dataset.edges, day).map((c): Content[] => [
    [c.aspect],
    [String(c.held)],
    c.held === 0 ? ["—"] : [{ text: c.confirmedAsOf ?? "no dated source", cite: notes.cite(c.sources) }],
    [c.held === 0 ? "" : c.stale ? `stale (more than ${STALE_AFTER_MONTHS} months before ${day})` : "current"],
  ]);
  const years = (node.properties.chairGapYears as number[] | undefined) ?? [];
  const blocks: Block[] = [
    {
      kind: "table",
      id: "currency",
      caption: `Confirmed as of, per aspect, on ${day}`,
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
        ...(years.length ? [` Chair not found for ${years.join(", ")}.`] : []),
      ],
    });
  return { heading: "How current this page is", blocks };
}

/** A relationship's other end, with its role, interval and basis, citing its sources. */
function relationshipCell(ctx: Context, notes: Notes, nodes: Map<string, GraphNode>, e: GraphEdge, other: string): Content {
  const role = typeof e.properties.role === "string" ? ` (${e.properties.role})` : "";
  const when = intervalText(e);
  return [
    entityLink(nodes, other, ctx.asked),
    { text: `${role}${when ? ` — ${when}` : ""}`, cite: notes.cite(citationsOf(e.properties), e.properties.asOf) },
  ];
}

/** Relationships grouped by type and direction, one list each, for the kinds of page that have no special layout. */
function relationshipSections(
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
function notInForce(ctx: Context, notes: Notes, nodes: Map<string, GraphNode>, id: string, past: GraphEdge[]): Section {
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
function explorerHref(query: string, asked: string | null): string {
  return `/?${query}${asked ? `&asOf=${encodeURIComponent(asked)}` : ""}`;
}

/** An ISCM: the Annex 2 fact sheet, members by region against Annex 2, observers, themes, cooperation, overlaps, changes. */
/** The entity's Wikidata item, linked and cited (seed/wikidata.json), where one was found. */
function wikidataFacts(notes: Notes, p: GraphNode["properties"]): Fact[] {
  if (typeof p.wikidata !== "string") return [];
  const sources = Array.isArray(p.wikidataSources) ? (p.wikidataSources as string[]) : [];
  return [
    { term: "Wikidata", value: [{ text: p.wikidata, href: `https://www.wikidata.org/wiki/${p.wikidata}`, cite: notes.cite(sources) }] },
  ];
}

async function iscmProfile(ctx: Context, node: GraphNode): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
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
      [intervalText(e) || "—"],
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
          caption: `Footprint on ${day}: ${footprint.legend || "no States"} (observers hatched; Natural Earth 1:110m, Equal Earth)`,
        },
        {
          kind: "table",
          id: "members",
          caption: `Member States on ${day}, by region`,
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
        caption: `The ten ISCMs sharing most with it on ${day} (overlap-matrix)`,
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
                `${describeChangeDate(c)}: `,
                {
                  text: `${describeChange(c)}${describeBasis(c.basis, c.via) ? ` (${describeBasis(c.basis, c.via)})` : ""}`,
                  cite: notes.cite(c.sources),
                },
              ],
            ),
          }
        : { kind: "paragraph", content: ["None recorded."] },
    ],
  });
  if (past.length > 0) sections.push(notInForce(ctx, notes, nodes, node.id, past));
  sections.push(currencySection(notes, dataset, node, day), ...disagreementSection(notes, node));
  if (Array.isArray(p.gaps) && p.gaps.length)
    sections.push({
      heading: "Gaps (facts the sources state that no entity carries)",
      blocks: [{ kind: "list", items: (p.gaps as string[]).map((g) => [g]) }],
    });
  return {
    path: `/iscm/${node.id}`,
    title: nameOf(node, node.id),
    description: `${shortName(node, node.id)}: ${String(p.type ?? "")} fact sheet, ${memberStates.length} member States on ${day}, observers, themes, cooperation and overlaps, with sources.`,
    kind: "ISCM",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, asked),
    sections,
    footnotes: notes.list,
  };
}

/** A State: its ISCMs by role, its unions, its top partner States and its engagement rank. */
async function stateProfile(ctx: Context, node: GraphNode): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
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
          caption: `The ten States sharing most ISCMs with it on ${day} (state-partners)`,
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
    description: `${nameOf(node, node.id)} in the inter-State consultation mechanisms on migration: its ISCMs by role, regional unions and partner States on ${day}, with sources.`,
    kind: "State",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, asked),
    sections,
    footnotes: notes.list,
  };
}

/** An organization or a regional union: its relationships by type. */
function entityProfile(ctx: Context, node: GraphNode, kind: "organization" | "union"): ProfileDocument {
  const { dataset, day } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
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
    description: `${nameOf(node, node.id)} (${kind === "union" ? "regional union" : "organization"}) in the ISCM Atlas: its roles in ISCMs and its members on ${day}, with sources.`,
    kind: kind === "union" ? "Regional union" : "Organization",
    asOf: day,
    explorerHref: explorerHref(`selected=${encodeURIComponent(node.id)}`, ctx.asked),
    sections,
    footnotes: notes.list,
  };
}

/** Two or three ISCMs side by side: shared and distinct members, Jaccard, themes, secretariats, cooperation, synergy score. */
async function compareProfile(ctx: Context, iscms: GraphNode[]): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
  const ids = iscms.map((n) => n.id);
  const [a, b, c] = ids as [string, string, string | undefined];
  const [overlap] = await rowsOf(ctx.store, "iscm-overlap", { a, b, ...(c ? { c } : {}), asOf: day });
  // iscm-overlap answers one row for any two or three known ISCMs (the caller resolved them).
  if (!overlap) throw new Error(`iscm-overlap gave no row for ${ids.join(", ")}`);
  const synergy = await rowsOf(ctx.store, "synergy-candidates", { asOf: day });
  const heldEdges = edgesHeldAt(dataset.edges, day);
  const themesOf = (id: string) => new Set(heldEdges.filter((e) => e.type === "FOCUSES_ON" && e.source === id).map((e) => e.target));
  const themeSets = ids.map(themesOf);
  const sharedThemes = [...(themeSets[0] ?? [])].filter((t) => themeSets.every((s) => s.has(t))).sort();
  const names = ids.map((id) => shortName(nodes.get(id), id));
  const stateList = (list: string[]): Content =>
    list.length === 0 ? ["none"] : list.flatMap((s, i) => [...(i ? [", "] : []), entityLink(nodes, s, asked)]);
  const facts: Fact[] = [
    { term: "Member States", value: [ids.map((_id, k) => `${names[k]}: ${overlap.memberCounts[k]}`).join(" · ")] },
    { term: iscms.length === 2 ? "Shared by both" : "Shared by all three", value: [String(overlap.sharedCount)] },
    { term: "Jaccard index |A∩B|/|A∪B|", value: [overlap.jaccard.toFixed(3)] },
    { term: "Overlap coefficient |A∩B|/min(|A|,|B|)", value: [overlap.overlapCoefficient.toFixed(3)] },
    { term: "Shared Annex 10 themes", value: [sharedThemes.length ? sharedThemes.map((t) => nameOf(nodes.get(t), t)).join("; ") : "none"] },
  ];
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string]);
  const cooperation: Content[] = pairs.map(([x, y]) => {
    const link = heldEdges.find(
      (e) => e.type === "COOPERATES_WITH" && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
    );
    const successor = heldEdges.find(
      (e) => e.type === "SUCCEEDS" && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
    );
    const row = synergy.find((r) => (r.a === x && r.b === y) || (r.a === y && r.b === x));
    const label = `${shortName(nodes.get(x), x)} – ${shortName(nodes.get(y), y)}: `;
    if (link)
      return [
        label,
        {
          text: `they cooperate${link.properties.basis === "inferred" ? " (inferred)" : ""}${link.properties.note ? ` — ${String(link.properties.note)}` : ""}`,
          cite: notes.cite(citationsOf(link.properties), link.properties.asOf),
        },
      ];
    if (successor)
      return [label, { text: "one succeeds the other", cite: notes.cite(citationsOf(successor.properties), successor.properties.asOf) }];
    return [
      label,
      row
        ? `no recorded cooperation; synergy score ${row.score.toFixed(3)} (synergy-candidates)`
        : "no recorded cooperation; not a synergy candidate (no shared members and themes, or not active)",
    ];
  });
  const secretariats: Content[] = ids.map((id, k) => {
    const list = heldEdges.filter((e) => e.type === "SECRETARIAT_OF" && e.target === id);
    return [
      `${names[k]}: `,
      ...(list.length
        ? list.flatMap((e, i) => [...(i ? [", "] : []), ...relationshipCell(ctx, notes, nodes, e, e.source)])
        : ["none recorded"]),
    ];
  });
  const only = [overlap.onlyA, overlap.onlyB, overlap.onlyC ?? []];
  const sections: Section[] = [
    { heading: "In figures", blocks: [{ kind: "facts", facts }] },
    {
      heading: `Shared member States (${overlap.sharedCount})`,
      blocks: [{ kind: "paragraph", content: stateList(overlap.shared) }],
    },
    ...ids.map((_id, k) => ({
      heading: `Only in ${names[k]} (${(only[k] ?? []).length})`,
      blocks: [{ kind: "paragraph" as const, content: stateList(only[k] ?? []) }],
    })),
    { heading: "Cooperation and synergy", blocks: [{ kind: "list", items: cooperation }] },
    { heading: "Secretariats", blocks: [{ kind: "list", items: secretariats }] },
    {
      heading: "Membership table",
      blocks: [
        {
          kind: "table",
          id: "membership",
          caption: `Member States of each, on ${day}`,
          columns: ["State", "ISO", ...names],
          rows: [...new Set(overlap.shared.concat(...only))]
            .sort((x, y) => nameOf(nodes.get(x), x).localeCompare(nameOf(nodes.get(y), y)))
            .map((s): Content[] => [
              [entityLink(nodes, s, asked)],
              [s],
              ...ids.map((id) => [heldEdges.some((e) => e.type === "MEMBER_OF" && e.source === s && e.target === id) ? "member" : ""]),
            ]),
        },
      ],
    },
  ];
  return {
    path: `/compare/${ids.join("/")}`,
    title: `${names.join(" and ")} compared`,
    description: `${names.join(", ")}: ${overlap.sharedCount} shared member States, Jaccard ${overlap.jaccard.toFixed(3)}, shared themes, secretariats and cooperation on ${day}.`,
    kind: "Comparison",
    asOf: day,
    explorerHref: explorerHref(`overlap=${ids.join(",")}`, asked),
    sections,
    footnotes: notes.list,
  };
}

export async function buildProfile(
  store: GraphStore,
  dataset: Dataset,
  request: { kind: ProfileKind; node: GraphNode } | { kind: "compare"; nodes: GraphNode[] },
  day: string,
  asked: string | null,
): Promise<ProfileDocument> {
  const ctx: Context = { store, dataset, day, asked };
  if (request.kind === "compare") return compareProfile(ctx, request.nodes);
  if (request.kind === "iscm") return iscmProfile(ctx, request.node);
  if (request.kind === "state") return stateProfile(ctx, request.node);
  return entityProfile(ctx, request.node, request.kind);
}

/** /currency: the `currency` analysis's findings as a page, most urgent first, each citing its sources. */
export function currencyDocument(findings: CurrencyFinding[], dataset: Dataset, day: string, asked: string | null): ProfileDocument {
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
  const sections: Section[] = CURRENCY_ISSUES.map((issue) => {
    const group = findings.filter((f) => f.issue === issue);
    return {
      heading: `${issue[0]?.toUpperCase()}${issue.slice(1)} (${group.length})`,
      blocks: [
        group.length
          ? {
              kind: "table" as const,
              id: issue.replaceAll(" ", "-"),
              caption: issue,
              columns: ["ISCM or union", "Aspect", "Confirmed as of", "Months", "Detail"],
              rows: group.map((f): Content[] => [
                [entityLink(nodes, f.entity, asked, true)],
                [f.aspect],
                [f.confirmedAsOf ?? "—"],
                [f.monthsOld === null ? "—" : String(f.monthsOld)],
                [{ text: f.detail, cite: notes.cite(f.sources) }],
              ]),
            }
          : { kind: "paragraph" as const, content: ["None."] },
      ],
    };
  });
  return {
    path: "/currency",
    title: `How current the atlas is on ${day}`,
    description: `What most needs a curator on ${day}: chairs past their term, unknown chairs, aspects last confirmed more than ${STALE_AFTER_MONTHS} months before, disagreements between sources.`,
    kind: "Currency",
    asOf: day,
    explorerHref: explorerHref("", asked),
    sections,
    footnotes: notes.list,
  };
}

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

/** A source's page: what it is, cited as a report cites it, and every fact of the atlas it supports, with the words that support it. */
export function sourceDocument(dataset: Dataset, source: SourceRecord, day: string, asked: string | null): ProfileDocument {
  const nodes = byId(dataset);
  const link = (id: string) => entityLink(nodes, id, asked);
  const facts = factsCiting(dataset, source.id);
  const s = source;
  const sheet: Fact[] = [
    { term: "Citation", value: [citationText(s)] },
    { term: "Publisher", value: [s.publisher ?? (s.copyOf ? `${s.copyOf.publisher} (the original's)` : "not known")] },
    { term: "Title", value: [s.title ?? (s.url ? "untitled web page (the title is not recorded)" : "untitled")] },
    { term: "Published", value: [s.published ?? "undated"] },
    { term: "Kind", value: [`${s.kind}${s.compilation ? " (a compilation: never a source on its own)" : ""}`] },
    ...(s.copyOf
      ? [
          {
            term: "Copy of",
            value: [
              `${s.copyOf.publisher}, ${s.copyOf.title ?? "untitled"}, ${s.copyOf.published ?? "undated"}`,
              ...(s.copyOf.url ? [" ", { text: s.copyOf.url, href: s.copyOf.url }] : []),
            ],
          },
        ]
      : []),
    ...(s.url ? [{ term: "Address", value: [{ text: s.url, href: s.url }] }] : []),
    ...(s.document ? [{ term: "Seed document", value: [s.document] }] : []),
    ...(s.retrieved ? [{ term: "Retrieved", value: [s.retrieved] }] : []),
    ...(s.language ? [{ term: "Language", value: [s.language] }] : []),
    ...(s.note ? [{ term: "Note", value: [s.note] }] : []),
  ];
  const whatWords = { relationship: "", start: " (its start)", end: " (its end)" } as const;
  return {
    path: `/source/${encodeURIComponent(s.id)}`,
    title: s.copyOf
      ? `${s.copyOf.title ?? "Untitled document"} (a copy at ${s.url ? new URL(s.url).host : "an unknown address"})`
      : (s.title ?? `${s.publisher ?? (s.url ? new URL(s.url).host : s.id)}: untitled web page`),
    description: `${citationText(s)} — supports ${facts.length} fact${facts.length === 1 ? "" : "s"} of the ISCM Atlas.`,
    kind: "Source",
    asOf: day,
    explorerHref: "/",
    sections: [
      { heading: "The source", blocks: [{ kind: "facts", facts: sheet }] },
      {
        heading: `Facts it supports (${facts.length})`,
        blocks: [
          facts.length
            ? {
                kind: "table",
                id: "facts",
                caption: `Every relationship that cites ${s.id}, with where and the words of the source`,
                columns: ["From", "Relationship", "To", "Interval", "Where", "Quote"],
                rows: facts.map(({ edge: e, what, at, quote }): Content[] => [
                  [link(e.source)],
                  [
                    `${e.type}${whatWords[what]}${describeBasis(e.properties.basis, e.properties.via) ? ` — ${describeBasis(e.properties.basis, e.properties.via)}` : ""}`,
                  ],
                  [link(e.target)],
                  [describeInterval(e.properties as Parameters<typeof describeInterval>[0])],
                  [at ?? "—"],
                  [quote ?? "—"],
                ]),
              }
            : { kind: "paragraph", content: ["No relationship cites this source; entities or dates may (see their pages)."] },
        ],
      },
    ],
    footnotes: [],
  };
}
