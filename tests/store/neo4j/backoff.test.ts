/** The store's backoff on its own: fail fast while waiting, one attempt per window, one log line per change of state. */
import { describe, expect, it } from "vitest";
import { Backoff } from "../../../src/store/neo4j/backoff.ts";
import { Neo4jAccessError } from "../../../src/store/neo4j/connect.ts";

const down = new Neo4jAccessError("cannot reach Neo4j at bolt://127.0.0.1:1 (database default): connection refused.", "unavailable");

describe("Backoff", () => {
  it("after two failures in a row, fails fast without calling Neo4j until the wait is over, doubling up to the cap", async () => {
    const lines: string[] = [];
    const backoff = new Backoff((m) => lines.push(m), 100, 400);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(down);
    };
    await expect(backoff.run(failing)).rejects.toBe(down);
    expect(calls).toBe(1);
    // One failure may be a dropped connection: the next request still tries.
    await expect(backoff.run(failing)).rejects.toBe(down);
    expect(calls).toBe(2);
    // Two in a row: 50 requests in the window, none reaches Neo4j.
    for (let i = 0; i < 50; i++) await expect(backoff.run(failing)).rejects.toBe(down);
    expect(calls).toBe(2);
    await new Promise((r) => setTimeout(r, 120));
    await expect(backoff.run(failing)).rejects.toBe(down); // the one attempt of this window
    await expect(backoff.run(failing)).rejects.toBe(down);
    expect(calls).toBe(3);
    await new Promise((r) => setTimeout(r, 120)); // the wait doubled to 200 ms: still closed
    await expect(backoff.run(failing)).rejects.toBe(down);
    expect(calls).toBe(3);
    await new Promise((r) => setTimeout(r, 120));
    expect(await backoff.run(() => Promise.resolve(42))).toBe(42);
    expect(backoff.down).toBe(false);
    expect(lines).toEqual([
      `neo4j: ${down.message} — retrying with backoff (100 ms doubling, at most 400 ms)`,
      "neo4j: answering again after 3 failed attempts",
    ]);
  });

  it("a failure of the query itself is not Neo4j's state", async () => {
    const backoff = new Backoff(() => {}, 100, 400);
    const syntax = Object.assign(new Error("Invalid input"), { code: "Neo.ClientError.Statement.SyntaxError" });
    await expect(backoff.run(() => Promise.reject(syntax))).rejects.toBe(syntax);
    expect(backoff.down).toBe(false);
    expect(await backoff.run(() => Promise.resolve(1))).toBe(1);
  });
});
