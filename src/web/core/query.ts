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
  const entry = ask(key, fetcher);
  if (entry === undefined) return () => {};
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

/** The entry for `key`: the cached answer (undefined: nothing to wait for), else the request on its way, started if need be. */
function ask<T>(key: string, fetcher: Fetcher<T>): Entry | undefined {
  const entry = cache.get(key);
  if (entry?.data !== undefined) return undefined;
  if (entry && entry.error === undefined) return entry;
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
  return fresh;
}

/** Requests a user is waiting on right now (a keystroke's search): see `afterUrgent`. */
const urgent = new Set<Promise<void>>();

/**
 * Starts asking for `key` now, from an event handler rather than an effect: the request is on its
 * way before React renders, and the component that then renders with this key waits for the same
 * request. Until a component waits for it, nothing aborts it. `urgent`: a user waits on it, and
 * heavy work that can wait (`afterUrgent`) does. Resolves when the answer (or failure) is in.
 */
export function prefetchQuery<T>(key: string, fetcher: Fetcher<T>, options: { urgent?: boolean } = {}): Promise<void> {
  const pending = ask(key, fetcher)?.pending;
  if (!pending) return Promise.resolve();
  if (options.urgent) {
    urgent.add(pending);
    void pending.finally(() => urgent.delete(pending));
  }
  return pending;
}

/**
 * Resolves when the urgent requests on their way now have settled (at most `maxMs` later) and
 * the page has painted their answers: for heavy work (sigma's first frame, which freezes a big
 * page while it rasterises) that should not hold up what a user is waiting for. Null: nothing
 * urgent, go ahead at once.
 */
export function afterUrgent(maxMs: number): Promise<void> | null {
  if (urgent.size === 0) return null;
  const settled = Promise.race([Promise.allSettled([...urgent]), new Promise((wait) => setTimeout(wait, maxMs))]);
  // React renders the answers in its own task; a frame later they are painted.
  return settled.then(() => new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0))));
}

/**
 * The answer for `key` (null: nothing to ask), fetched with `fetcher` when not cached. An answer
 * already in the cache is returned in the render that asks, even before this component's
 * subscription (an effect) has run: what `prefetchQuery` brought is shown at once.
 */
export function useQuery<T>(key: string | null, fetcher: Fetcher<T>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>(() => peekQuery<T>(key));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the request; a new fetcher per render is the same request
  useEffect(() => {
    setState(peekQuery<T>(key));
    if (key === null) return;
    return subscribeQuery(key, fetcher, setState);
  }, [key]);
  if (key === null) return IDLE;
  const cached = peekQuery<T>(key);
  return cached.data !== undefined ? cached : state;
}

/** For tests: forget every answer. */
export function clearQueryCache(): void {
  cache.clear();
}
