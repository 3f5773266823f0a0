/**
 * What the map shows, as pure functions: for the current layer, each State's category, colour and
 * hover text, and the legend with its counts. The layer's facts come from where the rest of the
 * explorer takes them: the overlap from the API's iscm-overlap answer (its `members` lists), the
 * engagement from the API's most-engaged-states rows, the footprint from the dataset as of the
 * explorer's day (every relationship in it counts then). The map component only draws this.
 */
import type { Dataset } from "../../model/graph.ts";
import { ENGAGEMENT_TYPES } from "../../model/vocabulary.ts";
import type { OverlapRow } from "../api.ts";
import { overlapCategories } from "./appearance.ts";

export const MAP_LAYERS = ["footprint", "overlap", "engagement"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
export const ENGAGEMENT_ROLES = ["any", "member"] as const;
export type EngagementRoles = (typeof ENGAGEMENT_ROLES)[number];

/** States in none of the layer's categories. */
export const NO_DATA_COLOR = "#e6e6e6";
/** Footprint (Okabe–Ito): members solid, observers lighter and hatched, participants lighter still. */
export const FOOTPRINT_COLORS = { member: "#0072B2", observer: "#56B4E9", participant: "#9ecae1", suspended: "#999999" } as const;
/** States in two of three compared ISCMs (Okabe–Ito, distinct from the shared and only colours). */
const TWO_OF_THREE_COLORS = ["#D55E00", "#F0E442", "#0072B2"] as const;
/** Engagement: ColorBrewer YlGnBu, 7 classes (colour-blind safe, sequential). */
export const ENGAGEMENT_COLORS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"] as const;

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  hatch?: boolean;
  count: number;
}

export interface StateMark {
  category: string;
  color: string;
  hatch?: boolean;
  /** Overlap: the compared ISCMs the State is in (data-overlap). */
  overlap?: string[];
  /** Engagement: the number shown (data-engagement). */
  engagement?: number;
  /** Footprint: the State chairs the ISCM / hosts its secretariat. */
  chair?: boolean;
  secretariat?: boolean;
  /** What hover and the list say: the ISCMs or the role. */
  detail: string;
}

export interface MapModel {
  layer: MapLayer;
  title: string;
  /** Said instead of a map when the layer has nothing to show yet (no ISCM chosen…). */
  empty?: string;
  legend: LegendEntry[];
  states: Map<string, StateMark>;
}

type Names = (id: string) => string;

/**
 * The map's words, given by the caller in the interface's language (web/map-words.ts builds them
 * from the catalogues); English by default, so the model stays a pure function tests call as is.
 */
export interface MapWords {
  footprint: string;
  footprintEmpty: string;
  footprintOf: (iscm: string) => string;
  overlap: string;
  overlapEmpty: string;
  overlapLoading: string;
  overlapOf: (iscms: string) => string;
  inBoth: string;
  inAllThree: string;
  inOnly: (iscm: string) => string;
  inPairOnly: (a: string, b: string) => string;
  member: string;
  observer: string;
  participant: string;
  suspended: string;
  chair: string;
  secretariat: string;
  engagementMember: string;
  engagementAny: string;
  engagementLoading: string;
  iscmCount: (n: number) => string;
}

export const EN_MAP_WORDS: MapWords = {
  footprint: "Footprint",
  footprintEmpty: "Choose an ISCM to see its footprint.",
  footprintOf: (iscm) => `Footprint of ${iscm}`,
  overlap: "Overlap",
  overlapEmpty: "Compare two or three ISCMs to see where they overlap.",
  overlapLoading: "Loading the overlap…",
  overlapOf: (iscms) => `Overlap: ${iscms}`,
  inBoth: "in both",
  inAllThree: "in all three",
  inOnly: (iscm) => `in ${iscm} only`,
  inPairOnly: (a, b) => `in ${a} and ${b} only`,
  member: "member",
  observer: "observer",
  participant: "participant / partner",
  suspended: "suspended member",
  chair: "chair",
  secretariat: "secretariat",
  engagementMember: "Engagement: ISCMs a State is a member of",
  engagementAny: "Engagement: ISCMs a State takes part in (any role)",
  engagementLoading: "Loading the engagement…",
  iscmCount: (n) => `${n} ISCM${n === 1 ? "" : "s"}`,
};

function legendOf(states: Map<string, StateMark>, entries: Omit<LegendEntry, "count">[]): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const m of states.values()) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  return entries.map((e) => ({ ...e, count: counts.get(e.key) ?? 0 }));
}

/** An ISCM's footprint on the day of `datasetAsOf`: members, observers, participants, suspended members; chair and State secretariat marked. */
export function footprintModel(datasetAsOf: Dataset, iscm: string | null, name: Names, words: MapWords = EN_MAP_WORDS): MapModel {
  if (!iscm) return { layer: "footprint", title: words.footprint, empty: words.footprintEmpty, legend: [], states: new Map() };
  const stateIds = new Set(datasetAsOf.nodes.filter((n) => n.label === "State").map((n) => n.id));
  const states = new Map<string, StateMark>();
  const roleOf = new Map<string, Set<string>>();
  for (const e of datasetAsOf.edges) {
    if (e.target !== iscm || !stateIds.has(e.source)) continue;
    roleOf.set(e.source, (roleOf.get(e.source) ?? new Set()).add(e.type));
  }
  for (const [state, roles] of roleOf) {
    const chair = roles.has("CHAIRS");
    const secretariat = roles.has("SECRETARIAT_OF");
    const category = roles.has("MEMBER_OF")
      ? "member"
      : roles.has("SUSPENDED_FROM")
        ? "suspended"
        : roles.has("OBSERVER_OF")
          ? "observer"
          : roles.has("PARTICIPATES_IN")
            ? "participant"
            : chair || secretariat
              ? "member"
              : null;
    if (!category) continue;
    const roleWords = { member: words.member, observer: words.observer, participant: words.participant, suspended: words.suspended };
    const said = [
      category === "member" && !roles.has("MEMBER_OF") ? "" : roleWords[category as keyof typeof roleWords],
      chair ? words.chair : "",
      secretariat ? words.secretariat : "",
    ];
    states.set(state, {
      category,
      color: FOOTPRINT_COLORS[category as keyof typeof FOOTPRINT_COLORS],
      hatch: category === "observer" || category === "suspended",
      chair,
      secretariat,
      detail: `${name(iscm)}: ${said.filter(Boolean).join(", ")}`,
    });
  }
  return {
    layer: "footprint",
    title: words.footprintOf(name(iscm)),
    legend: legendOf(states, [
      { key: "member", label: words.member, color: FOOTPRINT_COLORS.member },
      { key: "observer", label: words.observer, color: FOOTPRINT_COLORS.observer, hatch: true },
      { key: "participant", label: words.participant, color: FOOTPRINT_COLORS.participant },
      { key: "suspended", label: words.suspended, color: FOOTPRINT_COLORS.suspended, hatch: true },
    ]),
    states,
  };
}

/**
 * The overlap of two or three ISCMs, from the API's iscm-overlap answer: in all, in two of three,
 * in one only — the same sets (and so the same counts) as the overlap panel.
 */
export function overlapModel(row: OverlapRow | undefined, iscms: readonly string[], name: Names, words: MapWords = EN_MAP_WORDS): MapModel {
  if (iscms.length < 2 || !row)
    return {
      layer: "overlap",
      title: words.overlap,
      empty: iscms.length < 2 ? words.overlapEmpty : words.overlapLoading,
      legend: [],
      states: new Map(),
    };
  const states = new Map<string, StateMark>();
  const inIscms = new Map<string, string[]>();
  row.members.forEach((list, k) => {
    for (const s of list) inIscms.set(s, [...(inIscms.get(s) ?? []), iscms[k] as string]);
  });
  const pairKey = (ids: string[]) => ids.map((id) => iscms.indexOf(id)).join("+");
  const [all, ...onlyOne] = overlapCategories(iscms, name, words);
  const entries: Omit<LegendEntry, "count">[] = all ? [all] : [];
  if (iscms.length === 3)
    [
      [0, 1],
      [0, 2],
      [1, 2],
    ].forEach(([x, y], i) => {
      entries.push({
        key: `${x}+${y}`,
        label: words.inPairOnly(name(iscms[x as number] as string), name(iscms[y as number] as string)),
        color: TWO_OF_THREE_COLORS[i] as string,
      });
    });
  entries.push(...onlyOne);
  for (const [state, ids] of inIscms) {
    const category = ids.length === iscms.length ? "all" : ids.length === 1 ? `only-${iscms.indexOf(ids[0] as string)}` : pairKey(ids);
    const color = entries.find((e) => e.key === category)?.color ?? NO_DATA_COLOR;
    states.set(state, { category, color, overlap: ids, detail: ids.map(name).join(", ") });
  }
  return { layer: "overlap", title: words.overlapOf(iscms.map(name).join(" / ")), legend: legendOf(states, entries), states };
}

export interface EngagementRow {
  state: string;
  iscms: number;
  member: number;
}

/** Upper bounds of the classes for values 1..max: up to seven equal steps. */
export function engagementClasses(max: number): number[] {
  const n = Math.min(ENGAGEMENT_COLORS.length, Math.max(1, max));
  return Array.from({ length: n }, (_, i) => Math.round(((i + 1) * max) / n));
}

/**
 * How many ISCMs each State takes part in, from the API's most-engaged-states rows: any role
 * (`iscms`) or as member only (`member`); `lists` names the ISCMs for hover and the list.
 */
export function engagementModel(
  rows: readonly EngagementRow[] | undefined,
  roles: EngagementRoles,
  lists: Map<string, string[]>,
  words: MapWords = EN_MAP_WORDS,
): MapModel {
  const title = roles === "member" ? words.engagementMember : words.engagementAny;
  if (!rows) return { layer: "engagement", title, empty: words.engagementLoading, legend: [], states: new Map() };
  const value = (r: EngagementRow) => (roles === "member" ? r.member : r.iscms);
  const max = Math.max(0, ...rows.map(value));
  const bounds = engagementClasses(max);
  const states = new Map<string, StateMark>();
  for (const r of rows) {
    const v = value(r);
    if (v === 0) continue;
    const k = bounds.findIndex((b) => v <= b);
    states.set(r.state, {
      category: `class-${k}`,
      color: ENGAGEMENT_COLORS[Math.round((k * (ENGAGEMENT_COLORS.length - 1)) / Math.max(1, bounds.length - 1))] as string,
      engagement: v,
      detail: `${words.iscmCount(v)}${lists.get(r.state)?.length ? `: ${(lists.get(r.state) as string[]).join(", ")}` : ""}`,
    });
  }
  const entries = bounds.map((upper, k) => {
    const lower = k === 0 ? 1 : (bounds[k - 1] as number) + 1;
    return {
      key: `class-${k}`,
      label: lower === upper ? `${upper}` : `${lower}–${upper}`,
      color: ENGAGEMENT_COLORS[Math.round((k * (ENGAGEMENT_COLORS.length - 1)) / Math.max(1, bounds.length - 1))] as string,
    };
  });
  return { layer: "engagement", title, legend: legendOf(states, entries), states };
}

/** The ISCMs each State takes part in on the day (for hover): as member only, or in any role the analysis counts. */
export function iscmsByState(datasetAsOf: Dataset, roles: EngagementRoles, name: Names): Map<string, string[]> {
  const iscm = new Set(datasetAsOf.nodes.filter((n) => n.label === "ISCM").map((n) => n.id));
  // The roles most-engaged-states counts, from the one list it uses.
  const types: readonly string[] = roles === "member" ? ["MEMBER_OF"] : ENGAGEMENT_TYPES;
  const out = new Map<string, Set<string>>();
  for (const e of datasetAsOf.edges) {
    if (!iscm.has(e.target) || !types.includes(e.type)) continue;
    out.set(e.source, (out.get(e.source) ?? new Set()).add(e.target));
  }
  return new Map([...out].map(([s, set]) => [s, [...set].map(name).sort()]));
}

/** The layer shown: the one asked for, else an overlap when ISCMs are compared, a footprint when an ISCM is selected, engagement otherwise. */
export function resolveLayer(asked: MapLayer | null, overlap: readonly string[], selectedIsIscm: boolean): MapLayer {
  if (asked) return asked;
  if (overlap.length >= 2) return "overlap";
  return selectedIsIscm ? "footprint" : "engagement";
}

/** The model with only the States the filters leave visible (region…); the legend counts what is drawn. */
export function onlyVisible(model: MapModel, visible: ReadonlySet<string> | null): MapModel {
  if (!visible) return model;
  const states = new Map([...model.states].filter(([id]) => visible.has(id)));
  if (states.size === model.states.size) return model;
  const counts = new Map<string, number>();
  for (const m of states.values()) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  return { ...model, states, legend: model.legend.map((e) => ({ ...e, count: counts.get(e.key) ?? 0 })) };
}
