/** The console's per-client limit on its own: turns in order, a bounded wait, a rate, and Retry-After seconds. */
import { describe, expect, it } from "vitest";
import { ConsoleLimitError } from "../../../../src/store/neo4j/console/errors.ts";
import { ClientLimiter } from "../../../../src/store/neo4j/console/limit.ts";

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ConsoleLimitError,
  );

describe("ClientLimiter", () => {
  it("runs one query per client at a time; the next waits its turn, other clients do not wait", async () => {
    const limiter = new ClientLimiter({ concurrent: 1, waitMs: 1000, perMinute: 600, burst: 10 });
    const release = await limiter.acquire("a");
    let second = false;
    const next = limiter.acquire("a").then((r) => {
      second = true;
      return r;
    });
    const other = await limiter.acquire("b"); // another client: at once
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toBe(false);
    release();
    (await next)();
    other();
    expect(second).toBe(true);
  });

  it("refuses a query that waited longer than waitMs, with Retry-After seconds", async () => {
    const limiter = new ClientLimiter({ concurrent: 1, waitMs: 200, perMinute: 600, burst: 10 });
    const release = await limiter.acquire("a");
    const started = Date.now();
    const e = await refusal(limiter.acquire("a"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(e).toBeInstanceOf(ConsoleLimitError);
    expect(e?.limit).toBe("busy");
    expect(e?.retryAfterS).toBe(1);
    expect(e?.message).toMatch(/already has 1 console query running and the next did not start within 0.2 s/);
    release();
    (await limiter.acquire("a"))(); // the refused one left no trace: the slot is free
  });

  it("refuses past the rate at once, saying when to try again", async () => {
    const limiter = new ClientLimiter({ concurrent: 5, waitMs: 1000, perMinute: 60, burst: 3 });
    for (let i = 0; i < 3; i++) (await limiter.acquire("a"))();
    const e = await refusal(limiter.acquire("a"));
    expect(e?.retryAfterS).toBe(1);
    expect(e?.message).toMatch(/too many console queries from this client \(at most 60 a minute, 3 at once\)/);
    (await limiter.acquire("b"))(); // b has its own bucket
  });
});
