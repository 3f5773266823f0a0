/**
 * The analyses panel as an analyst meets it, in Debian's chromium against the real server: titles
 * and a paragraph in words, labelled headers, names instead of ids (the CSV keeps the ids),
 * sorting by any column, a full-width view, and "Show" lighting up only the row picked.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { FADED_COLOR } from "../../src/web/core/appearance.ts";
import { startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;
const names = new Map(loadDataset().nodes.map((n) => [n.id, n.properties.name]));

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000); // builds the web app when its sources changed, then starts chromium
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAnalysis(title: string, params: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}/?expose`);
  await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
  await page.locator("summary", { hasText: "Analyses" }).click();
  await page.getByRole("combobox", { name: "Analysis" }).selectOption({ label: title });
  for (const [label, value] of Object.entries(params)) await page.getByRole("textbox", { name: label }).fill(value);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForSelector(".analysis-result table tbody tr", { timeout: 30_000 });
  return page;
}

/** The text of one column of the shown table, by its header's label. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator(".analysis-result thead th").allTextContents();
  const index = headers.findIndex((h) => h.startsWith(header));
  expect(index, `a column headed "${header}" among ${headers.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return page.locator(`.analysis-result tbody tr td:nth-child(${index + 1})`).allTextContents();
}

describe("the analyses panel", () => {
  it("shows a title, a paragraph in words, labelled columns with units and names; the CSV keeps the ids", async () => {
    const page = await openAnalysis("How two or three mechanisms overlap", {
      "an ISCM (id, name, acronym or alias) *": "Prague Process",
      "another ISCM *": "EaP Panel",
    });
    const summary = await page.locator(".analysis-summary").textContent();
    expect(summary).toContain("member States that two (or three) mechanisms have in common");
    expect(summary).not.toMatch(/Jaccard|MEMBER_OF|\$asOf/);
    const headers = await page.locator(".analysis-result thead th").allTextContents();
    expect(headers).toContain("Members of all (States)");
    expect(headers).toContain("Shared, as a share of all their members (%)");
    expect(headers.join(" ")).not.toMatch(/jaccard|sharedCount|onlyA/);
    const api = (await (await fetch(`${server.url}/api/analyses/iscm-overlap?a=prague-process&b=eap-panel`)).json()) as {
      rows: { sharedCount: number; shared: string[]; jaccard: number }[];
    };
    const row = api.rows[0] as { sharedCount: number; shared: string[]; jaccard: number };
    expect(await column(page, "First mechanism")).toEqual([names.get("prague-process")]);
    expect(await column(page, "Members of all")).toEqual([String(row.sharedCount)]);
    expect(await column(page, "Shared, as a share of all their members")).toEqual([`${(row.jaccard * 100).toFixed(1)}%`]);
    const shared = (await column(page, "States in all"))[0] as string;
    expect(shared.split(", ")).toEqual(row.shared.map((id) => names.get(id)));
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const text = readFileSync((await csv.path()) as string, "utf8");
    expect(text.split("\n")[0]).toBe("a,b,c,memberCounts,sharedCount,shared,onlyA,onlyB,onlyC,jaccard,overlapCoefficient,members");
    expect(text.split("\n")[1]).toContain(`prague-process,eap-panel,,`);
    expect(text.split("\n")[1]).toContain(row.shared.join("; "));
    // A name that matches nothing: the server's message, with the closest names.
    await page.getByRole("textbox", { name: "another ISCM *" }).fill("Nowhere Process");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain('no ISCM is called "Nowhere Process"');
    await page.close();
  });

  it("sorts by any column, both ways, and opens the table full width", async () => {
    const page = await openAnalysis("States in the most mechanisms");
    const count = "Mechanisms taken part in";
    const header = page.locator(".analysis-result thead th", { hasText: count });
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const down = (await column(page, count)).map(Number);
    expect(down).toEqual([...down].sort((x, y) => y - x));
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const up = (await column(page, count)).map(Number);
    expect(up).toEqual([...up].sort((x, y) => x - y));
    expect(up[0]).toBeLessThan(down[0] as number);
    const byName = page.locator(".analysis-result thead th", { hasText: /^Name/ });
    await byName.getByRole("button").click();
    const shown = await column(page, "Name");
    expect(shown).toEqual([...shown].sort((x, y) => x.toLocaleLowerCase("en").localeCompare(y.toLocaleLowerCase("en"), "en")));
    // The panel's height: more than a handful of rows on a 900 px screen.
    const scroll = await page.locator(".analysis-result .table-scroll").boundingBox();
    expect(scroll?.height).toBeGreaterThan(400);
    await page.getByRole("button", { name: "Open full width" }).click();
    const wide = await page.locator(".analysis-result").boundingBox();
    expect(wide?.width).toBeGreaterThan(1300);
    await page.getByRole("button", { name: "Back to the panel" }).click();
    expect((await page.locator(".analysis-result").boundingBox())?.width).toBeLessThan(700);
    await page.close();
  });

  it("'Show' lights up on the graph only the entities of the row picked, after sorting too", async () => {
    const page = await openAnalysis("A State's partners", { "a State *": "Moldova" });
    const api = (await (await fetch(`${server.url}/api/analyses/state-partners?state=MDA`)).json()) as {
      rows: { state: string; shared: number; iscms: string[] }[];
    };
    // Sort by name, then pick the second row shown: the highlight follows the row, not its position in the answer.
    await page.locator(".analysis-result thead th", { hasText: "Partner State" }).getByRole("button").click();
    const picked = (await column(page, "Partner State"))[1] as string;
    const row = api.rows.find((r) => names.get(r.state) === picked);
    expect(row, picked).toBeDefined();
    const partnerIscms = (await column(page, "Those mechanisms"))[1] as string;
    expect(partnerIscms.split(", ").sort()).toEqual(row?.iscms.map((id) => names.get(id)).sort());
    await page.locator(".analysis-result tbody tr").nth(1).getByRole("button", { name: "Show" }).click();
    await expect.poll(() => page.getAttribute("section.graph", "data-highlight")).toBe("emphasis");
    const lit = await page.evaluate((faded) => {
      const sigma = window.__sigma;
      if (!sigma) return null;
      return sigma
        .getGraph()
        .nodes()
        .filter((n) => {
          const d = sigma.getNodeDisplayData(n);
          return d && !d.hidden && d.color !== faded;
        })
        .sort();
    }, FADED_COLOR);
    expect(lit).toEqual([row?.state, ...(row?.iscms ?? [])].sort());
    expect(await page.locator(".analysis-result tbody tr.picked").count()).toBe(1);
    await page.getByRole("button", { name: "Clear highlight" }).click();
    await expect.poll(() => page.getAttribute("section.graph", "data-highlight")).not.toBe("emphasis");
    await page.close();
  });

  it("the answer follows the explorer's date: a new date asks again (the rows of that day) and drops the old row's highlight", async () => {
    const page = await openAnalysis("A State's partners", { "a State *": "Belarus" });
    const sharedOn = async (asOf: string) =>
      ((await (await fetch(`${server.url}/api/analyses/state-partners?state=BLR&asOf=${asOf}`)).json()) as { rows: { shared: number }[] })
        .rows[0]?.shared;
    const topShared = async () => Number((await column(page, "Mechanisms in common"))[0]);
    expect(await topShared()).toBe(await sharedOn(new Date().toISOString().slice(0, 10)));
    await page.locator(".analysis-result tbody tr").first().getByRole("button", { name: "Show" }).click();
    await expect.poll(() => page.getAttribute("section.graph", "data-highlight")).toBe("emphasis");
    // Belarus sat in the EaP Panel in 2020 (suspended from 2021): its closest partners shared one more mechanism then.
    const then = await sharedOn("2020-06-30");
    expect(then).toBeGreaterThan(await topShared());
    await page.getByLabel("As of date").fill("2020-06-30");
    await expect.poll(topShared).toBe(then);
    await expect.poll(() => page.getAttribute("section.graph", "data-highlight")).not.toBe("emphasis");
    expect(await page.locator(".analysis-result tbody tr.picked").count()).toBe(0);
    await page.close();
  });

  it("the membership table downloads as of the explorer's day, the same CSV as the API's, with its data dictionary a click away", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?asOf=2019-06`);
    await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
    await page.locator("summary", { hasText: "Membership table" }).click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(file.suggestedFilename()).toBe("iscm-atlas-membership-2019-06-30.csv");
    const api = await (await fetch(`${server.url}/api/membership?asOf=2019-06&format=csv`)).text();
    expect(readFileSync((await file.path()) as string, "utf8")).toBe(api);
    await page.getByRole("link", { name: "What each column means" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toContain("Data dictionary");
    expect(await page.locator("dt").allTextContents()).toContain("basis");
    await page.close();
  });
});
