/**
 * Phones and narrow windows (390×844 and 360×740) in Debian's chromium: the view and the panel
 * one at a time behind a two-button switch, the page scrolling as a whole (nothing fixed), no
 * sideways scrolling on the explorer or the profile pages, and axe-core finding no serious or
 * critical violation in any mode. Takes docs/explorer-phone.png for the README.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/paths.ts";
import { seriousViolations, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000); // builds the web app when its sources changed, then starts chromium
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

/** A page in a context of its own (axe-core's Playwright builder needs one). */
async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // The context goes with its page; when the whole browser is closing, it is gone already.
  page.on("close", () => {
    context.close().catch(() => {});
  });
  return page;
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(SIZES)("at $width×$height", (size) => {
  it("the explorer shows the graph or the panel, one at a time; the page scrolls past everything; no sideways scrolling", async () => {
    const page = await newPage(size);
    await page.goto(`${server.url}/`);
    await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
    const graph = await page.locator("section.graph").boundingBox();
    expect(graph?.height).toBeGreaterThan(size.height * 0.6);
    expect(await page.locator(".side").isVisible()).toBe(false);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // Nothing is pinned to the screen: the top bar scrolls away with the page.
    const pinned = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position) && (el as HTMLElement).offsetHeight > 0)
        .map((el) => el.className),
    );
    expect(pinned).toEqual([]);
    if (size.width === 390) await page.screenshot({ path: join(REPO_ROOT, "docs", "explorer-phone.png") });

    await page.getByRole("button", { name: "Details and tools" }).click();
    expect(await page.locator(".side").isVisible()).toBe(true);
    expect(await page.locator("section.graph").isVisible()).toBe(false);
    // The panel is the page: its last part can be scrolled into view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await page.locator(".side > :last-child").boundingBox();
    expect((last?.y ?? Number.POSITIVE_INFINITY) + (last?.height ?? 0)).toBeLessThanOrEqual(size.height + 1);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("a link with a selection opens on the panel with the details, and the switch goes back to the graph", async () => {
    const page = await newPage(size);
    await page.goto(`${server.url}/?selected=prague-process`);
    await expect.poll(() => page.textContent("[data-testid=declared-count]"), { timeout: 30_000 }).toBe("50");
    const details = await page.locator(".side").boundingBox();
    expect(details?.height).toBeGreaterThan(size.height * 0.6);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    if (size.width === 390) await page.screenshot({ path: join(REPO_ROOT, "docs", "explorer-phone-details.png") });
    await page.getByRole("button", { name: "Network view" }).click();
    await expect.poll(() => page.locator("section.graph").isVisible()).toBe(true);
    await page.close();
  });

  it.each(["network", "panel", "matrix", "co-membership", "map"])("axe-core: no serious or critical violation in %s", async (mode) => {
    const page = await newPage(size);
    await page.goto(`${server.url}/${mode === "network" || mode === "panel" ? "" : `?mode=${mode}`}`);
    await page.waitForSelector(".workspace:not([aria-busy])", { timeout: 30_000 });
    if (mode === "network") await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
    if (mode === "map") await page.waitForSelector("[data-testid=map-svg] [data-iso3]", { timeout: 30_000 });
    if (mode === "panel") {
      await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
      await page.getByRole("button", { name: "Details and tools" }).click();
    }
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    "/iscm/prague-process",
    "/state/MDA",
    "/profiles",
    "/data-dictionary",
  ])("the profile page %s fits the screen and passes axe-core", async (path) => {
    const page = await newPage(size);
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector("h1");
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
