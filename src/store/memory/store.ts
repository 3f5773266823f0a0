/** The embedded store: the validated dataset in a graphology graph; each analysis runs its entry's runner (src/analyses/entries/). */

import { type Catalog, catalogEntry, makeCatalog } from "../../dataset/catalog.ts";
import { type AtlasGraph, toGraphology } from "../../dataset/graph.ts";
import { sortDataset } from "../../dataset/hash.ts";
import type { Dataset } from "../../model/graph.ts";
import { type EntityDetails, entityFromDataset, type GraphStore, type ResolvedParams, type Row, type StoredAnalysis } from "../types.ts";

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

  async run(analysis: StoredAnalysis, params: ResolvedParams): Promise<Row[]> {
    return analysis.run(this.graph, params);
  }

  async close(): Promise<void> {}
}
