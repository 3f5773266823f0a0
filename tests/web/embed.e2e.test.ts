/**
 * Embeds in Debian's chromium, framed by a page of another origin (a tiny server on another
 * 127.0.0.1 port): the view renders with its citation line and follows asOf, and axe-core finds
 * no serious violation in it; with frame-ancestors narrowed to 'self' the same frame is refused,
 * and a profile page (not an embed) is never framed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { launchChromium } from "../helpers/browser.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

const dataset = loadDataset();
let open: RunningServer;
let narrow: RunningServer;
let host: Server;
let hostUrl: string;
let browser: Browser;

beforeAll(async () => {
  open = await listen(createApp({ store: new MemoryStore(dataset), log: () => {} }));
  narrow = await listen(createApp({ store: new MemoryStore(dataset), embedFrameAncestors: "'self'", log: () => {} }));
  // Another origin: a page that only frames what ?src= names.
  host = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>A ministry's page</title><h1>Our migration dialogues</h1><iframe id="atlas" title="ISCM Atlas" width="700" height="520" src="${src.replace(/"/g, "&quot;")}"></iframe>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", () => done()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await open?.close();
  await narrow?.close();
  await new Promise((done) => host?.close(done));
});

/** The host page framing `src`, and its iframe once loaded. */
async function framed(src: string): Promise<{ frame: Frame; close: () => Promise<void> }> {
  const page = await browser.newPage();
  await page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`, { waitUntil: "load" });
  const frame = await (await page.$("#atlas"))?.contentFrame();
  if (!frame) throw new Error("no iframe");
  return { frame, close: () => page.close() };
}

describe("embeds in an iframe on another origin", () => {
  it("the footprint renders its map with the citation line, as of the asked day, linking to the full view", async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(open.url).origin);
    const { frame, close } = await framed(`${open.url}/embed/footprint/prague-process?asOf=2019-06`);
    try {
      const citation = await frame.locator("[data-testid=citation]").textContent({ timeout: 15_000 });
      expect(citation).toMatch(
        /^ISCM Atlas \d+\.\d+\.\d+ \(dataset [0-9a-f]{16}\), data as of 2019-06-30, http:\/\/127\.0\.0\.1:\d+\/iscm\/prague-process\?asOf=2019-06$/,
      );
      expect(await frame.locator("h1").textContent()).toBe("Prague Process");
      expect(await frame.locator("svg.footprint [data-iso3]").count()).toBeGreaterThan(40);
      expect(await frame.locator("[data-testid=full-view]").getAttribute("href")).toBe(`${open.url}/iscm/prague-process?asOf=2019-06`);
    } finally {
      await close();
    }
  });

  it("the overlap and the State card render too", async () => {
    const overlap = await framed(`${open.url}/embed/overlap?iscms=prague-process,eap-panel&asOf=2019-06`);
    try {
      await overlap.frame.locator("[data-testid=citation]").waitFor({ timeout: 15_000 });
      expect(await overlap.frame.locator("main").textContent()).toMatch(/Shared member States \(34\)/);
    } finally {
      await overlap.close();
    }
    const state = await framed(`${open.url}/embed/state/BLR?asOf=2022`);
    try {
      await state.frame.locator("[data-testid=citation]").waitFor({ timeout: 15_000 });
      expect(await state.frame.locator("main").textContent()).toMatch(/Suspended from \(1\)/);
    } finally {
      await state.close();
    }
  });

  it.each([
    "/embed/footprint/prague-process",
    "/embed/overlap?iscms=prague-process,eap-panel",
    "/embed/state/BLR",
  ])("axe-core finds no serious or critical violation on %s", async (path) => {
    const context = await browser.newContext({ viewport: { width: 700, height: 520 } });
    const page = await context.newPage();
    try {
      await page.goto(`${open.url}${path}`);
      const results = await new AxeBuilder({ page: page as never }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("with frame-ancestors 'self' the same embed is refused in the frame, and a profile page is never framed", async () => {
    for (const src of [`${narrow.url}/embed/footprint/prague-process`, `${open.url}/iscm/prague-process`]) {
      // The page answers when asked directly…
      expect((await fetch(src)).status).toBe(200);
      // …but chromium refuses to show it inside the other origin's frame.
      const { frame, close } = await framed(src);
      try {
        expect(await frame.locator("[data-testid=citation]").count(), `${src} in ${frame.url()}`).toBe(0);
        expect(await frame.locator("h1").allTextContents()).not.toContain("Prague Process");
        expect(frame.url(), "chromium shows its error page instead").toMatch(/^chrome-error:/);
      } finally {
        await close();
      }
    }
  });
});
