/** The explorer for browser tests: the built app served by the real server, and Debian's chromium. */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { loadDataset } from "../../src/dataset/build.ts";
import type { Dataset } from "../../src/model/graph.ts";
import { DIST, REPO_ROOT } from "../../src/paths.ts";
import { formatCitation } from "../../src/release/citation-line.ts";
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
/** The citation line the explorer should print for a page: the server's dataset hash, the package's version. */
export async function expectedCitation(server: RunningServer, asOf: string, url: string): Promise<string> {
  const { hash } = (await (await fetch(`${server.url}/api/graph`)).json()) as { hash: string };
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
  return formatCitation({ version, hash, asOf, url });
}

export async function download(page: Page, name: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path()) as string) };
}

/** axe-core's serious and critical violations on the page, one line each (empty: none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join("; ")}`,
    );
}

/**
 * What a person sees on the network: a screenshot of the graph's canvases (all of sigma's layers
 * as composited on screen), decoded in the page, and the share of its pixels that differ from the
 * background (the colour of most pixels). A blank canvas gives 0.
 */
export async function canvasInk(page: Page): Promise<number> {
  // Only sigma's layers: the buttons and the note laid over the graph are hidden for the shot.
  const png = await page
    .locator("[data-testid=sigma-container]")
    .screenshot({ style: ".graph-controls, .hidden-count { visibility: hidden !important; }" });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D context");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const rgb = ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number);
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    const total = data.length / 4;
    return (total - background) / total;
  }, png.toString("base64"));
}

/**
 * Where node `id` is in sigma's viewport once the camera has stopped moving (needs `?expose`),
 * and the canvas's size: `inside` when the node's centre is within the canvas.
 */
export async function nodeOnCanvas(
  page: Page,
  id: string,
): Promise<{ x: number; y: number; width: number; height: number; inside: boolean }> {
  await page.waitForFunction(() => window.__sigma !== undefined && !window.__sigma.getCamera().isAnimated(), null, { timeout: 10_000 });
  return page.evaluate((node) => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("no sigma exposed (open the page with ?expose)");
    const { x, y } = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node) as { x: number; y: number });
    const { width, height } = sigma.getDimensions();
    return { x, y, width, height, inside: x >= 0 && y >= 0 && x <= width && y <= height };
  }, id);
}
