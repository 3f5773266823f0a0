/**
 * The built app as served: precompressed brotli/gzip from the build, long-lived immutable caching
 * for hashed assets, revalidation for index.html and deep links. Raw HTTP, so nothing decodes for us.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { DIST } from "../../src/paths.ts";
import { createApp } from "../../src/server/app.ts";
import { ensureWebBuild, initialScripts } from "../../src/server/build.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer, rawRequest } from "../helpers/http.ts";

let server: RunningServer;
beforeAll(async () => {
  await ensureWebBuild(() => {});
  server = await listen(createApp({ store: new MemoryStore(loadDataset()), webDir: DIST, log: () => {} }));
}, 180_000);
afterAll(() => server?.close());

const get = (path: string, acceptEncoding?: string) =>
  rawRequest(server.url, path, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

const landingScripts = () => initialScripts(join(DIST, "index.html"));

describe("static assets", () => {
  it("index.html and deep links are revalidated every time", async () => {
    for (const path of ["/", "/index.html", "/?selected=prague-process"]) {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("hashed assets go brotli- or gzip-compressed as built, cached for a year as immutable, and raw to clients that ask for neither", async () => {
    // The landing's biggest script (small ones, under 1 kB, are not precompressed).
    const [main] = landingScripts().sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size);
    expect(main).toMatch(/^\/assets\/.+\.js$/);
    const raw = readFileSync(join(DIST, main as string));
    const br = await get(main as string, "br, gzip");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    expect(br.body.length).toBeLessThan(raw.length / 3);
    const gz = await get(main as string, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await get(main as string);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  it("the landing page's JS is under 200 kB as transferred (brotli)", async () => {
    let transferred = 0;
    for (const path of landingScripts()) transferred += (await get(path, "br")).body.length;
    expect(transferred).toBeGreaterThan(10_000);
    expect(transferred).toBeLessThan(200 * 1024);
  });
});
