/** The embedded store: the validated dataset in a graphology graph; analyses in src/analyses/memory/. */

import { type Catalog, type CatalogEntry, makeCatalog } from "../../analyses/catalog.ts";
import { geographicOverlap } from "../../analyses/memory/geographic-overlap.ts";
import { iscmOverlap } from "../../analyses/memory/iscm-overlap.ts";
import { mostEngagedStates } from "../../analyses/memory/most-engaged-states.ts";
import { overlapMatrix } from "../../analyses/memory/overlap-matrix.ts";
import { path } from "../../analyses/memory/path.ts";
import { secretariatHubs } from "../../analyses/memory/secretariat-hubs.ts";
import { sharedIscms } from "../../analyses/memory/shared-iscms.ts";
import { statePartners } from "../../analyses/memory/state-partners.ts";
import { synergyCandidates } from "../../analyses/memory/synergy-candidates.ts";
import { themeCoverage } from "../../analyses/memory/theme-coverage.ts";
import { unionAlignment } from "../../analyses/memory/union-alignment.ts";
import type { AnalysisName } from "../../analyses/registry.ts";
import { type AtlasGraph, toGraphology } from "../../dataset/graph.ts";
import { sortDataset } from "../../dataset/hash.ts";
import type { Dataset } from "../../model/graph.ts";
import { type EntityDetails, entityFromDataset, type GraphStore, type ResolvedParams, type Row } from "../types.ts";

type Runner = (graph: AtlasGraph, params: ResolvedParams) => Row[];

// Each runner receives parameters already validated and resolved by src/analyses/run.ts.
const RUNNERS: Record<AnalysisName, Runner> = {
  "shared-iscms": (g, p) => sharedIscms(g, p as { a: string; b: string }),
  "state-partners": (g, p) => statePartners(g, p as { state: string; limit: number | null }),
  "iscm-overlap": (g, p) => iscmOverlap(g, p as { a: string; b: string; c: string | null }),
  "overlap-matrix": (g, p) => overlapMatrix(g, p as { min: number | null }),
  "geographic-overlap": (g, p) => geographicOverlap(g, p as { subregion: string | null; limit: number | null }),
  "synergy-candidates": (g, p) => synergyCandidates(g, p as { limit: number | null }),
  "most-engaged-states": (g, p) => mostEngagedStates(g, p as { limit: number | null }),
  "secretariat-hubs": (g) => secretariatHubs(g),
  "theme-coverage": (g, p) => themeCoverage(g, p as { theme: string | null }),
  "union-alignment": (g, p) => unionAlignment(g, p as { iscm: string }),
  path: (g, p) => path(g, p as { a: string; b: string; limit: number }),
};

export function catalogEntry(id: string, attrs: Record<string, unknown>): CatalogEntry {
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
  return {
    id,
    label: attrs.label as CatalogEntry["label"],
    name: String(attrs.name),
    otherNames: [...strings(attrs.acronym), ...strings(attrs.aliases), ...strings(attrs.otherNames), ...strings(attrs.officialName)],
    ...(typeof attrs.subregion === "string" ? { subregion: attrs.subregion } : {}),
  };
}

export class MemoryStore implements GraphStore {
  readonly kind = "memory" as const;
  readonly graph: AtlasGraph;
  readonly #dataset: Dataset;
  #catalog: Catalog | undefined;

  constructor(dataset: Dataset) {
    this.#dataset = sortDataset(dataset);
    this.graph = toGraphology(dataset);
  }

  /** Always answers: the graph is in this process. */
  async ping(): Promise<boolean> {
    return true;
  }

  async dataset(): Promise<Dataset> {
    return this.#dataset;
  }

  async entity(id: string): Promise<EntityDetails | undefined> {
    return entityFromDataset(this.#dataset, id);
  }

  async catalog(): Promise<Catalog> {
    this.#catalog ??= makeCatalog(this.graph.mapNodes((id, attrs) => catalogEntry(id, attrs)));
    return this.#catalog;
  }

  async run(name: AnalysisName, params: ResolvedParams): Promise<Row[]> {
    return RUNNERS[name](this.graph, params);
  }

  async close(): Promise<void> {}
}
