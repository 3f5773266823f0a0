/** Host, Origin, body size: the guards on every route, on the embedded store over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { allowedHosts, readServerConfig } from "../../src/server/config.ts";
import { hostName } from "../../src/server/guards.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer, rawRequest } from "../helpers/http.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await listen(
    createApp({
      store: new MemoryStore(loadDataset()),
      corsOrigin: "https://analyst.example",
      guards: { maxBodyBytes: 1000 },
      log: () => {},
    }),
  );
});
afterAll(() => server.close());

const raw = (path: string, headers: Record<string, string>, method = "GET", body?: string) =>
  rawRequest(server.url, path, { method, headers, body });

describe("Host", () => {
  it("answers the loopback names and refuses any other with a 403 that names it", async () => {
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`])
      expect((await raw("/api/health", { host })).status).toBe(200);
    const foreign = await raw("/api/health", { host: "rebound.attacker.example" });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toMatchObject({
      error: { code: "forbidden", message: expect.stringContaining("rebound.attacker.example") },
    });
  });

  it("parses host names as URLs do", () => {
    expect(hostName("Example.org:8080")).toBe("example.org");
    expect(hostName("[::1]:80")).toBe("[::1]");
    expect(hostName("a b")).toBeUndefined();
  });

  it("takes HOST and ATLAS_ALLOWED_HOSTS into the allowed names", () => {
    expect(allowedHosts(readServerConfig({ HOST: "0.0.0.0", ATLAS_ALLOWED_HOSTS: "atlas.example.org, Intranet" }))).toEqual([
      "127.0.0.1",
      "localhost",
      "[::1]",
      "atlas.example.org",
      "intranet",
    ]);
    expect(allowedHosts(readServerConfig({ HOST: "10.1.2.3" }))).toContain("10.1.2.3");
    expect(() => readServerConfig({ ATLAS_ALLOWED_HOSTS: "a b/c" })).toThrow(/ATLAS_ALLOWED_HOSTS must be host names/);
  });
});

describe("Origin", () => {
  const host = () => new URL(server.url).host;
  const postCypher = (origin?: string) =>
    raw("/api/cypher", { host: host(), "content-type": "application/json", ...(origin ? { origin } : {}) }, "POST", '{"query":"RETURN 1"}');

  it("refuses a cross-origin POST, and lets same-origin, the CORS origin and origin-less clients through to the handler", async () => {
    expect((await postCypher("https://evil.example")).status).toBe(403);
    expect((await postCypher("null")).status).toBe(403);
    // Past the guard, the embedded store answers 404 (no Cypher console): the request got through.
    expect((await postCypher(`http://${host()}`)).status).toBe(404);
    expect((await postCypher("https://analyst.example")).status).toBe(404);
    expect((await postCypher()).status).toBe(404);
  });

  it("lets cross-origin GETs through (reads carry no side effects; CORS headers decide what a page may read)", async () => {
    expect((await raw("/api/health", { host: host(), origin: "https://evil.example" })).status).toBe(200);
  });
});

describe("body size", () => {
  it("refuses a body over the limit with 413, on every route", async () => {
    const big = JSON.stringify({ query: "x".repeat(2000) });
    for (const path of ["/api/cypher", "/api/health"]) {
      const r = await raw(path, { host: new URL(server.url).host, "content-type": "application/json" }, "POST", big);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.text)).toMatchObject({ error: { code: "payload_too_large" } });
    }
  });
});
