/**
 * Every change of the explorer's view as a named action (as Gephi Lite's core/<store>/actions.ts):
 * each is a pure function from the arguments to an update `(view) => view`, which `updateView`
 * (view-store.ts) applies. The components name what they do instead of spreading the state
 * themselves, and tests/web/core/view-actions.test.ts checks each one.
 */
import type { Locale } from "../../i18n/locale.ts";
import type { NodeLabel, RelationshipType } from "../../model/vocabulary.ts";
import type { EngagementRoles, MapLayer } from "./map-model.ts";
import { type MatrixMeasure, type MatrixOrder, type Mode, type ProjectionKind, toggle, type ViewState } from "./view.ts";

export type ViewUpdate = (view: ViewState) => ViewState;

export const viewActions = {
  /** Select an entity (null: nothing selected). */
  select:
    (id: string | null): ViewUpdate =>
    (v) => ({ ...v, selected: id }),
  /** Compare two or three ISCMs (empty: no comparison). */
  compare:
    (ids: readonly string[]): ViewUpdate =>
    (v) => ({ ...v, overlap: [...ids] }),
  /** Answer every view as of a date (null: today). */
  setAsOf:
    (asOf: string | null): ViewUpdate =>
    (v) => ({ ...v, asOf }),
  setMode:
    (mode: Mode): ViewUpdate =>
    (v) => ({ ...v, mode }),
  setLanguage:
    (lang: Locale): ViewUpdate =>
    (v) => ({ ...v, lang }),
  setMatrix:
    (measure: MatrixMeasure, order: MatrixOrder): ViewUpdate =>
    (v) => ({ ...v, matrixMeasure: measure, matrixOrder: order }),
  /** From a matrix cell: the network, comparing the pair. */
  openPair:
    (a: string, b: string): ViewUpdate =>
    (v) => ({ ...v, mode: "network", overlap: [a, b] }),
  setProjection:
    (kind: ProjectionKind, minWeight: number): ViewUpdate =>
    (v) => ({ ...v, projection: kind, projectionMin: minWeight }),
  setMap:
    (layer: MapLayer | null, roles: EngagementRoles): ViewUpdate =>
    (v) => ({ ...v, mapLayer: layer, engagementRoles: roles }),
  // Filters.
  toggleLabel:
    (label: NodeLabel): ViewUpdate =>
    (v) => ({ ...v, hiddenLabels: toggle(v.hiddenLabels, label) }),
  toggleType:
    (type: RelationshipType): ViewUpdate =>
    (v) => ({ ...v, hiddenTypes: toggle(v.hiddenTypes, type) }),
  toggleIscmType:
    (type: string): ViewUpdate =>
    (v) => ({ ...v, hiddenIscmTypes: toggle(v.hiddenIscmTypes, type) }),
  setRegion:
    (region: string | null): ViewUpdate =>
    (v) => ({ ...v, region }),
  setTheme:
    (theme: string | null): ViewUpdate =>
    (v) => ({ ...v, theme }),
  setYearFrom:
    (year: number | null): ViewUpdate =>
    (v) => ({ ...v, yearFrom: year }),
  setYearTo:
    (year: number | null): ViewUpdate =>
    (v) => ({ ...v, yearTo: year }),
} as const;
