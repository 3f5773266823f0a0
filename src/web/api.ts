/** The API as the app uses it; every failure becomes an ApiFailure with the server's message. */
import type { Dataset } from "../model/graph.ts";

export class ApiFailure extends Error {}

async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch {
    throw new ApiFailure("The atlas server cannot be reached. Is `npm start` running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiFailure(body?.error?.message ?? `The server answered ${response.status}.`);
  return body as T;
}

export type GraphPayload = Dataset & { hash: string };

export const api = {
  health: () => getJson<{ store: "memory" | "neo4j" }>("/api/health"),
  graph: () => getJson<GraphPayload>("/api/graph"),
  entity: (id: string) => getJson<EntityPayload>(`/api/entities/${encodeURIComponent(id)}`),
  search: (q: string) => getJson<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=8`),
  analyses: <Info>() => getJson<{ analyses: Info[] }>("/api/analyses"),
  analysis: <Row>(name: string, params: Record<string, string>) =>
    getJson<{ columns: string[]; rows: Row[] }>(`/api/analyses/${name}?${new URLSearchParams(params).toString()}`),
};

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  matched: string;
}

export interface EntityRelationship {
  type: string;
  direction: "out" | "in";
  other: string;
  properties: { sources: string[]; asOf: string; [k: string]: unknown };
}

export interface EntityPayload {
  node: { id: string; label: string; properties: Record<string, unknown> & { name: string } };
  relationships: EntityRelationship[];
  neighbours: { id: string; label: string; name: string }[];
}

export interface OverlapRow {
  a: string;
  b: string;
  c: string | null;
  memberCounts: number[];
  sharedCount: number;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  onlyC: string[] | null;
  jaccard: number;
  overlapCoefficient: number;
}
