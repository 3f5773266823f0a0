/**
 * What a person sees after choosing an entity, at a desktop and a phone size: after every way of
 * selecting (a suggestion clicked, Enter in the search, a name clicked in the details, a link with
 * `?selected=`) the chosen node is inside the canvas in sigma's viewport coordinates and the canvas
 * is not blank (its pixels, read back from a screenshot). Then the landing's labels, names,
 * search feedback, the legend per view and the keyboard path, with axe-core on each view touched.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canvasInk, nodeOnCanvas, seriousViolations, startExplorer } from "../helpers/explorer.ts";
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
  // Attached, not visible: on a phone a link with a selection opens on the panel, the graph behind it.
  await page.waitForSelector("[data-testid=sigma-container] canvas", { state: "attached", timeout: 30_000 });
  await page.waitForFunction(() => window.__sigma !== undefined);
  return page;
}

/**
 * On a narrow screen the view and the panel take the screen one at a time (the pane switch under
 * the top bar): a person switches to the one they want to look at, and so does the test.
 */
async function showPane(page: Page, pane: "view" | "panel") {
  const switcher = page.locator(".pane-switch button").nth(pane === "view" ? 0 : 1);
  if ((await switcher.count()) > 0 && (await switcher.isVisible())) await switcher.click();
}

/** The selected node is on the canvas, and the canvas shows a graph. */
async function expectSeen(page: Page, id: string, name: string | RegExp) {
  await showPane(page, "panel");
  await expect.poll(() => page.locator(".details h2").textContent(), { timeout: 15_000 }).toMatch(name);
  await showPane(page, "view");
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
    await showPane(page, "panel");
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
    await expectSeen(page, "khartoum-process", /^Khartoum Process — European Union–Horn of Africa Migration Route Initiative$/);
    await page.close();
  });
});

describe.each(SIZES)("the landing's labels at $width×$height", (size) => {
  it("labels the Prague Process and the EaP Panel, and every ISCM on the canvas is labelled or shows its label on hover", async () => {
    const page = await open("/?expose", size);
    await page.waitForFunction(() => window.__labels !== undefined);
    const onCanvas = await page.evaluate(() => {
      const sigma = window.__sigma;
      if (!sigma) return [];
      const { width, height } = sigma.getDimensions();
      return sigma
        .getGraph()
        .filterNodes((_, a) => a.kind === "ISCM")
        .map((id) => ({ id, ...sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id) as { x: number; y: number }) }))
        .filter((n) => n.x >= 0 && n.y >= 0 && n.x <= width && n.y <= height);
    });
    expect(onCanvas.length).toBe(37);
    const labelled = async () => new Set(((await page.evaluate(() => window.__labels)) ?? []).map((l) => l.key));
    const landing = await labelled();
    expect([landing.has("prague-process"), landing.has("eap-panel")]).toEqual([true, true]);
    const box = await page.locator("[data-testid=sigma-container]").boundingBox();
    if (!box) throw new Error("no graph on the page");
    const byHover: string[] = [];
    for (const node of onCanvas.filter((n) => !landing.has(n.id))) {
      await page.mouse.move(box.x + node.x, box.y + node.y);
      // Hovered, the node is highlighted: sigma draws it with its label in the hover layer.
      const hovered = () =>
        page.evaluate(
          (id) =>
            window.__sigma?.getNodeDisplayData(id)?.highlighted
              ? id
              : `${id} not hovered: ${window.__sigma?.getGraph().filterNodes((n) => window.__sigma?.getNodeDisplayData(n)?.highlighted)}`,
          node.id,
        );
      await expect.poll(hovered, { timeout: 5_000 }).toBe(node.id);
      byHover.push(node.id);
      await page.mouse.move(box.x + 2, box.y + 2);
    }
    // At the desktop size every ISCM is labelled on the landing; on a phone some wait for a hover.
    if (size.width >= 1440) expect(byHover).toEqual([]);
    await page.close();
  });
});

describe("names and search as a person reads them", () => {
  it("search shows the short name first and the formal name beside it; State names are the UN's, found by their common English names", async () => {
    const page = await open("/?expose", SIZES[0]);
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill("Rabat");
    const first = page.locator("[role=listbox] [role=option]").first();
    await expect.poll(() => first.textContent()).toMatch(/^Rabat Process — Euro-African Dialogue on Migration and Development/);
    await box.fill("Ivory Coast");
    await expect.poll(() => page.locator("[role=listbox] [role=option]").first().textContent()).toMatch(/^Côte d’Ivoire/);
    await page.keyboard.press("Enter");
    await expectSeen(page, "CIV", /^Côte d’Ivoire$/);
    await page.close();
  });

  it("'FMDQ' + Enter selects nothing: the search says there is no match and offers the closest names", async () => {
    const page = await open("/?expose", SIZES[0]);
    await page.getByRole("combobox", { name: "Search" }).fill("FMDQ");
    await page.getByRole("listbox", { name: "Closest names" }).waitFor();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "No match" }).first().textContent())
      .toContain("No match for “FMDQ”");
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain("selected=");
    expect(await page.locator(".details h2").count()).toBe(0);
    // A near miss the user moves to with the arrows is theirs to take.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("selected=");
    await page.close();
  });

  it("the overlap pickers are the search's combobox: 'Rabat' and 'Khartoum' find their ISCMs and compare them", async () => {
    const page = await open("/?expose", SIZES[0]);
    const first = page.getByRole("combobox", { name: "First ISCM" });
    await first.fill("Rabat");
    await expect.poll(() => page.locator("[role=listbox] [role=option]").first().textContent()).toMatch(/^Rabat Process/);
    await page.keyboard.press("Enter");
    const second = page.getByRole("combobox", { name: "Second ISCM" });
    await second.fill("Khartoum");
    await expect
      .poll(() => page.locator("[role=listbox] [role=option]").first().textContent())
      .toMatch(/^Khartoum Process — European Union–Horn of Africa/);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toMatch(/overlap=rabat-process(,|%2C)khartoum-process/);
    await expect.poll(() => page.getByTestId("shared-count").textContent()).toMatch(/^\d+$/);
    expect(await page.getByRole("heading", { name: /^Only Rabat Process \(\d+\)/ }).count()).toBe(1);
    expect(await page.getByRole("combobox", { name: "First ISCM" }).inputValue()).toBe("Rabat Process");
    await page.close();
  });
});

describe("the details, what changed and the legend, as a person sees them", () => {
  it("'compare' in the details brings the overlap result into view and gives it the focus", async () => {
    const page = await open("/?expose&selected=prague-process", SIZES[0]);
    const row = page.locator(".details li", { hasText: /^EaP Panel/ });
    await row.getByRole("button", { name: "compare" }).click();
    await expect.poll(() => page.getByTestId("shared-count").textContent()).toBe("32");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("overlap");
    const seen = await page.evaluate(() => {
      const side = document.querySelector(".side")?.getBoundingClientRect();
      const summary = document.querySelector("[data-testid=overlap-summary]")?.getBoundingClientRect();
      return side && summary ? summary.top >= side.top && summary.bottom <= side.bottom : false;
    });
    expect(seen).toBe(true);
    await page.close();
  });

  it("the fact sheet leads with today's chair, then Annex 2's; its lists read in name order", async () => {
    const page = await open("/?expose&selected=gfmd", SIZES[0]);
    await page.getByTestId("current-chair").waitFor();
    const terms = await page.locator(".details dl.facts dt").allTextContents();
    const current = terms.findIndex((t) => t.startsWith("Chair on "));
    expect(current).toBeGreaterThanOrEqual(0);
    expect(current).toBeLessThan(terms.indexOf("Chair (Annex 2, 2019)"));
    expect((await page.getByTestId("current-chair").textContent())?.trim()).not.toBe("");
    const members = await page
      .locator(".details section", { has: page.locator("h3", { hasText: /^Members/ }) })
      .first()
      .locator("li > button")
      .allTextContents();
    expect(members.length).toBeGreaterThan(100);
    const sorted = await page.evaluate((names) => [...names].sort((a, b) => a.localeCompare(b)), members);
    expect(members).toEqual(sorted);
    // Switzerland after Sweden, not after Bulgaria (ISO code order: CHE).
    expect(members.indexOf("Switzerland")).toBeGreaterThan(members.indexOf("Sweden"));
    await page.close();
  });

  it("'What changed' for 2019-06 to 2020-12-31 leaves out Senegal's later GFMD chair, and its list is not cut by an inner scroll box", async () => {
    const page = await open("/?expose&selected=gfmd", SIZES[0]);
    await page.locator("summary", { hasText: "What changed" }).click();
    await page.getByRole("textbox", { name: "to" }).fill("2020-12-31");
    await expect.poll(async () => Number(await page.getByTestId("changes-count").textContent())).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".changes-list").textContent()).not.toContain("Senegal");
    const list = await page.locator(".changes-list").evaluate((el) => ({
      overflow: getComputedStyle(el).overflowY,
      cut: el.scrollHeight > el.clientHeight + 1,
    }));
    expect(list).toEqual({ overflow: "visible", cut: false });
    const last = page.locator(".changes-list > li").last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    // From 2023 on, the end of Senegal's co-chair (before 2024-04-01) may fall in the window.
    await page.getByRole("textbox", { name: "From" }).fill("2023");
    await page.getByRole("textbox", { name: "to" }).fill("2023-12-31");
    await expect.poll(() => page.locator(".changes-list").textContent()).toContain("Senegal");
    await page.close();
  });

  it.each(
    SIZES,
  )("the side legend explains the view's colours: a comparison on the network and on the map ($width×$height)", async (size) => {
    const page = await open("/?expose&overlap=prague-process,eap-panel", size);
    const legend = page.locator("details.legend");
    await expect.poll(() => page.getByTestId("legend-title").textContent()).toBe("Network: comparing Prague Process / EaP Panel");
    expect(await legend.textContent()).toContain("State in both");
    expect(await legend.textContent()).toContain("State in Prague Process only");
    expect(await legend.textContent()).not.toContain("State in Americas");
    await page.goto(`${server.url}/?mode=map&overlap=prague-process,eap-panel`);
    // On a narrow screen a comparison brings the panel: the map is drawn behind it.
    await page.waitForSelector("[data-testid=map-svg] [data-iso3]", { state: "attached", timeout: 30_000 });
    const both = await page.locator("[data-testid=map-svg] [data-legend=all]").getAttribute("data-count");
    await expect.poll(() => page.getByTestId("legend-title").textContent()).toMatch(/^Map: Overlap/);
    expect(await page.locator("details.legend").textContent()).toContain(`State in both (${both})`);
    await page.close();
  });
});

describe("keyboard and accessibility", () => {
  it("a skip link, then the overlap of two ISCMs in a handful of keys: Tab, Enter, 'Prague', Enter, Tab, 'EaP Panel', Enter", async () => {
    const page = await open("/?expose", SIZES[0]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to comparing two ISCMs");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("compare-first");
    await page.keyboard.type("Prague");
    await page.locator("[role=listbox] [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("EaP Panel");
    await page.locator("[role=listbox] [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("shared-count").textContent()).toBe("32");
    await page.close();
  });

  const VIEWS = [
    ["/", "[data-testid=sigma-container] canvas"],
    ["/?selected=prague-process", ".details h2"],
    ["/?overlap=prague-process,eap-panel&selected=MDA", "[data-testid=shared-count]"],
    ["/?mode=map&overlap=prague-process,eap-panel", "[data-testid=map-svg] [data-iso3]"],
  ] as const;
  for (const size of SIZES)
    it.each(VIEWS)(`axe-core finds no serious or critical violation on %s at ${size.width}×${size.height}`, async (path, ready) => {
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      // On a narrow screen the view and the panel take turns: what is ready may be behind the other.
      await page.waitForSelector(ready, { state: "attached", timeout: 30_000 });
      await page.locator("details.legend").waitFor({ state: "attached" });
      expect(await seriousViolations(page)).toEqual([]);
      // With the search saying it has no match, and its closest names open.
      await page.getByRole("combobox", { name: "Search" }).fill("FMDQ");
      await page.getByRole("listbox", { name: "Closest names" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
});

describe("the comparison's pickers", () => {
  it("a third ISCM is added by its picker and taken out alone by its Remove button", async () => {
    const page = await open("/?expose&overlap=prague-process,eap-panel", SIZES[0]);
    await expect.poll(() => page.getByTestId("shared-count").textContent()).toBe("32");
    await page.getByRole("combobox", { name: "Third ISCM (optional)" }).fill("Budapest");
    await page.locator("[role=listbox] [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toMatch(/overlap=prague-process(,|%2C)eap-panel(,|%2C)budapest-process/);
    await page.getByRole("button", { name: "Remove Budapest Process" }).click();
    await expect.poll(() => page.url()).toMatch(/overlap=prague-process(,|%2C)eap-panel($|&)/);
    expect(await page.getByRole("combobox", { name: "Third ISCM (optional)" }).inputValue()).toBe("");
    await expect.poll(() => page.getByTestId("shared-count").textContent()).toBe("32");
    await page.close();
  });
});
