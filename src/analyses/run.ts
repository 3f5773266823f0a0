/** Validating, resolving and running a named analysis on any store. */

import { resolveEntity, resolveSubregion } from "../dataset/catalog.ts";
import { closestMatches } from "../dataset/closest.ts";
import { dayOfDateParam, today } from "../model/time.ts";
import type { GraphStore, ResolvedParams, Row, StoredAnalysis, StoreKind } from "../store/types.ts";
import {
  ANALYSIS_NAMES,
  type AnalysisDefinition,
  type AnalysisName,
  analysisCypherPath,
  analysisUsage,
  findAnalysis,
  type RowOf,
  rawParamsSchema,
} from "./registry.ts";

export interface AnalysisResult {
  analysis: AnalysisName;
  store: StoreKind;
  params: ResolvedParams;
  columns: string[];
  rows: Row[];
}

/** Wrong analysis name or parameters: the message ends with the analysis's usage. */
export class AnalysisUsageError extends Error {}

export function analysisOrThrow(name: string): AnalysisDefinition {
  const def = findAnalysis(name);
  if (!def) {
    const close = closestMatches(
      name,
      ANALYSIS_NAMES.map((n) => [n, n] as [string, string]),
      3,
    );
    throw new AnalysisUsageError(`unknown analysis "${name}"; closest: ${close.join(", ")} (npm run cli -- query --list)`);
  }
  return def;
}

/** Checks the raw parameters (types, missing, unknown), then resolves names to ids. */
export async function resolveParams(store: GraphStore, def: AnalysisDefinition, raw: Record<string, unknown>): Promise<ResolvedParams> {
  const parsed = rawParamsSchema(def).safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      if (i.code === "unrecognized_keys") return `unknown parameter${i.keys.length > 1 ? "s" : ""} ${i.keys.join(", ")}`;
      const name = String(i.path[0]);
      if (raw[name] === undefined) return `missing parameter ${name}`;
      // A non-number coerced by zod arrives as NaN: say what is wanted instead of "received NaN".
      const reason = i.code === "invalid_type" ? "must be a whole number" : i.message;
      return `parameter ${name} ${reason} (got "${String(raw[name])}")`;
    });
    throw new AnalysisUsageError(`${def.name}: ${problems.join("; ")}\n\n${analysisUsage(def)}`);
  }
  const values = parsed.data as Record<string, string | number | undefined>;
  const catalog = await store.catalog();
  const out: ResolvedParams = {};
  for (const spec of def.params) {
    const value = values[spec.name];
    if (spec.kind === "date") {
      out[spec.name] = dayOfDateParam(spec.bound, value === undefined ? spec.default : String(value), today());
    } else if (value === undefined) {
      out[spec.name] = spec.kind === "integer" ? (spec.default ?? null) : null;
    } else if (spec.kind === "entity") {
      out[spec.name] = resolveEntity(catalog, spec.name, String(value), spec.labels).id;
    } else if (spec.kind === "subregion") {
      out[spec.name] = resolveSubregion(catalog, spec.name, String(value));
    } else {
      out[spec.name] = value as number;
    }
  }
  return out;
}

/** What a store needs of the analysis: the definition, and its Cypher file unless it has no twin. */
export function storedAnalysis(def: AnalysisDefinition): StoredAnalysis {
  return { name: def.name, params: def.params, run: def.run, cypherPath: def.noCypherTwin ? null : analysisCypherPath(def.name) };
}

/** The rows of a named analysis, typed by its columns (the parity tests check every store's rows against them). */
export async function rowsOf<N extends AnalysisName>(store: GraphStore, name: N, raw: Record<string, unknown>): Promise<RowOf<N>[]> {
  return (await runAnalysis(store, name, raw)).rows as RowOf<N>[];
}

export async function runAnalysis(store: GraphStore, name: string, raw: Record<string, unknown>): Promise<AnalysisResult> {
  const def = analysisOrThrow(name);
  const params = await resolveParams(store, def, raw);
  const rows = await store.run(storedAnalysis(def), params);
  return { analysis: def.name as AnalysisName, store: store.kind, params, columns: def.columns, rows };
}
