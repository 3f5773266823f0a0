/** The API on the embedded store, over real HTTP; and what only the embedded mode does. */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { readServerConfig } from "../../src/server/config.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { getJson, listen } from "../helpers/http.ts";
import { describeApi } from "./api-suite.ts";

describeApi("memory", async () => new MemoryStore(loadDataset()));

describe("embedded mode", () => {
  it("POST /api/cypher is a 404 that says how to switch Neo4j on, and the console is not in the OpenAPI document", async () => {
    const server = await listen(createApp({ store: new MemoryStore(loadDataset()) }));
    try {
      const { status, body } = await getJson(`${server.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "MATCH (n) RETURN n" }),
      });
      expect(status).toBe(404);
      expect(body).toMatchObject({ error: { code: "not_available", message: expect.stringContaining("NEO4J_URI") } });
      const doc = await getJson(`${server.url}/api/openapi.json`);
      expect(Object.keys(doc.body.paths as object)).not.toContain("/api/cypher");
    } finally {
      await server.close();
    }
  });

  it("sends no CORS headers by default, and the configured origin when asked", async () => {
    const plain = await listen(createApp({ store: new MemoryStore(loadDataset()) }));
    const withCors = await listen(createApp({ store: new MemoryStore(loadDataset()), corsOrigin: "https://analyst.example" }));
    try {
      const from = (origin: string) => ({ headers: { Origin: origin } });
      const allowed = async (url: string, origin: string) =>
        (await fetch(`${url}/api/health`, from(origin))).headers.get("access-control-allow-origin");
      expect(await allowed(plain.url, "https://analyst.example")).toBeNull();
      expect(await allowed(withCors.url, "https://analyst.example")).toBe("https://analyst.example");
      expect(await allowed(withCors.url, "https://evil.example")).toBeNull();
    } finally {
      await plain.close();
      await withCors.close();
    }
  });
});

describe("server settings", () => {
  it("defaults to loopback:8080 and names each bad value", () => {
    expect(readServerConfig({})).toMatchObject({
      PORT: 8080,
      HOST: "127.0.0.1",
      ATLAS_CYPHER_TIMEOUT_MS: 5000,
      ATLAS_CYPHER_ROW_CAP: 5000,
    });
    expect(() => readServerConfig({ PORT: "http" })).toThrow('PORT must be a whole number (got "http")');
    expect(() => readServerConfig({ PORT: "70000", ATLAS_CYPHER_ROW_CAP: "0" })).toThrow(
      /PORT must be 0–65535 .*; ATLAS_CYPHER_ROW_CAP must be at least 1/,
    );
  });
});
