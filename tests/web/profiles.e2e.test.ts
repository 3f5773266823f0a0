/**
 * Accessibility as a checked property (axe-core in Debian's chromium: no serious or critical
 * violations on the explorer and the profile pages), keyboard-only navigation from the index to
 * a profile, the explorer's link to a profile, and the printed page (A4 print stylesheet).
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { ensureWebBuild } from "../../src/server/build.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { launchChromium } from "../helpers/browser.ts";
import { seriousViolations } from "../helpers/explorer.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SHOTS = join(ROOT, "tests", "screenshots");
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild(() => {});
  server = await listen(createApp({ store: new MemoryStore(loadDataset()), webDir: join(ROOT, "dist"), log: () => {} }));
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 240_000); // builds the web app when its sources changed, then starts chromium: minutes on a busy 2-core machine
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("accessibility and profiles in the browser", () => {
  it.each([
    ["/", "[data-testid=sigma-container] canvas"],
    ["/iscm/prague-process", "h1"],
    ["/compare/prague-process/eap-panel", "h1"],
    ["/profiles", "h1"],
    ["/currency", "h1"],
    ["/?mode=map&overlap=prague-process,eap-panel", "[data-testid=map-svg] [data-iso3]"],
  ])("axe-core finds no serious or critical violation on %s", async (path, ready) => {
    // axe-core's Playwright builder needs a page of an explicit context.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector(ready, { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  // The pages at a phone's size too (the explorer's views at 390 px: selection.e2e and phone.e2e).
  it.each([
    "/iscm/prague-process",
    "/state/MDA",
    "/compare/prague-process/eap-panel",
    "/profiles",
    "/currency",
  ])("axe-core finds no serious or critical violation on %s at 390×844, and nothing scrolls sideways but its tables", async (path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector("h1", { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // The page itself does not scroll sideways; a wide table scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("the check itself reports a critical violation where there is one (an image without text)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
    );
    expect((await seriousViolations(page)).join("\n")).toContain("image-alt (critical)");
    await context.close();
  });

  it("the keyboard alone reaches a profile from the index: every entry is a link in the tab order", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/profiles`);
    const links = await page.locator("main a[href^='/iscm/'], main a[href^='/state/']").count();
    expect(links).toBeGreaterThan(200);
    // Tab from the top until the Prague Process link has the focus, then follow it with Enter.
    let focused = "";
    for (let i = 0; i < 80 && focused !== "/iscm/prague-process"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    }
    expect(focused).toBe("/iscm/prague-process");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/iscm\/prague-process$/);
    expect(await page.locator("h1").textContent()).toBe("Prague Process");
    await page.close();
  });

  it("the explorer's details panel links to the entity's profile, with its date", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?selected=eap-panel&asOf=2019-06`);
    const link = page.getByTestId("profile-link");
    await expect.poll(() => link.getAttribute("href")).toBe("/iscm/eap-panel?asOf=2019-06-30");
    await link.click();
    await page.waitForURL(/\/iscm\/eap-panel\?asOf=2019-06-30$/);
    expect(await page.getByTestId("as-of").textContent()).toBe("2019-06-30");
    expect(await page.locator("h2", { hasText: /^Member States/ }).textContent()).toBe("Member States (34)");
    await page.close();
  });

  it("prints on A4 without the navigation, footnotes kept (a PDF, and a picture of its first page)", async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${server.url}/iscm/prague-process`);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site").isVisible()).toBe(false);
    expect(await page.locator(".tools").isVisible()).toBe(false);
    expect(await page.locator(".footnotes").isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, "profile-print.png") });
    await page.close();
  });

  it("chromium takes the Permissions-Policy as given: camera and geolocation denied, no feature it does not know", async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on("console", (m) => messages.push(m.text()));
    for (const path of ["/", "/iscm/prague-process"]) {
      await page.goto(`${server.url}${path}`);
      // The document's own view of the policy: what it may use.
      const allowed = await page.evaluate(() => {
        type Policy = { allowsFeature(f: string): boolean };
        const d = document as unknown as { permissionsPolicy?: Policy; featurePolicy?: Policy };
        const policy = d.permissionsPolicy ?? d.featurePolicy;
        return policy ? { camera: policy.allowsFeature("camera"), geolocation: policy.allowsFeature("geolocation") } : undefined;
      });
      expect(allowed, path).toEqual({ camera: false, geolocation: false });
    }
    expect(messages.filter((m) => m.includes("Permissions-Policy"))).toEqual([]);
    await page.close();
  });
});
