/** The API reads the explorer makes, each through the one query cache (core/query.ts). */
import type { AnalysisName, RowOf } from "../analyses/registry.ts";

import { asOfDay } from "../model/time.ts";
import { type AnalysisInfo, analysisPath, api, type EntityPayload, type GraphPayload, type SearchHit, searchPath } from "./api.ts";
import { peekQuery, prefetchQuery, type QueryState, useQuery } from "./core/query.ts";
import { useStore } from "./core/store.ts";
import { viewStore } from "./core/view-store.ts";
import { useT } from "./i18n.tsx";

/** The day every view answers as of: the view's `asOf`, else today. */
export function useAsOfDay(): string {
  return asOfDay(useStore(viewStore).asOf);
}

const graphFetcher = () => api.graph();

export function useGraph(): QueryState<GraphPayload> {
  return useQuery("/api/graph", graphFetcher);
}

/** Starts reading the graph now (the app's entry point, before React renders). */
export function prefetchGraph(): void {
  void prefetchQuery("/api/graph", graphFetcher);
}

export function useStoreKind(): QueryState<{ store: "memory" | "neo4j" }> {
  return useQuery("/api/health", () => api.health());
}

/** The named analyses with their parameters and Cypher (the analyses panel and the console's templates). */
export function useAnalysesList(): QueryState<{ analyses: AnalysisInfo[] }> {
  const { locale } = useT();
  return useQuery(`/api/analyses?lang=${locale}`, () => api.analyses(locale));
}

export function useEntity(id: string | null): QueryState<EntityPayload> {
  const { locale } = useT();
  return useQuery(id === null ? null : `/api/entities/${id}?lang=${locale}`, (signal) => api.entity(id as string, signal, locale));
}

/**
 * A named analysis's rows; `params` null: not asked (yet). Every analysis is asked as of the
 * explorer's day unless `params` names one (the changes history takes its own range).
 */
export function useAnalysis<N extends AnalysisName>(
  name: N,
  params: Record<string, string> | null,
): QueryState<{ columns: string[]; rows: RowOf<N>[] }> {
  const day = useAsOfDay();
  const asked = params === null ? null : name === "changes" || "asOf" in params ? params : { ...params, asOf: day };
  return useQuery(asked === null ? null : analysisPath(name, asked), (signal) => api.analysis<RowOf<N>>(name, asked ?? {}, signal));
}

/** `label`: only entities of that kind (the overlap pickers: ISCMs). */
export function useSearch(q: string, label?: string, lang?: string): QueryState<{ hits: SearchHit[] }> {
  return useQuery(q === "" ? null : searchPath(q, label, lang), (signal) => api.search(q, label, lang, signal));
}

/** The search's answer for `q` if it is in (else undefined). */
export function searchAnswer(q: string, label?: string, lang?: string): SearchHit[] | undefined {
  return peekQuery<{ hits: SearchHit[] }>(searchPath(q, label, lang)).data?.hits;
}

/** Sends the search for `q` at once (a keystroke's handler), before React renders for it: urgent. Resolves when answered. */
export function prefetchSearch(q: string, label?: string, lang?: string): Promise<void> {
  return prefetchQuery(searchPath(q, label, lang), (signal) => api.search(q, label, lang, signal), { urgent: true });
}
