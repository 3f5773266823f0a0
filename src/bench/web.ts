/**
 * npm run bench:web — the explorer against a floor (plain sigma on the same input, /api/graph
 * with its positions, built beside the app) in headless Debian chromium, same run, on synthetic
 * graphs of growing size: medians of `rounds` alternating page loads (explorer, floor, explorer…)
 * on a warm server (the graph laid out and compressed before the first load, as `npm start`
 * does). Prints figures and ratios; asserts nothing. Chromium draws WebGL in software here:
 * absolute frame rates are tiny and noisy, the ratios are the point.
 *
 * "First frame" is when sigma's constructor returns (it draws the first frame synchronously) —
 * the same moment on both pages.
 *
 *   npm run bench:web [-- --factors 1,13,55] [--seconds 5] [--rounds 3]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../../tests/helpers/browser.ts";
import { listen } from "../../tests/helpers/http.ts";
import { DIST } from "../paths.ts";
import { createApp, warmUp } from "../server/app.ts";
import { ensureWebBuild, initialScripts } from "../server/build.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { median } from "./stats.ts";
import { syntheticDataset } from "./synthetic.ts";

const { values } = parseArgs({
  options: {
    factors: { type: "string", default: "1,13,55" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:web [-- --factors 1,13,55] [--seconds 5] [--rounds 3]   (factor 1 ≈ 380 nodes / 1.4k edges)");
  process.exit(0);
}
const factors = values.factors.split(",").map(Number);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
for (const [name, value] of [
  ["--seconds", seconds],
  ["--rounds", rounds],
] as const) {
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`error: ${name} must be a positive number`);
    process.exit(2);
  }
}
if (factors.some((f) => !Number.isInteger(f) || f < 1)) {
  console.error("error: --factors must be positive integers, comma-separated (e.g. 1,13,55)");
  process.exit(2);
}

// Page scripts as text: functions passed to page.evaluate would carry tsx's __name helper along.
/** Pans and zooms the camera for DURATION seconds; resolves to the frames sigma rendered per second. */
const PAN_AND_ZOOM = `new Promise((done) => {
  const sigma = window.__sigma;
  let frames = 0;
  sigma.on("afterRender", () => frames++);
  const start = performance.now();
  const step = (now) => {
    const t = (now - start) / 1000;
    sigma.getCamera().setState({ x: 0.5 + 0.2 * Math.sin(t), y: 0.5 + 0.2 * Math.cos(t), ratio: 0.6 + 0.4 * Math.abs(Math.sin(t / 2)) });
    if (now - start < DURATION * 1000) requestAnimationFrame(step);
    else done(frames / ((performance.now() - start) / 1000));
  };
  requestAnimationFrame(step);
})`;

/** Runs the explorer's ForceAtlas2 worker for 3 s; resolves to graph updates (iterations) per second. */
const FA2_RATE = `new Promise((done) => {
  const graph = window.__sigma.getGraph();
  let updates = 0;
  graph.on("eachNodeAttributesUpdated", () => updates++);
  const button = (text) => [...document.querySelectorAll("button")].find((b) => b.textContent === text);
  button("Run layout").click();
  const start = performance.now();
  setTimeout(() => {
    button("Stop layout").click();
    done(updates / ((performance.now() - start) / 1000));
  }, 3000);
})`;

/**
 * Set before any page script runs: records when the map's shapes are drawn (its status line stops
 * saying "Loading the map"; a layer's own data may still be on its way), as window.__mapDrawn in
 * ms since navigation — the same signal for every version of the map view.
 */
const MAP_DRAWN_PROBE = `(() => {
  const check = () => {
    const state = document.querySelector("[data-testid=map-state]");
    if (state && !/Loading the map/.test(state.textContent || "") && window.__mapDrawn === undefined) {
      window.__mapDrawn = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener("DOMContentLoaded", () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
})()`;

/** Opens the map view and waits until it is drawn: ms since navigation (median of `runs`). */
async function mapDrawn(browser: Awaited<ReturnType<typeof launchChromium>>, url: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(MAP_DRAWN_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __mapDrawn?: number }).__mapDrawn !== undefined, undefined, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => (window as unknown as { __mapDrawn: number }).__mapDrawn));
    await page.close();
  }
  return median(times);
}

/**
 * Set before any page script runs, on the explorer and the floor alike:
 * - window.__frames: the time of every animation frame the page gets (to find "settled": the
 *   first frame after the first drawing from which frames come again at least every 50 ms);
 * - window.__firstSuggestion: as soon as the explorer's search box exists, "State" is typed into
 *   it; the time its first suggestion appears (what a user who types at once waits).
 */
const USER_PROBE = `(() => {
  window.__frames = [];
  const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  let typed = false;
  const observer = new MutationObserver(() => {
    const box = document.querySelector('[aria-label="Search"]');
    if (box && !typed) {
      typed = true;
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
      set.call(box, "State");
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
    if (document.querySelector('[role="option"]') && window.__firstSuggestion === undefined) {
      window.__firstSuggestion = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener("DOMContentLoaded", () => observer.observe(document.body, { childList: true, subtree: true }));
})()`;

/** Raw and gzip bytes of the JS an HTML page loads before anything else (its scripts and modulepreloads). */
function initialJs(htmlPath: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of initialScripts(htmlPath).map((p) => join(DIST, p))) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

async function main(): Promise<void> {
  await ensureWebBuild((m) => console.error(m));
  const browser = await launchChromium();
  const rows: string[][] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const app = initialJs(join(DIST, "index.html"));
  const floor = initialJs(join(DIST, "src/bench/floor/index.html"));
  rows.push(["—", "initial JS gzip", kb(app.gzip), kb(floor.gzip), "—"], ["—", "initial JS raw", kb(app.raw), kb(floor.raw), "—"]);
  try {
    for (const factor of factors) {
      const dataset = syntheticDataset(factor);
      const size = `${dataset.nodes.length.toLocaleString("en-US")} / ${dataset.edges.length.toLocaleString("en-US")}`;
      const app = createApp({ store: new MemoryStore(dataset), webDir: DIST, log: () => {} });
      const server = await listen(app);
      const measure = async (path: string) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript(USER_PROBE);
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame !== undefined, undefined, {
          timeout: 300_000,
        });
        const firstFrame = await page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame);
        // Settled: the first frame after the first drawing from which the next three frames each come
        // within 50 ms (the page answers again). Inline arrows: the page's CSP forbids evaluating strings.
        const settled = (await (
          await page.waitForFunction(
            (after) => {
              const f = (window as unknown as { __frames: number[] }).__frames;
              for (let i = 0; i + 3 < f.length; i++) {
                const t = f[i] as number;
                if (t < after) continue;
                if (
                  (f[i + 1] as number) - t < 50 &&
                  (f[i + 2] as number) - (f[i + 1] as number) < 50 &&
                  (f[i + 3] as number) - (f[i + 2] as number) < 50
                )
                  return t;
              }
              return null;
            },
            firstFrame,
            { timeout: 300_000 },
          )
        ).jsonValue()) as number;
        const suggestion = path.startsWith("/?")
          ? await page
              .waitForFunction(() => (window as unknown as { __firstSuggestion?: number }).__firstSuggestion, undefined, {
                timeout: 300_000,
              })
              .then(() => page.evaluate(() => (window as unknown as { __firstSuggestion: number }).__firstSuggestion))
          : undefined;
        const canvas = await page.evaluate(() => {
          const box = document.querySelector("[data-testid=sigma-container], #sigma")?.getBoundingClientRect();
          return box ? { w: Math.round(box.width), h: Math.round(box.height) } : { w: 0, h: 0 };
        });
        // Pan and zoom the camera for `seconds`, counting frames sigma renders.
        const fps = (await page.evaluate(PAN_AND_ZOOM.replace("DURATION", String(seconds)))) as number;
        return { page, firstFrame, settled, suggestion, canvas, fps };
      };
      // Warm, as `npm start` leaves it: the graph laid out and compressed once, before any page asks.
      await warmUp(app);
      type Measured = Awaited<ReturnType<typeof measure>>;
      const explorer: Measured[] = [];
      const floor: Measured[] = [];
      let fa2 = 0;
      for (let round = 0; round < rounds; round++) {
        const a = await measure("/?expose");
        // ForceAtlas2 in the app's worker (first round): graph updates per second while "Run layout" runs.
        if (round === 0) fa2 = (await a.page.evaluate(FA2_RATE)) as number;
        await a.page.close();
        explorer.push(a);
        // The floor in a canvas of the explorer's size, so that both draw the same pixels.
        const f = await measure(`/src/bench/floor/index.html?w=${a.canvas.w}&h=${a.canvas.h}`);
        await f.page.close();
        floor.push(f);
      }
      // The map view from a cold page: shapes, projection and the first layer (engagement).
      const map = await mapDrawn(browser, `${server.url}/?mode=map`);
      await server.close();
      const of = (runs: Measured[], pick: (m: Measured) => number | undefined) => median(runs.map((m) => pick(m) ?? 0));
      const compare = (name: string, pick: (m: Measured) => number, digits = 0) => {
        const [x, y] = [of(explorer, pick), of(floor, pick)];
        rows.push([size, name, x.toFixed(digits), y.toFixed(digits), `${(x / y).toFixed(2)}×`]);
      };
      const canvas = (m: Measured[]) => `${m[0]?.canvas.w}×${m[0]?.canvas.h}`;
      compare("first frame ms", (m) => m.firstFrame);
      compare("settled ms", (m) => m.settled);
      rows.push(
        [size, "first search suggestion ms", of(explorer, (m) => m.suggestion).toFixed(0), "—", "—"],
        [size, "canvas px (both)", canvas(explorer), canvas(floor), "—"],
      );
      compare("fps pan+zoom", (m) => m.fps, 1);
      rows.push([size, "FA2 iterations/s", fa2.toFixed(1), "—", "—"], [size, "map drawn ms (median of 5)", map.toFixed(0), "—", "—"]);
      console.error(`  done: ${size}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`\nMedians of ${rounds} alternating rounds per size (explorer, then floor).`);
  const header = ["nodes / edges", "measure", "explorer", "floor", "explorer ÷ floor"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
  console.log(["", line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n"));
  console.log(
    "\nTargets (issue 14): first frame and settled ≤ 1.3× the floor at 377 nodes, ≤ 1.0× at 4.5k and 19k; first search suggestion ≤ 1 s;",
    "fps ≥ 0.9× the floor at equal canvas size; landing JS < 200 kB as transferred.",
  );
  console.log("The map: its shapes drawn from a cold page (issue 12: no slower than the map before it).");
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
