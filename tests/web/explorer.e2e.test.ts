/**
 * The explorer in real chromium against the real server (embedded store): the landing page draws,
 * search, details with the declared count, the Prague/EaP overlap equal to the API's, deep links,
 * back/forward, keyboard-only search, the API-down message and a narrow screen.
 * Screenshots go to tests/screenshots/ (git-ignored).
 */
import { join } from "node:path";
import Graph from "graphology";
import { parse as gexfParse } from "graphology-gexf";
import { parse as graphmlParse } from "graphology-graphml";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { datasetHash } from "../../src/dataset/hash.ts";
import { asOfDay, edgesHeldAt } from "../../src/model/time.ts";
import { FADED_COLOR, OVERLAP_COLORS } from "../../src/web/core/appearance.ts";
import { labelBox, overlaps } from "../../src/web/core/label-placement.ts";
import { download, SHOTS, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000); // builds the web app when its sources changed, then starts chromium: minutes on a busy 2-core machine
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  viewport = { width: 1280, height: 800 },
  ready = "[data-testid=sigma-container] canvas",
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return { page, errors };
}

describe("the explorer", () => {
  it("draws the whole graph on a non-empty canvas", async () => {
    const { page, errors } = await open("/?expose");
    const order = await page.evaluate(() => window.__sigma?.getGraph().order);
    expect(order).toBe(loadDataset().nodes.length);
    await page.waitForTimeout(500);
    const shot = await page.locator("[data-testid=sigma-container]").screenshot({ path: join(SHOTS, "landing.png") });
    // A blank canvas compresses to a few kB; a drawn network does not.
    expect(shot.length).toBeGreaterThan(30_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the server's layout in its first frame, once: no second draw while loading, and no label over another", async () => {
    const served = (await (await fetch(`${server.url}/api/graph`)).json()) as { positions: Record<string, [number, number]> };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Count every frame sigma draws after its constructor (which draws the first).
    await page.addInitScript(`(() => {
      let instance;
      Object.defineProperty(window, "__sigma", { configurable: true, get: () => instance, set: (s) => {
        instance = s;
        window.__laterDraws = 0;
        s?.on("afterRender", () => window.__laterDraws++);
      } });
    })()`);
    await page.goto(`${server.url}/?expose`);
    await page.waitForFunction(() => window.__firstFrame !== undefined);
    // The side panels come in after the first frame; nothing may make sigma draw the graph again.
    await page.getByText("Filters", { exact: true }).waitFor();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __laterDraws: number }).__laterDraws)).toBe(0);
    const drawn = await page.evaluate(() => {
      const graph = window.__sigma?.getGraph();
      return Object.fromEntries(graph?.mapNodes((id, a) => [id, [a.x, a.y]]) ?? []);
    });
    expect(drawn).toEqual(served.positions);
    const labels = (await page.evaluate(() => window.__labels)) ?? [];
    expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining(["GFMD", "Rabat Process"]));
    const boxes = labels.map((l) => labelBox(l, 14, l.side));
    for (const [i, a] of boxes.entries())
      for (const [j, b] of boxes.entries())
        if (i < j) expect([labels[i]?.label, labels[j]?.label, overlaps(a, b)]).toEqual([labels[i]?.label, labels[j]?.label, false]);
    await page.close();
  });

  it("the search answers while the graph is still loading, and the choice holds once it has", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route("**/api/graph", async (route) => {
      await new Promise((wait) => setTimeout(wait, 2500));
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill("Prague");
    await page
      .getByRole("option", { name: /Prague Process/ })
      .first()
      .waitFor();
    expect(await page.getByText("Loading the graph…").isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".details h2").textContent(), { timeout: 15_000 }).toBe("Prague Process");
    expect(page.url()).toContain("selected=prague-process");
    await page.close();
  });

  it("search 'Prague' → the panel lists its 50 members and shows 50 as the declared count", async () => {
    const { page } = await open("/");
    await page.getByRole("combobox", { name: "Search" }).fill("Prague");
    await page
      .getByRole("option", { name: /Prague Process/ })
      .first()
      .waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=declared-count]")).toBe("50");
    await expect.poll(() => page.locator("h3", { hasText: /^Members/ }).textContent()).toContain("(50)");
    expect(page.url()).toContain("selected=prague-process");
    await page.screenshot({ path: join(SHOTS, "prague.png") });
    await page.close();
  });

  it("'Prague Process vs EaP Panel' shows the API's shared count and colours the graph by it (Armenia shared, Norway Prague-only)", async () => {
    const api = (await (await fetch(`${server.url}/api/analyses/iscm-overlap?a=prague-process&b=eap-panel`)).json()) as {
      rows: { sharedCount: number; shared: string[]; onlyA: string[] }[];
    };
    const { page } = await open("/?expose");
    await page.getByRole("button", { name: "Prague Process vs EaP Panel" }).click();
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe(String(api.rows[0]?.sharedCount));
    await expect.poll(() => page.getByRole("heading", { name: new RegExp(`^In all \\(${api.rows[0]?.sharedCount}\\)`) }).count()).toBe(1);
    // The graph draws what the reducers make of the derived highlight: read sigma's display data.
    await expect.poll(() => page.getAttribute("section.graph", "data-highlight")).toBe("overlap");
    const colour = (id: string) => page.evaluate((node) => window.__sigma?.getNodeDisplayData(node)?.color, id);
    expect(api.rows[0]?.shared).toContain("ARM");
    expect(api.rows[0]?.onlyA).toContain("NOR");
    await expect.poll(() => colour("ARM")).toBe(OVERLAP_COLORS.shared);
    expect(await colour("NOR")).toBe(OVERLAP_COLORS.only[0]);
    expect(await colour("gfmd")).toBe(FADED_COLOR);
    await page.screenshot({ path: join(SHOTS, "overlap.png") });
    await page.close();
  });

  it("asOf in the link sets the date every view answers for: 34 shared at 2019-06, 32 today; the control writes the URL", async () => {
    const { page } = await open("/?overlap=prague-process,eap-panel&asOf=2019-06");
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("34");
    expect(await page.textContent("[data-testid=as-of-day]")).toBe("June 30, 2019");
    await page.getByRole("button", { name: "Today", exact: true }).click();
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("32");
    expect(page.url()).not.toContain("asOf=");
    await page.getByRole("slider", { name: "As of year" }).fill("2021");
    await expect.poll(() => page.url()).toContain("asOf=2021");
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("32");
    await page.getByLabel("As of date").fill("2020-01-31");
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("34");
    // The network hides what did not hold on the day, and says how much.
    const notHeld = Number(await page.textContent("[data-testid=not-held]"));
    // In 2010 most chairs, joins and exits of the atlas lie ahead: more relationships are not in force.
    await page.getByLabel("As of date").fill("2010-01-01");
    await expect.poll(async () => Number(await page.textContent("[data-testid=not-held]"))).toBeGreaterThan(notHeld);
    await page.close();
  });

  it("the details panel gives each relationship its interval and basis, lists what does not hold on the day, and a membership timeline", async () => {
    const { page } = await open("/?selected=eap-panel");
    await expect.poll(() => page.locator(".details h2").textContent()).toContain("Eastern Partnership Panel");
    // Confirmed as of, per aspect (currency.ts): the secretariat rests on the 2019 report, so it is stale today.
    expect(await page.getByTestId("confirmed-as-of").textContent()).toContain("secretariat 2019-06 (stale)");
    const notHeld = page.locator("section.not-held");
    await expect.poll(() => notHeld.locator("h3").textContent()).toMatch(/^Not on \d{4}-\d\d-\d\d/);
    const belarus = notHeld.locator('li[data-other="BLR"]');
    expect(await belarus.first().textContent()).toContain("Members: suspended then");
    const uk = notHeld.locator('li[data-other="GBR"][data-relationship="MEMBER_OF"]');
    expect(await uk.textContent()).toContain("until 2020-01-31 (observed 2019-06; assumed before)");
    expect(await uk.textContent()).toContain("Members: ended");
    expect(await uk.locator("[data-basis=derived]").textContent()).toBe("derived via eu");
    await expect.poll(() => page.textContent("[data-testid=listed-count]")).toBe("32");
    const timeline = await page.getByRole("img", { name: /Member States at the end of each year/ }).getAttribute("aria-label");
    expect(timeline).toContain("2019: 34");
    expect(timeline).toContain("2020: 33");
    // Suspended in June 2021: 32 at the end of 2021.
    expect(timeline).toContain("2021: 32");
    // The timeline counts member States, not member organisations: the Bali Process's this year
    // equals its listed member States (it once counted its 4 member organisations too).
    await page.goto(`${server.url}/?selected=bali-process`);
    await expect.poll(() => page.locator(".details h2").textContent(), { timeout: 15_000 }).toMatch(/Bali Process/);
    const listed = await page.textContent("[data-testid=listed-count]");
    const bali = await page.getByRole("img", { name: /Member States at the end of each year/ }).getAttribute("aria-label");
    expect(bali).toMatch(new RegExp(`${new Date().getUTCFullYear()}: ${listed}$`));
    // The Prague Process's UK is inferred, and says so.
    await page.goto(`${server.url}/?selected=prague-process`);
    // expect.poll gives up after 1 s by default: a loaded machine needs longer for a new page's details.
    await expect.poll(() => page.locator(".details h2").textContent(), { timeout: 15_000 }).toMatch(/^Prague Process/);
    const ukPrague = page.locator('li[data-other="GBR"][data-relationship="MEMBER_OF"]');
    await expect.poll(() => ukPrague.locator("[data-basis=inferred]").count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it("'What changed' lists the API's changes between two dates, for the selected ISCM or all", async () => {
    const api = (await (await fetch(`${server.url}/api/changes?from=2019-06&iscm=eap-panel`)).json()) as { rows: unknown[] };
    const { page } = await open("/?selected=eap-panel");
    await page.locator("summary", { hasText: "What changed" }).click();
    await expect.poll(() => page.textContent("[data-testid=changes-count]")).toBe(String(api.rows.length));
    expect(await page.locator(".changes-list").textContent()).toContain("United Kingdom of Great Britain and Northern Ireland left");
    expect(await page.locator(".changes-list").textContent()).toContain("Belarus was suspended from");
    await page.getByRole("checkbox", { name: /^only/ }).uncheck();
    await expect.poll(async () => Number(await page.textContent("[data-testid=changes-count]"))).toBeGreaterThan(100);
    await page.getByRole("textbox", { name: "From" }).fill("June");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("YYYY");
    await page.close();
  });

  it("a deep link restores selection, overlap and filters; back/forward step through views", async () => {
    const { page } = await open("/?selected=eap-panel&overlap=au-hoai,mid-igad&hideLabels=Theme");
    await expect.poll(() => page.locator(".details h2").textContent()).toContain("Eastern Partnership Panel");
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("6");
    await page.locator("summary", { hasText: "Filters" }).click();
    expect(await page.getByRole("checkbox", { name: "Theme", exact: true }).isChecked()).toBe(false);
    await expect.poll(() => page.textContent(".hidden-count")).toMatch(/Hidden by filters: 31 entities/);
    await page.getByRole("button", { name: "Clear comparison" }).click();
    await expect.poll(() => page.url()).not.toContain("overlap=");
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/overlap=au-hoai(,|%2C)mid-igad/);
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("6");
    await page.close();
  });

  it("search works with the keyboard alone", async () => {
    const { page } = await open("/");
    // The skip links come first, then the search box.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Search");
    await page.keyboard.type("Moldova");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".details h2").textContent()).toBe("Republic of Moldova");
    await page.close();
  });

  it("the overlap matrix renders every ISCM pair, and a cell opens the overlap of that pair", async () => {
    const { page } = await open("/");
    await page.getByRole("button", { name: "Overlap matrix" }).click();
    const cells = page.locator("rect.cell");
    await expect.poll(() => cells.count()).toBe(37 * 36);
    expect(page.url()).toContain("mode=matrix");
    await page.screenshot({ path: join(SHOTS, "matrix.png") });
    await page.locator('rect[data-pair="prague-process|eap-panel"]').click();
    // Today: the UK left the EU side in 2020 and Belarus is suspended from the Panel.
    await expect.poll(() => page.textContent("[data-testid=shared-count]")).toBe("32");
    expect(page.url()).not.toContain("mode=matrix");
    await page.close();
  });

  it("the matrix's measure and order live in the URL: a link restores them, and the cells hold the API's overlap-matrix figures", async () => {
    const api = (await (await fetch(`${server.url}/api/analyses/overlap-matrix`)).json()) as {
      rows: { a: string; b: string; shared: number; jaccard: number }[];
    };
    const { page } = await open("/?mode=matrix&measure=jaccard&order=type", undefined, "rect.cell");
    await expect.poll(() => page.locator("rect.cell").count()).toBe(37 * 36);
    expect(await page.getByRole("combobox", { name: "Measure" }).inputValue()).toBe("jaccard");
    expect(await page.getByRole("combobox", { name: "Order" }).inputValue()).toBe("type");
    const pair = api.rows.find((r) => r.a === "eap-panel" && r.b === "prague-process");
    const title = await page.locator('rect[data-pair="prague-process|eap-panel"] title').textContent();
    expect(title).toContain(`${pair?.shared} shared, Jaccard ${pair?.jaccard.toFixed(2)}`);
    await page.getByRole("combobox", { name: "Measure" }).selectOption("shared");
    await expect.poll(() => page.url()).not.toContain("measure=");
    await page.close();
  });

  it("exports the view as PNG and the visible graph as GEXF and GraphML that re-import to the same counts and carry the citation line", async () => {
    const { page } = await open("/?hideLabels=Theme");
    const grab = async (name: string) => (await download(page, name)).body;
    const png = await grab("PNG");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
    const dataset = loadDataset();
    const nodes = dataset.nodes.filter((n) => n.label !== "Theme").length;
    // The visible graph is today's: relationships not in force today are not exported.
    const edges = edgesHeldAt(dataset.edges, asOfDay(null)).filter((e) => e.type !== "FOCUSES_ON").length;
    const gexfText = (await grab("GEXF")).toString("utf8");
    const gexf = gexfParse(Graph, gexfText);
    expect([gexf.order, gexf.size]).toEqual([nodes, edges]);
    const graphmlText = (await grab("GraphML")).toString("utf8");
    const graphml = graphmlParse(Graph, graphmlText, { addMissingNodes: false });
    expect([graphml.order, graphml.size]).toEqual([nodes, edges]);
    // Both carry the citation line, with the dataset hash, today and this view's address.
    const citation = new RegExp(
      `ISCM Atlas \\d+\\.\\d+\\.\\d+ \\(dataset ${datasetHash(dataset)}\\), data as of ${asOfDay(null)}, http://127\\.0\\.0\\.1:\\d+/\\?hideLabels=Theme`,
    );
    expect(gexfText).toMatch(citation);
    expect(graphmlText).toMatch(citation);
    await page.close();
  });

  it("co-membership draws a projection with Louvain communities, and the threshold thins it", async () => {
    const { page, errors } = await open("/?mode=co-membership", undefined, ".projection-canvas canvas");
    const summary = page.getByTestId("projection-summary");
    await expect.poll(() => summary.textContent()).toMatch(/^\d+ nodes, \d+ links, [1-9]\d* communities/);
    const links = async () => Number(/(\d+) links/.exec((await summary.textContent()) ?? "")?.[1]);
    const before = await links();
    await page.locator("label", { hasText: "Minimum shared" }).locator("input[type=range]").fill("8");
    await expect.poll(links).toBeLessThan(before);
    await page.screenshot({ path: join(SHOTS, "co-membership.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the Cypher console on the embedded store says how to switch Neo4j on", async () => {
    const { page } = await open("/?mode=cypher", undefined, "[data-testid=console-embedded-note]");
    expect(await page.getByTestId("console-embedded-note").textContent()).toContain("npm run neo4j:start");
    await page.close();
  });

  it("says so clearly when the API is down, instead of a blank page", async () => {
    const page = await browser.newPage();
    await page.route("**/api/graph", (route) => route.abort());
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("The graph could not be loaded");
    await page.close();
  });

  // The phone layout in full (the view/panel switch, axe-core, 360 px) is tests/web/phone.e2e.test.ts.
  it("is usable 390 px wide: no sideways scrolling, a link with a selection opens on its details", async () => {
    const { page } = await open("/?selected=prague-process", { width: 390, height: 844 }, "[data-testid=declared-count]");
    await expect.poll(() => page.textContent("[data-testid=declared-count]")).toBe("50");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, "narrow.png"), fullPage: true });
    await page.close();
  });
});
