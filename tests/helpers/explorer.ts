/** The explorer for browser tests: the built app served by the real server, and Debian's chromium. */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadDataset } from "../../src/dataset/build.ts";
import type { Dataset } from "../../src/model/graph.ts";
import { DIST, REPO_ROOT } from "../../src/paths.ts";
import { createApp } from "../../src/server/app.ts";
import { ensureWebBuild } from "../../src/server/build.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { launchChromium } from "./browser.ts";
import { listen, type RunningServer } from "./http.ts";

/** Screenshots the tests take (git-ignored; some are copied to docs/ for the README). */
export const SHOTS = join(REPO_ROOT, "tests", "screenshots");

/** Builds the app if needed, serves it on the embedded store, and starts chromium. */
export async function startExplorer(dataset: Dataset = loadDataset()): Promise<{ server: RunningServer; browser: Browser }> {
  await ensureWebBuild(() => {});
  const server = await listen(createApp({ store: new MemoryStore(dataset), webDir: DIST, log: () => {} }));
  const browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  return { server, browser };
}

/** Clicks the button named `name` and returns the file it downloads. */
export async function download(page: Page, name: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path()) as string) };
}
