/** A 500 tells the client nothing of internals and logs the whole chain of causes on the server. */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { describeForLog, toApiError } from "../../src/server/errors.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { getJson, listen } from "../helpers/http.ts";

describe("unexpected errors", () => {
  it("answer 500 'internal error' and log the error with its causes", async () => {
    const store = new MemoryStore(loadDataset());
    const root = Object.assign(new Error("disk on fire"), { code: "EFIRE" });
    store.entity = async () => {
      throw new Error("could not read the entity", { cause: root });
    };
    const logged: string[] = [];
    const server = await listen(createApp({ store, log: (m) => logged.push(m) }));
    try {
      const r = await getJson(`${server.url}/api/entities/prague-process`);
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ error: { code: "internal", message: "internal error; the server log has the details" } });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain("error on GET /api/entities/prague-process: Error: could not read the entity");
      expect(logged[0]).toContain("caused by: Error: disk on fire");
      expect(logged[0]).toContain("[EFIRE]");
    } finally {
      await server.close();
    }
  });

  it("a memory limit of Neo4j is the query's fault: 413, not 500", () => {
    const e = Object.assign(new Error("The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB"), {
      code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    });
    expect(toApiError(e)).toMatchObject({ status: 413, code: "query_too_large" });
    expect(describeForLog("plain")).toBe("plain");
  });
});
