/**
 * The one way the app reads the API: a small cache of answers by key, shared requests, and
 * cancellation. A component asks `useQuery(key, fetcher)`; the answer for a key is fetched once and
 * served to every component that asks for it (the overlap matrix feeds the matrix view and the
 * details panel alike). When the last component waiting for a request goes away, the request is
 * aborted. A failed request is not kept: asking again retries.
 */
import { useEffect, useState } from "react";

export type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

interface Entry {
  data?: unknown;
  error?: string;
  pending?: Promise<void>;
  controller: AbortController;
  waiting: number;
}

const MAX_ENTRIES = 200;
const cache = new Map<string, Entry>();

function remember(key: string, entry: Entry): void {
  cache.delete(key); // re-insert: the Map's order is the recency order
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

const IDLE: QueryState<never> = { data: undefined, error: undefined, loading: false };

/** What is known of `key` now, without asking. */
export function peekQuery<T>(key: string | null): QueryState<T> {
  if (key === null) return IDLE;
  const entry = cache.get(key);
  if (entry?.data !== undefined) return { data: entry.data as T, error: undefined, loading: false };
  return { data: undefined, error: entry?.error, loading: entry?.error === undefined };
}

/**
 * Asks for `key`: `onSettled` is called once with the answer or the failure (not when cancelled).
 * Returns the function that stops waiting; the last one to stop waiting aborts the request.
 */
export function subscribeQuery<T>(key: string, fetcher: Fetcher<T>, onSettled: (state: QueryState<T>) => void): () => void {
  let entry = cache.get(key);
  if (entry?.data !== undefined) return () => {};
  if (!entry || entry.error !== undefined) {
    const controller = new AbortController();
    const fresh: Entry = { controller, waiting: 0 };
    fresh.pending = fetcher(controller.signal).then(
      (data) => {
        fresh.data = data;
        fresh.pending = undefined;
      },
      (e: Error) => {
        fresh.pending = undefined;
        // A cancelled request was already dropped, and a newer one may hold the key by now.
        if (controller.signal.aborted) return;
        fresh.error = e.message;
        if (cache.get(key) === fresh) cache.delete(key); // not kept: the next ask retries
      },
    );
    remember(key, fresh);
    entry = fresh;
  }
  const mine = entry;
  mine.waiting++;
  let live = true;
  void mine.pending?.then(() => {
    if (live && !mine.controller.signal.aborted) onSettled({ data: mine.data as T | undefined, error: mine.error, loading: false });
  });
  return () => {
    if (!live) return;
    live = false;
    mine.waiting--;
    if (mine.waiting === 0 && mine.pending) {
      mine.controller.abort();
      if (cache.get(key) === mine) cache.delete(key);
    }
  };
}

/** The answer for `key` (null: nothing to ask), fetched with `fetcher` when not cached. */
export function useQuery<T>(key: string | null, fetcher: Fetcher<T>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>(() => peekQuery<T>(key));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the request; a new fetcher per render is the same request
  useEffect(() => {
    setState(peekQuery<T>(key));
    if (key === null) return;
    return subscribeQuery(key, fetcher, setState);
  }, [key]);
  return key === null ? IDLE : state;
}

/** For tests: forget every answer. */
export function clearQueryCache(): void {
  cache.clear();
}
