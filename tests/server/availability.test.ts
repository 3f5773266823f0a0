/** Issue 21 without a database: Neo4j's memory refusals are 413s, and /api/health answers from kept state. */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { toApiError } from "../../src/server/errors.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { Neo4jAccessError } from "../../src/store/neo4j/connect.ts";

describe("Neo4j's memory refusals", () => {
  it.each([
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError"],
    ["Neo.TransientError.General.OutOfMemoryError"],
    ["Neo.TransientError.Transaction.MemoryLimitExceeded"],
  ])("%s answers 413 query_too_large, also when explained as a Neo4j failure", (code) => {
    for (const error of [Object.assign(new Error("no memory"), { code }), new Neo4jAccessError("Neo4j at …: no memory", "other", code)]) {
      const api = toApiError(error);
      expect(api.status).toBe(413);
      expect(api.code).toBe("query_too_large");
    }
  });
});

describe("/api/health", () => {
  it("never waits for the store: a store whose every read hangs still gets a 503 'degraded' in under a second", async () => {
    const store = new MemoryStore(loadDataset());
    let reads = 0;
    const hang = () => {
      reads++;
      return new Promise<never>(() => {});
    };
    Object.assign(store, { ping: hang, dataset: hang });
    const app = createApp({ store, log: () => {} });
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const response = await app.request("/api/health", { headers: { Host: "localhost" } });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "degraded", dataset: null });
    }
    // The requests read nothing: the one ping in flight is the background pinger's.
    expect(reads).toBe(1);
  });
});
