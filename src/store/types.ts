/**
 * One interface to the graph, two implementations: `memory` (graphology, the embedded default)
 * and `neo4j` (neo4j-driver). Parity tests prove they answer alike.
 */

import type { Catalog } from "../analyses/catalog.ts";
import type { AnalysisName } from "../analyses/registry.ts";

export type StoreKind = "memory" | "neo4j";
export type Row = Record<string, unknown>;
/** Parameters after validation and name resolution: ids, numbers or null for "not given". */
export type ResolvedParams = Record<string, string | number | null>;

export interface GraphStore {
  readonly kind: StoreKind;
  /** Every entity with the names it answers to (cached). */
  catalog(): Promise<Catalog>;
  /** Runs a named analysis with resolved parameters. */
  run(name: AnalysisName, params: ResolvedParams): Promise<Row[]>;
  close(): Promise<void>;
}
