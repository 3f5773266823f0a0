/**
 * The map in real chromium against the real server (embedded store): country shapes or dots for
 * every State, layers checked against the API through data attributes (not pixels), exports, and
 * the shapes loaded only when the map is opened.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { download, expectedCitation, SHOTS, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

const dataset = loadDataset();
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startExplorer(dataset));
}, 240_000); // builds the web app when its sources changed, then starts chromium: minutes on a busy 2-core machine
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

async function openMap(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector("[data-testid=map-svg] [data-iso3]", { timeout: 30_000 });
  return { page, errors, requests };
}

const attr = (page: Page, iso3: string, name: string) =>
  page.locator(`[data-testid=map-svg] [data-iso3="${iso3}"]`).first().getAttribute(name);

describe("the map", () => {
  it("Prague Process vs EaP Panel: Armenia in both, Norway in the Prague Process only, legend counts equal to iscm-overlap", async () => {
    const overlap = await api<{ rows: { sharedCount: number; onlyA: string[]; onlyB: string[] }[] }>(
      "/api/analyses/iscm-overlap?a=prague-process&b=eap-panel",
    );
    const { page, errors } = await openMap("/?mode=map&overlap=prague-process,eap-panel");
    expect(await page.locator("section.geo").getAttribute("data-layer")).toBe("overlap");
    await expect.poll(() => attr(page, "ARM", "data-overlap")).toBe("prague-process eap-panel");
    expect(await attr(page, "NOR", "data-overlap")).toBe("prague-process");
    // The UK left the EaP Panel's EU side in 2020; its Prague membership (inferred) has no known end.
    expect(await attr(page, "GBR", "data-overlap")).toBe("prague-process");
    const count = async (key: string) => Number(await page.locator(`[data-legend="${key}"]`).getAttribute("data-count"));
    const row = overlap.rows[0] as { sharedCount: number; onlyA: string[]; onlyB: string[] };
    expect(await count("all")).toBe(row.sharedCount);
    expect(await count("only-0")).toBe(row.onlyA.length);
    expect(await count("only-1")).toBe(row.onlyB.length);
    // The overlap panel says the same number.
    expect(await page.textContent("[data-testid=shared-count]")).toBe(String(row.sharedCount));
    await page.locator("[data-testid=map-svg]").screenshot({ path: join(SHOTS, "map-overlap.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the as-of date: in June 2019 the UK is in both", async () => {
    const { page } = await openMap("/?mode=map&overlap=prague-process,eap-panel&asOf=2019-06");
    await expect.poll(() => attr(page, "GBR", "data-overlap")).toBe("prague-process eap-panel");
    expect(await page.textContent("[data-testid=map-as-of]")).toBe(await expectedCitation(server, "2019-06-30", page.url()));
    await page.close();
  });

  it("follows the filters: with only Asia shown, Armenia keeps its colour and Norway has none", async () => {
    const { page } = await openMap("/?mode=map&overlap=prague-process,eap-panel&region=Asia");
    await expect.poll(() => attr(page, "ARM", "data-overlap")).toBe("prague-process eap-panel");
    expect(await attr(page, "NOR", "data-category")).toBe("none");
    expect(await attr(page, "NOR", "data-overlap")).toBe(null);
    await page.close();
  });

  it("engagement: the highest State equals most-engaged-states' first row, for any role and for memberships only", async () => {
    const any = await api<{ rows: { state: string; iscms: number; member: number }[] }>("/api/analyses/most-engaged-states");
    const { page } = await openMap("/?mode=map&layer=engagement");
    const top = async () =>
      page.evaluate(() => {
        let best = { id: "", value: -1 };
        for (const el of document.querySelectorAll("[data-testid=map-svg] [data-engagement]")) {
          const value = Number(el.getAttribute("data-engagement"));
          if (value > best.value) best = { id: el.getAttribute("data-iso3") ?? "", value };
        }
        return best;
      });
    await expect.poll(async () => (await top()).value).toBe(any.rows[0]?.iscms);
    expect(await attr(page, any.rows[0]?.state as string, "data-engagement")).toBe(String(any.rows[0]?.iscms));
    await page.locator("[data-testid=map-svg]").screenshot({ path: join(SHOTS, "map-engagement.png") });
    await page.getByRole("combobox", { name: "Engagement counts" }).selectOption("member");
    await expect.poll(() => page.url()).toContain("roles=member");
    const maxMember = Math.max(...any.rows.map((r) => r.member));
    await expect.poll(async () => (await top()).value).toBe(maxMember);
    // Hover names the State and its number.
    await page.locator('[data-testid=map-svg] [data-iso3="ESP"]').first().hover();
    await expect.poll(() => page.textContent("[data-testid=map-hover]")).toMatch(/^Spain — \d+ ISCMs?: /);
    await page.close();
  });

  it("every State of the dataset has a shape or a dot; small island States are dots; places sit where they are", async () => {
    const { page } = await openMap("/?mode=map&layer=engagement");
    const drawn = await page.evaluate(
      () => new Set([...document.querySelectorAll("[data-testid=map-svg] [data-iso3]")].map((e) => e.getAttribute("data-iso3"))).size,
    );
    expect(drawn).toBe(dataset.nodes.filter((n) => n.label === "State").length);
    for (const iso3 of ["TUV", "MDV", "MLT", "SGP", "KNA"]) {
      expect(await page.locator(`[data-testid=map-svg] circle[data-iso3="${iso3}"]`).count(), iso3).toBe(1);
    }
    expect(await page.locator('[data-testid=map-svg] path[data-iso3="XKX"]').count()).toBe(1); // Kosovo, joined by name
    const box = async (iso3: string) =>
      (await page.locator(`[data-testid=map-svg] [data-iso3="${iso3}"]`).first().boundingBox()) as {
        x: number;
        y: number;
      };
    const [geo, usa, zaf] = await Promise.all([box("GEO"), box("USA"), box("ZAF")]);
    expect(geo.x).toBeGreaterThan(usa.x);
    expect(geo.x).toBeGreaterThan(zaf.x);
    expect(geo.y).toBeLessThan(zaf.y); // north is up
    await page.close();
  });

  it("footprint: the selected ISCM's members, observers hatched, chair and State secretariat marked; click opens a State", async () => {
    const { page } = await openMap("/?mode=map&selected=abu-dhabi-dialogue&asOf=2023-06");
    expect(await page.locator("section.geo").getAttribute("data-layer")).toBe("footprint");
    await expect.poll(() => attr(page, "IND", "data-category")).toBe("member");
    expect(await attr(page, "KOR", "data-category")).toBe("observer");
    expect(await attr(page, "KOR", "fill")).toBe("url(#hatch-observer)");
    expect(await page.locator('[data-marker-for="ARE"] [data-marker=secretariat]').count()).toBe(1);
    // The chair in June 2023 (Pakistan, October 2021 – February 2024), not Annex 2's Sri Lanka.
    expect(await page.locator('[data-marker-for="PAK"] [data-marker=chair]').count()).toBe(1);
    expect(await page.locator('[data-marker-for="LKA"] [data-marker=chair]').count()).toBe(0);
    await page.locator('[data-testid=map-svg] [data-iso3="IND"]').first().click();
    await expect.poll(() => page.locator(".details h2").textContent()).toBe("India");
    await page.close();
  });

  it("the list beside the map carries the same content and is reachable by keyboard", async () => {
    const { page } = await openMap("/?mode=map&overlap=prague-process,eap-panel");
    const list = page.getByRole("navigation", { name: "States on the map, by category" });
    await expect.poll(() => list.getByRole("heading", { name: /in both \(\d+\)/ }).textContent()).toMatch(/\((\d+)\)/);
    const shared = await page.locator('[data-legend="all"]').getAttribute("data-count");
    expect(await list.getByRole("heading", { name: /in both/ }).textContent()).toContain(`(${shared})`);
    const armenia = list.getByRole("button", { name: "Armenia", exact: true });
    await armenia.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".details h2").textContent()).toBe("Armenia");
    await page.close();
  });

  it("exports the map as SVG (parses, with legend and as-of date) and PNG", async () => {
    const { page } = await openMap("/?mode=map&overlap=prague-process,eap-panel");
    const svg = await download(page, "SVG");
    expect(svg.name).toMatch(/^iscm-atlas-map-overlap-\d{4}-\d\d-\d\d\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror") !== null,
        states: doc.querySelectorAll("[data-iso3]").length,
        legend: doc.querySelectorAll("[data-legend]").length,
        asOf: doc.querySelector("[data-testid=map-as-of]")?.textContent ?? "",
      };
    }, svg.body.toString("utf8"));
    expect(parsed.error).toBe(false);
    expect(parsed.states).toBeGreaterThan(190);
    expect(parsed.legend).toBe(3);
    expect(parsed.asOf).toMatch(/as of \d{4}-\d\d-\d\d/);
    const png = await download(page, "PNG");
    expect(png.body.subarray(1, 4).toString()).toBe("PNG");
    expect(png.body.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it("loads the country shapes only when the map is opened", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.url}/`);
    await page.waitForSelector("[data-testid=sigma-container] canvas");
    await page.waitForTimeout(500);
    expect(requests.filter((u) => /countries-110m|world-shapes|d3-geo/i.test(u))).toEqual([]);
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await page.waitForSelector("[data-testid=map-svg] [data-iso3]");
    expect(requests.some((u) => /countries-110m/i.test(u))).toBe(true);
    await page.close();
  });
});
