/**
 * What the user is looking at — selection, overlap, filters — and its URL form, so that a reload
 * or a shared link reproduces the view and back/forward step through it. Pure functions only.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../i18n/locale.ts";
import { isPartialDate } from "../../model/time.ts";
import { ISCM_TYPES, NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from "../../model/vocabulary.ts";
import { ENGAGEMENT_ROLES, type EngagementRoles, MAP_LAYERS, type MapLayer } from "./map-model.ts";

/** The comparisons the landing offers in one click; their ISCMs' labels are placed first. */
export const FEATURED_COMPARISONS = [
  { ids: ["prague-process", "eap-panel"], title: "Prague Process vs EaP Panel" },
  { ids: ["au-hoai", "mid-igad"], title: "AU-HoAI vs MiD-IGAD" },
] as const;

export const MODES = ["network", "matrix", "co-membership", "map", "cypher"] as const;
export type Mode = (typeof MODES)[number];
export const MATRIX_MEASURES = ["shared", "jaccard"] as const;
export type MatrixMeasure = (typeof MATRIX_MEASURES)[number];
export const MATRIX_ORDERS = ["cluster", "name", "type"] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];
export const PROJECTIONS = ["states", "iscms"] as const;
export type ProjectionKind = (typeof PROJECTIONS)[number];

export interface ViewState {
  /** Which main view: the network, the overlap matrix, the co-membership projection or the map. */
  mode: Mode;
  selected: string | null;
  /** Two or three ISCM ids being compared, or empty. */
  overlap: string[];
  hiddenLabels: NodeLabel[];
  hiddenTypes: RelationshipType[];
  hiddenIscmTypes: string[];
  /** Only States of this UN region (and what connects to them). */
  region: string | null;
  /** Only ISCMs working on this Annex 10 theme. */
  theme: string | null;
  /** Only ISCMs established in [from, to]. */
  yearFrom: number | null;
  yearTo: number | null;
  /** The overlap matrix: what the cells show and how rows are ordered. */
  matrixMeasure: MatrixMeasure;
  matrixOrder: MatrixOrder;
  /** Co-membership: which projection, and the smallest link weight drawn. */
  projection: ProjectionKind;
  projectionMin: number;
  /** The date every view answers as of (YYYY, YYYY-MM or YYYY-MM-DD); null: today. */
  asOf: string | null;
  /** The map's layer; null: chosen from the view (an overlap, a selected ISCM's footprint, else engagement). */
  mapLayer: MapLayer | null;
  /** The engagement layer counts any role or memberships only. */
  engagementRoles: EngagementRoles;
  /** The interface's language (`?lang=`, kept in shared links; English is not written). */
  lang: Locale;
}

export const EMPTY_VIEW: ViewState = {
  mode: "network",
  selected: null,
  overlap: [],
  hiddenLabels: [],
  hiddenTypes: [],
  hiddenIscmTypes: [],
  region: null,
  theme: null,
  yearFrom: null,
  yearTo: null,
  matrixMeasure: "shared",
  matrixOrder: "cluster",
  projection: "states",
  projectionMin: 3,
  asOf: null,
  mapLayer: null,
  engagementRoles: "any",
  lang: DEFAULT_LOCALE,
};

const list = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  (options as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
const weight = (value: string | null) =>
  value && /^\d{1,3}$/.test(value) && Number(value) >= 1 ? Number(value) : EMPTY_VIEW.projectionMin;

/**
 * Unknown values in a hand-edited link are dropped, not trusted. `lang`: the language when the
 * link names none (the browser's, on a first visit: i18n/locale.ts).
 */
export function viewFromSearch(search: string, lang: Locale = DEFAULT_LOCALE): ViewState {
  const p = new URLSearchParams(search);
  return {
    mode: oneOf(MODES, p.get("mode"), "network"),
    selected: p.get("selected") || null,
    overlap: list(p.get("overlap")).slice(0, 3),
    hiddenLabels: list(p.get("hideLabels")).filter((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l)),
    hiddenTypes: list(p.get("hideTypes")).filter((t): t is RelationshipType => (RELATIONSHIP_TYPES as readonly string[]).includes(t)),
    hiddenIscmTypes: list(p.get("hideIscmTypes")).filter((t) => (ISCM_TYPES as readonly string[]).includes(t)),
    region: p.get("region") || null,
    theme: p.get("theme") || null,
    yearFrom: year(p.get("yearFrom")),
    yearTo: year(p.get("yearTo")),
    matrixMeasure: oneOf(MATRIX_MEASURES, p.get("measure"), EMPTY_VIEW.matrixMeasure),
    matrixOrder: oneOf(MATRIX_ORDERS, p.get("order"), EMPTY_VIEW.matrixOrder),
    projection: oneOf(PROJECTIONS, p.get("projection"), EMPTY_VIEW.projection),
    projectionMin: weight(p.get("minWeight")),
    asOf: isPartialDate(p.get("asOf") ?? "") ? (p.get("asOf") as string) : null,
    mapLayer: (MAP_LAYERS as readonly string[]).includes(p.get("layer") ?? "") ? (p.get("layer") as MapLayer) : null,
    engagementRoles: oneOf(ENGAGEMENT_ROLES, p.get("roles"), EMPTY_VIEW.engagementRoles),
    lang: isLocale(p.get("lang")) ? (p.get("lang") as Locale) : lang,
  };
}

export function searchFromView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.mode !== "network") p.set("mode", view.mode);
  if (view.selected) p.set("selected", view.selected);
  if (view.overlap.length) p.set("overlap", view.overlap.join(","));
  if (view.hiddenLabels.length) p.set("hideLabels", view.hiddenLabels.join(","));
  if (view.hiddenTypes.length) p.set("hideTypes", view.hiddenTypes.join(","));
  if (view.hiddenIscmTypes.length) p.set("hideIscmTypes", view.hiddenIscmTypes.join(","));
  if (view.region) p.set("region", view.region);
  if (view.theme) p.set("theme", view.theme);
  if (view.yearFrom !== null) p.set("yearFrom", String(view.yearFrom));
  if (view.yearTo !== null) p.set("yearTo", String(view.yearTo));
  if (view.matrixMeasure !== EMPTY_VIEW.matrixMeasure) p.set("measure", view.matrixMeasure);
  if (view.matrixOrder !== EMPTY_VIEW.matrixOrder) p.set("order", view.matrixOrder);
  if (view.projection !== EMPTY_VIEW.projection) p.set("projection", view.projection);
  if (view.projectionMin !== EMPTY_VIEW.projectionMin) p.set("minWeight", String(view.projectionMin));
  if (view.asOf) p.set("asOf", view.asOf);
  if (view.mapLayer) p.set("layer", view.mapLayer);
  if (view.engagementRoles !== EMPTY_VIEW.engagementRoles) p.set("roles", view.engagementRoles);
  if (view.lang !== DEFAULT_LOCALE) p.set("lang", view.lang);
  const text = p.toString();
  return text ? `?${text}` : "";
}

export function toggle<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((x) => x !== item) : [...items, item];
}
