/**
 * How current the atlas is, per ISCM (issue 23): for each aspect (members, chair, secretariat,
 * observers) the date of the newest source stating it ("confirmed as of", read through
 * source.ts `sourceDate`), whether the chair of the current term is known, whether a chair is
 * held past its term, and where sources disagree. One implementation, over any graph held as
 * nodes and edges: the `currency` analysis (both stores) and the profile pages use it.
 */
import type { GraphEdge, GraphNode } from "../model/graph.ts";
import { type CitationInput, citationKey, citationOf, sourceDate } from "../model/source.ts";
import { createdDay, heldAt, mechanismBounds, periodEnd, periodStart } from "../model/time.ts";

/** An aspect confirmed longer ago than this before the day asked is stale. */
export const STALE_AFTER_MONTHS = 18;

export const ASPECTS = { members: "MEMBER_OF", chair: "CHAIRS", secretariat: "SECRETARIAT_OF", observers: "OBSERVER_OF" } as const;
export type Aspect = keyof typeof ASPECTS;

export const CURRENCY_ISSUES = ["chair past its term", "chair not found", "stale", "disagreement"] as const;
export type CurrencyIssue = (typeof CURRENCY_ISSUES)[number];

export interface CurrencyFinding {
  entity: string;
  name: string;
  issue: CurrencyIssue;
  aspect: string;
  /** The newest source date stating the aspect (null: no dated source). */
  confirmedAsOf: string | null;
  /** Whole months from confirmedAsOf's last day to the day asked (null when undated or not an age). */
  monthsOld: number | null;
  detail: string;
  sources: string[];
}

export interface Confirmation {
  aspect: Aspect;
  /** How many relationships of the aspect hold on the day. */
  held: number;
  confirmedAsOf: string | null;
  stale: boolean;
  sources: string[];
}

interface Disagreement {
  about: string;
  claims: { value: string; sources: string[]; asOf: string; quote: string }[];
  note?: string;
}

/** A node's disagreements, as the build stores them (one JSON text each), each claim's sources as citation keys (`id`, `id @ locator`). */
export function readDisagreements(node: GraphNode | undefined): Disagreement[] {
  const list = node?.properties.disagreements;
  if (!Array.isArray(list)) return [];
  return (list as string[]).map((t) => {
    const d = JSON.parse(t) as Omit<Disagreement, "claims"> & {
      claims: (Omit<Disagreement["claims"][number], "sources"> & { sources: CitationInput[] })[];
    };
    return { ...d, claims: d.claims.map((c) => ({ ...c, sources: c.sources.map((x) => citationKey(citationOf(x))) })) };
  });
}

function monthsBetween(earlier: string, later: string): number {
  const [y1, m1, d1] = earlier.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = later.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

const newest = (dates: (string | null)[]) =>
  dates.reduce<string | null>((best, d) => (d !== null && (best === null || periodEnd(d) > periodEnd(best)) ? d : best), null);

/** The least `confirmations` reads of a relationship (a dataset edge, or one the explorer holds). */
export interface ConfirmableEdge {
  type: string;
  target: string;
  properties: { heldFrom?: unknown; heldTo?: unknown; sources: string[]; asOf?: unknown; sourcesPublished?: unknown };
}

/** Confirmed as of, per aspect, for one ISCM on a day: the newest source date of the relationships that hold then. */
export function confirmations(iscm: string, edges: readonly ConfirmableEdge[], day: string): Confirmation[] {
  return (Object.entries(ASPECTS) as [Aspect, string][]).map(([aspect, type]) => {
    const held = edges.filter((e) => e.target === iscm && e.type === type && heldAt(e.properties, day));
    const confirmedAsOf = newest(held.map((e) => sourceDate(e.properties)));
    const freshest = held.filter((e) => sourceDate(e.properties) === confirmedAsOf);
    return {
      aspect,
      held: held.length,
      confirmedAsOf,
      stale: held.length > 0 && (confirmedAsOf === null || monthsBetween(periodEnd(confirmedAsOf), day) > STALE_AFTER_MONTHS),
      // Sorted, so that the answer does not depend on the order a store lists its edges in.
      sources: [...new Set(freshest.flatMap((e) => e.properties.sources))].sort().slice(0, 3),
    };
  });
}

/**
 * What the mechanism's status says on the day: not yet created, ended (merged/ended before it),
 * dormant, or active. A mechanism asked about before its `created` change has no chair to miss.
 */
function statusOn(node: GraphNode, day: string): "not created" | "ended" | "dormant" | "active" {
  const p = node.properties;
  const dates = (p.statusChangeDates as string[] | undefined) ?? [];
  const kinds = (p.statusChanges as string[] | undefined) ?? [];
  const changes = kinds.map((change, i) => ({ change, date: dates[i] || null }));
  const created = createdDay(changes);
  if (created && day < created) return "not created";
  const bounds = mechanismBounds(changes);
  if (bounds.endDay && bounds.endDay < day) return "ended";
  if (bounds.dormant.some((d) => d.from <= day && day <= d.to)) return "dormant";
  return "active";
}

/** Every finding for every ISCM (and every union's disagreements) on a day, most urgent first. */
export function currencyFindings(nodes: readonly GraphNode[], edges: readonly GraphEdge[], day: string): CurrencyFinding[] {
  const out: CurrencyFinding[] = [];
  const name = (n: GraphNode) => String(n.properties.acronym ?? n.properties.name);
  for (const node of nodes) {
    if (node.label === "RegionalUnion") {
      for (const d of readDisagreements(node)) out.push(disagreementFinding(node, name(node), d));
      continue;
    }
    if (node.label !== "ISCM") continue;
    for (const d of readDisagreements(node)) out.push(disagreementFinding(node, name(node), d));
    const status = statusOn(node, day);
    if (status === "ended" || status === "not created") continue;
    const p = node.properties;
    const year = Number(day.slice(0, 4));
    // What a curator searched for this year's chair (seed chairGaps), said wherever the chair is in doubt.
    const searched = searchedForChair(p, year);
    for (const c of confirmations(node.id, edges, day)) {
      if (!c.stale || (status === "dormant" && c.aspect === "chair")) continue;
      out.push({
        entity: node.id,
        name: name(node),
        issue: "stale",
        aspect: c.aspect,
        confirmedAsOf: c.confirmedAsOf,
        monthsOld: c.confirmedAsOf ? monthsBetween(periodEnd(c.confirmedAsOf), day) : null,
        detail: `${
          c.confirmedAsOf
            ? `last confirmed ${c.confirmedAsOf}, ${monthsBetween(periodEnd(c.confirmedAsOf), day)} months before ${day} (more than ${STALE_AFTER_MONTHS})`
            : "no dated source states it"
        }${c.aspect === "chair" && searched ? `; searched for a newer source: ${searched}` : ""}`,
        sources: c.sources,
      });
    }
    const kind = p.rotationKind as string | undefined;
    if (status === "dormant" || kind === undefined || kind === "none") continue;
    const chairs = edges.filter((e) => e.target === node.id && e.type === "CHAIRS");
    const current = chairs.filter((e) => heldAt(e.properties, day));
    const term = typeof p.rotationTermMonths === "number" ? p.rotationTermMonths : null;
    for (const e of current) {
      const start = periodStart(String(e.properties.since ?? e.properties.heldFrom));
      if (term === null || e.properties.heldFrom === "0000-01-01" || p.rotationStanding === true) continue;
      const held = monthsBetween(start, day);
      if (held <= term) continue;
      out.push({
        entity: node.id,
        name: name(node),
        issue: "chair past its term",
        aspect: "chair",
        confirmedAsOf: sourceDate(e.properties),
        monthsOld: held - term,
        detail: `${e.source} has held the chair ${held} months on ${day}; the term is ${term} months${searched ? `; searched for a successor: ${searched}` : ""}`,
        sources: e.properties.sources.slice(0, 3),
      });
    }
    if (current.length > 0) continue;
    const last = chairs
      .filter((e) => e.properties.heldTo < day)
      .sort((a, b) =>
        a.properties.heldTo < b.properties.heldTo ? 1 : a.properties.heldTo > b.properties.heldTo ? -1 : a.key < b.key ? -1 : 1,
      )[0];
    out.push({
      entity: node.id,
      name: name(node),
      issue: "chair not found",
      aspect: "chair",
      confirmedAsOf: last ? sourceDate(last.properties) : null,
      monthsOld: last ? monthsBetween(last.properties.heldTo, day) : null,
      detail: [
        `chair not found for ${year}`,
        last ? `last known: ${last.source} until ${last.properties.heldTo}` : "no chair known",
        searched ? `searched: ${searched}` : "no search recorded for this year",
      ].join("; "),
      sources: last ? last.properties.sources.slice(0, 3) : [],
    });
  }
  const rank = (f: CurrencyFinding) => CURRENCY_ISSUES.indexOf(f.issue);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.monthsOld ?? Number.MAX_SAFE_INTEGER) - (a.monthsOld ?? Number.MAX_SAFE_INTEGER) ||
      cmp(a.entity, b.entity) ||
      cmp(a.aspect, b.aspect) ||
      cmp(a.detail, b.detail),
  );
}

/** The searches recorded for a year's chair (an ISCM node's chairGapYears / chairGapSearched), or null. */
function searchedForChair(p: Record<string, unknown>, year: number): string | null {
  const years = (p.chairGapYears as number[] | undefined) ?? [];
  const searched = (p.chairGapSearched as string[] | undefined) ?? [];
  const at = years.indexOf(year);
  return at >= 0 ? (searched[at] ?? null) : null;
}

function disagreementFinding(node: GraphNode, name: string, d: Disagreement): CurrencyFinding {
  return {
    entity: node.id,
    name,
    issue: "disagreement",
    aspect: d.about,
    confirmedAsOf: null,
    monthsOld: null,
    detail: d.claims.map((c) => `${c.value} (${c.asOf}): “${c.quote}”`).join(" vs "),
    sources: [...new Set(d.claims.flatMap((c) => c.sources))],
  };
}
