/**
 * The static site opened from disk (file://) in Debian's chromium: from index.html to the profiles
 * index, to an ISCM's page and on to a State's, by clicking its relative links. Built from the
 * minimal seed to stay quick; tests/release/site.test.ts checks every link of the real one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build.ts";
import { buildSite } from "../../src/release/site.ts";
import { launchChromium } from "../helpers/browser.ts";

const work = mkdtempSync(join(tmpdir(), "atlas-site-e2e-"));
const site = join(work, "site");
let browser: Browser;

beforeAll(async () => {
  const { dataset } = buildDataset(fileURLToPath(new URL("../fixtures/minimal-seed", import.meta.url)));
  if (!dataset) throw new Error("the minimal seed does not build");
  await buildSite(dataset, site);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("static site from disk", () => {
  it("index → profiles → an ISCM → a State, by its relative links, with the stylesheet and the citation", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(site, "index.html")).href);
      expect(await page.locator("h1").textContent()).toBe("ISCM Atlas");
      await page.getByRole("link", { name: "Every ISCM, State, regional union and organization" }).click();
      await page.waitForURL(/\/profiles\.html$/);
      // The stylesheet loaded from disk: the kind label is upper-cased by profile.css.
      expect(await page.locator("p.kind").evaluate((e) => getComputedStyle(e).textTransform)).toBe("uppercase");
      await page.locator('main a[href^="./iscm/"]').first().click();
      await page.waitForURL(/\/iscm\/[a-z0-9-]+\.html$/);
      expect(await page.locator("[data-testid=citation]").textContent()).toMatch(
        /^ISCM Atlas \d+\.\d+\.\d+ \(dataset [0-9a-f]{16}\), data as of \d{4}-\d{2}-\d{2}$/,
      );
      await page.locator('main a[href^="../state/"]').first().click();
      await page.waitForURL(/\/state\/[A-Z]{3}\.html$/);
      expect(page.url().startsWith("file://")).toBe(true);
      expect(await page.locator("p.kind").textContent()).toMatch(/state/i);
    } finally {
      await page.close();
    }
  });
});
