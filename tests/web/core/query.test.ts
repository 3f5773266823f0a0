/** The query cache behind every API read of the explorer: sharing, cancellation, retries. */
import { beforeEach, describe, expect, it } from "vitest";
import { clearQueryCache, peekQuery, type QueryState, subscribeQuery } from "../../../src/web/core/query.ts";

/** A fetcher whose answers the test releases by hand, recording what it was asked and what was aborted. */
function controlledFetcher() {
  const calls: { signal: AbortSignal; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const fetcher = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
      signal.addEventListener("abort", () => reject(new Error("aborted")));
    });
  return { calls, fetcher };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(clearQueryCache);

describe("subscribeQuery", () => {
  it("asks once for two waiting components and gives both the answer, then serves it from the cache", async () => {
    const { calls, fetcher } = controlledFetcher();
    const seen: QueryState<string>[] = [];
    subscribeQuery("k", fetcher, (s) => seen.push(s));
    subscribeQuery("k", fetcher, (s) => seen.push(s));
    expect(calls).toHaveLength(1);
    calls[0]?.resolve("answer");
    await settle();
    expect(seen.map((s) => s.data)).toEqual(["answer", "answer"]);
    expect(peekQuery("k")).toEqual({ data: "answer", error: undefined, loading: false });
    subscribeQuery("k", fetcher, () => {});
    expect(calls).toHaveLength(1);
  });

  it("aborts a request when the last component stops waiting", () => {
    const { calls, fetcher } = controlledFetcher();
    const stopA = subscribeQuery("k", fetcher, () => {});
    const stopB = subscribeQuery("k", fetcher, () => {});
    stopA();
    expect(calls[0]?.signal.aborted).toBe(false);
    stopB();
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it("unmount then mount again (React's strict mode): the second request's answer arrives, the first's abort does not erase it", async () => {
    const { calls, fetcher } = controlledFetcher();
    subscribeQuery("k", fetcher, () => {})(); // mounted and unmounted at once: aborted
    const seen: QueryState<string>[] = [];
    subscribeQuery("k", fetcher, (s) => seen.push(s));
    expect(calls).toHaveLength(2);
    await settle(); // the first request's abort settles now
    calls[1]?.resolve("second");
    await settle();
    expect(seen).toEqual([{ data: "second", error: undefined, loading: false }]);
    expect(peekQuery("k").data).toBe("second");
  });

  it("a failure reaches the waiting component and is not kept: asking again retries", async () => {
    const { calls, fetcher } = controlledFetcher();
    const seen: QueryState<string>[] = [];
    subscribeQuery("k", fetcher, (s) => seen.push(s));
    calls[0]?.reject(new Error("The server answered 503."));
    await settle();
    expect(seen).toEqual([{ data: undefined, error: "The server answered 503.", loading: false }]);
    subscribeQuery("k", fetcher, () => {});
    expect(calls).toHaveLength(2);
  });
});
