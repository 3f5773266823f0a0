/** The API as the app uses it; every failure becomes an ApiFailure with the server's message. */

import type { ColumnLabel } from "../analyses/contract.ts";
import type { RowOf } from "../analyses/registry.ts";
import type { Dataset } from "../model/graph.ts";
import type { EntityDetails, EntityRelationship } from "../store/types.ts";

export class ApiFailure extends Error {}

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiFailure("The atlas server cannot be reached. Is `npm start` running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiFailure(body?.error?.message ?? `The server answered ${response.status}.`);
  return body as T;
}

/** The graph as /api/graph sends it: the dataset, its hash and where the network draws each node first. */
export type GraphPayload = Dataset & { hash: string; positions: Record<string, [number, number]> };

/** Every read takes an optional AbortSignal (core/query.ts cancels requests nobody waits for). */
export const api = {
  health: () => getJson<{ store: "memory" | "neo4j" }>("/api/health"),
  graph: () => getJson<GraphPayload>("/api/graph"),
  /** The entity and its neighbours, names in `lang` (sourced, else English); ids and facts the same in every language. */
  entity: (id: string, signal?: AbortSignal, lang = "en") =>
    getJson<EntityPayload>(`/api/entities/${encodeURIComponent(id)}${lang === "en" ? "" : `?lang=${lang}`}`, { signal }),
  cypher: (query: string, params: Record<string, unknown>) =>
    getJson<CypherResult>("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    }),
  search: (q: string, label: string | undefined, lang: string | undefined, signal?: AbortSignal) =>
    getJson<{ hits: SearchHit[] }>(searchPath(q, label, lang), { signal }),
  analyses: (lang = "en") => getJson<{ analyses: AnalysisInfo[] }>(`/api/analyses?lang=${encodeURIComponent(lang)}`),
  analysis: <Row>(name: string, params: Record<string, string>, signal?: AbortSignal) =>
    getJson<{ columns: string[]; rows: Row[] }>(analysisPath(name, params), { signal }),
};

/**
 * The URL of a search (also the cache key of its answer): `label` keeps one kind of entity; `lang`
 * is the language of the names answered (every language is searched).
 */
export function searchPath(q: string, label?: string, lang?: string): string {
  return `/api/search?q=${encodeURIComponent(q)}&limit=8${label ? `&label=${encodeURIComponent(label)}` : ""}${lang && lang !== "en" ? `&lang=${encodeURIComponent(lang)}` : ""}`;
}

/** The URL of an analysis with its parameters: also the cache key of its answer. */
export function analysisPath(name: string, params: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
  return `/api/analyses/${name}${query ? `?${query}` : ""}`;
}

/** One entry of GET /api/analyses: a named analysis, its parameters and its Cypher text. */
export interface AnalysisInfo {
  name: string;
  /** For people: the title, a paragraph, each column's label and unit (src/analyses/entries). */
  title: string;
  summary: string;
  columnLabels: Record<string, ColumnLabel>;
  /** The Cypher file's description (the console shows it). */
  description: string;
  columns: string[];
  cypher: string;
  params: { name: string; kind: string; required: boolean; description: string; bound?: "start" | "end" }[];
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Which cap cut the rows: the row cap or the byte cap. */
  truncatedBy?: "rows" | "bytes";
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { id: string; type: string; source: string; target: string }[];
}

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  /** The name people use first ("Rabat Process"): the API's (dataset/build.ts). */
  shortName: string;
  matched: string;
  /** "near": a near miss, offered when nothing better matches; never taken by Enter. */
  match: "exact" | "prefix" | "word" | "substring" | "near";
}

/**
 * GET /api/entities/{id}, as the store answers it (store/types.ts EntityDetails, the one
 * declaration: the route's schema is checked against it at compile time).
 */
export type EntityPayload = EntityDetails;
export type { EntityRelationship };

/** One row of iscm-overlap, as its entry declares it. */
export type OverlapRow = RowOf<"iscm-overlap">;
