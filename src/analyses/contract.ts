/**
 * What a named analysis is, in one place: its parameters, its columns with their types, and its
 * embedded runner — as Gephi Lite's layout entries carry their parameters *and* their `run`.
 * The runner's parameter and row types are inferred from the entry, so renaming a parameter or a
 * column without changing the runner does not compile. The Cypher twin lives in
 * cypher/queries/<name>.cypher; a test checks its header against the entry.
 */
import { z } from "zod";
import type { AtlasGraph } from "../dataset/graph.ts";
import type { NodeLabel } from "../model/vocabulary.ts";
import { graphAsOf } from "./memory/as-of.ts";

export type ParamSpec =
  | { name: string; kind: "entity"; labels: readonly NodeLabel[]; required: boolean; description: string }
  | { name: string; kind: "integer"; min: number; max: number; required: boolean; default?: number; description: string }
  | { name: string; kind: "subregion"; required: boolean; description: string }
  /** A date as YYYY, YYYY-MM or YYYY-MM-DD, resolved to the first or last day it may mean. */
  | { name: string; kind: "date"; bound: "start" | "end"; required: boolean; default?: string; description: string };

/** The value a runner receives for one parameter: names resolved to ids, absent ones as null. */
type ValueOf<S extends ParamSpec> = S extends { kind: "integer" }
  ? S extends { default: number } | { required: true }
    ? number
    : number | null
  : S extends { required: true } | { default: string }
    ? string
    : string | null;

/** The runner's parameters, by name. */
export type ParamsOf<P extends readonly ParamSpec[]> = { [S in P[number] as S["name"]]: ValueOf<S> };

import type { ResolvedParams, Row } from "../store/types.ts";

export type { ResolvedParams, Row };

/**
 * A column as people read it: a label, and the unit its values are in. `kind` says how the
 * interface shows a value: `share`, a fraction 0–1, as a percentage; `entity`/`entities`, dataset
 * ids, as names (the CSV keeps the ids); `relationship`, a relationship type, in words;
 * `roles` ({iscm, role|type}) and `links` ({type, from, to}) with names and words.
 */
export const COLUMN_KINDS = ["share", "entity", "entities", "relationship", "roles", "links"] as const;
export interface ColumnLabel {
  label: string;
  unit?: string;
  kind?: (typeof COLUMN_KINDS)[number];
}

/** An analysis with its types erased: what the registry, the stores, the CLI and the API use. */
export interface AnalysisDefinition {
  readonly name: string;
  /** What the interface calls it. */
  readonly title: string;
  /** One paragraph for people: what it answers, in the words of the field (no query vocabulary). */
  readonly summary: string;
  /** Every column's label and unit, by column name. */
  readonly columnLabels: Readonly<Record<string, ColumnLabel>>;
  readonly params: readonly ParamSpec[];
  /** Column names, in order. */
  readonly columns: string[];
  /** One row's type; the API documents rows with it and the parity tests check both stores' rows. */
  readonly row: z.ZodObject;
  /** Extra words for `--help`, after the Cypher header's description. */
  readonly example: string;
  /**
   * Whether the analysis answers as of a day (`asOf`, the first parameter of every such entry):
   * the embedded store then runs it on the graph as of that day, and its Cypher uses $asOf.
   * Only `changes`, which reads the history itself, does not.
   */
  readonly asOf: boolean;
  /**
   * Set (to the reason) when the analysis has no Cypher query: both stores then run `run` over
   * their own graph (the Neo4j store reads its graph back), and cypher/queries/<name>.cypher
   * holds only the header that documents it.
   */
  readonly noCypherTwin?: string;
  /** The embedded store's implementation, on the graph as of `params.asOf` when `asOf`. */
  readonly run: (graph: AtlasGraph, params: ResolvedParams) => Row[];
}

/** `asOf`: the day every answer describes; partial dates mean their last day; default today. */
export const AS_OF_PARAM = {
  name: "asOf",
  kind: "date",
  bound: "end",
  required: false,
  description: "answer as of this date: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)",
} as const;

/** Declares an analysis; `run` is typed from `params` and `columns`. */
export function defineAnalysis<const N extends string, const P extends readonly ParamSpec[], C extends z.ZodRawShape>(entry: {
  name: N;
  title: string;
  summary: string;
  params: P;
  columns: C;
  /** One label per column: a column without one does not compile. */
  labels: { [K in keyof C]: ColumnLabel };
  example: string;
  /** Default true: the runner sees the graph as of `asOf` and needs no date logic of its own. */
  asOf?: boolean;
  /** Why there is no Cypher twin (see AnalysisDefinition). */
  noCypherTwin?: string;
  /** `day`: the day asked (for an `asOf` analysis), for what the graph's edges cannot say (a mechanism's status). */
  run: (graph: AtlasGraph, params: ParamsOf<P>, day: string) => z.infer<z.ZodObject<C>>[];
}): AnalysisDefinition & {
  readonly name: N;
  /** Type only, never set: one row, as `columns` declares it (registry.ts `RowOf`). */
  readonly rowType?: z.infer<z.ZodObject<C>>;
} {
  const asOf = entry.asOf ?? true;
  return {
    name: entry.name,
    title: entry.title,
    summary: entry.summary,
    columnLabels: entry.labels as Record<string, ColumnLabel>,
    params: asOf ? [...entry.params, AS_OF_PARAM] : entry.params,
    columns: Object.keys(entry.columns),
    row: z.object(entry.columns),
    example: entry.example,
    asOf,
    ...(entry.noCypherTwin ? { noCypherTwin: entry.noCypherTwin } : {}),
    // The one place where resolved parameters meet their types: run.ts validated them against `params`.
    run: (graph, params) =>
      entry.run(asOf ? graphAsOf(graph, String(params.asOf)) : graph, params as ParamsOf<P>, String(params.asOf ?? "")),
  };
}

// Parameter and column building blocks shared by the entries.

export const entityParam = <const N extends string, const R extends boolean>(
  name: N,
  labels: readonly NodeLabel[],
  required: R,
  description: string,
) => ({ name, kind: "entity" as const, labels, required, description });

/** `limit`: at most this many rows; absent means all. */
export const limitParam = (description = "at most this many rows (default: all)") =>
  ({ name: "limit", kind: "integer", min: 1, max: 100_000, required: false, description }) as const;

export const ids = z.array(z.string());
export const count = z.number().int().min(0);
export const ratio = z.number().min(0).max(1);
/** A relationship's role as analyses report it: its type, sources, as-of date and how it is known. */
export const roleColumn = z.object({ type: z.string(), sources: ids, asOf: z.string(), basis: z.string() });

// Column labels shared by the entries.

/** A column of one dataset id. */
export const entityLabel = (label: string): ColumnLabel => ({ label, kind: "entity" });
/** A column of a list of dataset ids; `unit` names what they are. */
export const entitiesLabel = (label: string): ColumnLabel => ({ label, kind: "entities" });
/** A count of things, e.g. countLabel("Shared member States", "States"). */
export const countLabel = (label: string, unit: string): ColumnLabel => ({ label, unit });
/** A fraction 0–1, shown as a percentage. */
export const shareLabel = (label: string): ColumnLabel => ({ label, unit: "%", kind: "share" });
