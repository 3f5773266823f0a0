/**
 * The Cypher console in Debian's chromium against the real server in Neo4j mode: a free query,
 * a template with parameters, results as table and graph, and a syntax error shown inline.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { ensureWebBuild } from "../../src/server/build.ts";
import { datasetSource, loadIntoNeo4j } from "../../src/store/neo4j/load.ts";
import { Neo4jStore } from "../../src/store/neo4j/store.ts";
import { launchChromium } from "../helpers/browser.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { testDriver, testNeo4j, wipe } from "../helpers/neo4j.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let server: RunningServer;
let store: Neo4jStore;
let browser: Browser;

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await loadIntoNeo4j(driver, datasetSource(loadDataset()));
  await driver.close();
  await ensureWebBuild(() => {});
  store = await Neo4jStore.open({ ...testNeo4j(), database: undefined, origin: "environment" }, { timeoutMs: 5000, rowCap: 500 });
  server = await listen(createApp({ store, webDir: join(ROOT, "dist"), log: () => {} }));
  browser = await launchChromium();
  mkdirSync(join(ROOT, "tests", "screenshots"), { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

describe("the Cypher console on Neo4j", () => {
  it("runs MATCH (i:ISCM) RETURN count(i) and shows 30+", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?mode=cypher`);
    await page.locator(".cm-content").waitFor({ timeout: 30_000 });
    await typeQuery(page, "MATCH (i:ISCM) RETURN count(i) AS iscms");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByTestId("console-row-count").textContent()).toBe("1");
    expect(Number(await page.locator(".console-result td").first().textContent())).toBeGreaterThanOrEqual(30);
    await page.close();
  });

  it("a template with parameters runs the analysis's Cypher and draws the result", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/?mode=cypher`);
    await page.locator(".cm-content").waitFor({ timeout: 30_000 });
    await page.getByRole("combobox", { name: "Template" }).selectOption("path");
    await page.getByRole("textbox", { name: "$a", exact: true }).fill("ARM");
    await page.getByRole("textbox", { name: "$b", exact: true }).fill("icmpd");
    await page.getByRole("spinbutton", { name: "$limit" }).fill("5");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByTestId("console-row-count").textContent()).toBe("2");
    // Dates go as the day they mean: the history of the EaP Panel since June 2019 (to: the explorer's day).
    await page.getByRole("combobox", { name: "Template" }).selectOption("changes");
    await page.getByRole("textbox", { name: "$from", exact: true }).fill("2019-06");
    await page.getByRole("textbox", { name: "$iscm", exact: true }).fill("eap-panel");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByTestId("console-row-count").textContent()).toBe("2");
    await page.getByRole("textbox", { name: "$from", exact: true }).fill("June 2019");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toContain('from must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "June 2019")');
    await page.getByRole("combobox", { name: "Template" }).selectOption("");
    await typeQuery(page, "MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM {id: 'eap-panel'}) RETURN s, r, i LIMIT 5");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByTestId("console-row-count").textContent()).toBe("5");
    await page.getByTestId("console-graph").locator("canvas").first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ROOT, "tests", "screenshots", "cypher.png") });
    await page.close();
  });

  it("shows Neo4j's error inline for a bad query, and refuses a write", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?mode=cypher`);
    await page.locator(".cm-content").waitFor({ timeout: 30_000 });
    await typeQuery(page, "MATCH (n RETURN n");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Invalid input");
    await typeQuery(page, "MATCH (n) DETACH DELETE n");
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("this console only reads");
    await page.close();
  });
});
