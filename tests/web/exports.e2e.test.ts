/**
 * Map zoom and pan (buttons, keyboard, wheel) and every picture export carrying a title, the
 * as-of date, the legend and the citation line, in Debian's chromium against the real server.
 * The map's SVG is read as text; PNGs are decoded in the page and their frame read as pixels.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asOfDay } from "../../src/model/time.ts";
import { ISCM_TYPE_COLORS } from "../../src/web/core/appearance.ts";
import { download, expectedCitation, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;
const today = asOfDay(null);

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000); // builds the web app when its sources changed, then starts chromium
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openMap(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await page.goto(`${server.url}/?mode=map&overlap=prague-process,eap-panel`);
  await page.waitForSelector("[data-testid=map-svg] [data-iso3]", { timeout: 30_000 });
  return page;
}

/** The States whose shape or dot shows inside the map's frame on screen. */
const visibleStates = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector("[data-testid=map-svg]") as SVGSVGElement;
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll<SVGGraphicsElement>("[data-iso3]")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
      })
      .map((el) => el.getAttribute("data-iso3") as string);
  });

const viewBox = (page: Page) => page.locator("[data-testid=map-svg]").getAttribute("viewBox");

/** A PNG decoded in the page: its size and, per band of rows, how many pixels are dark (text) and which colours occur. */
function readPng(page: Page, png: Buffer, bands: [number, number][], colours: string[]) {
  return page.evaluate(
    async ({ data, bands, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const rgb = colours.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
      const result = bands.map(([from, to]) => {
        const y0 = Math.round(from * image.height);
        const y1 = Math.round(to * image.height);
        const px = ctx.getImageData(0, y0, image.width, Math.max(1, y1 - y0)).data;
        let dark = 0;
        const found = new Set<number>();
        for (let i = 0; i < px.length; i += 4) {
          const [r, g, b] = [px[i] as number, px[i + 1] as number, px[i + 2] as number];
          if (r + g + b < 200) dark++;
          rgb.forEach(([cr, cg, cb], k) => {
            if (Math.abs(r - (cr as number)) < 6 && Math.abs(g - (cg as number)) < 6 && Math.abs(b - (cb as number)) < 6) found.add(k);
          });
        }
        return { dark, colours: [...found].map((k) => colours[k]) };
      });
      return { width: image.width, height: image.height, bands: result };
    },
    { data: png.toString("base64"), bands, colours },
  );
}

describe("map zoom and pan", () => {
  it("the buttons zoom in and out: fewer States are in view, then the whole world again", async () => {
    const page = await openMap();
    const whole = await visibleStates(page);
    expect(whole.length).toBeGreaterThan(150);
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    expect(Number(await page.locator("[data-testid=map-svg]").getAttribute("data-zoom"))).toBeCloseTo(3.375, 2);
    const zoomed = await visibleStates(page);
    expect(zoomed.length).toBeLessThan(whole.length / 2);
    await page.getByRole("button", { name: "Whole world" }).click();
    expect(await viewBox(page)).toBe("0 0 960 500");
    expect((await visibleStates(page)).length).toBe(whole.length);
    await page.close();
  });

  it("the wheel zooms about the pointer: over Armenia, Armenia stays in view and Brazil leaves it", async () => {
    const page = await openMap();
    const armenia = await page.locator('[data-testid=map-svg] [data-iso3="ARM"]').first().boundingBox();
    if (!armenia) throw new Error("Armenia is not drawn");
    await page.mouse.move(armenia.x + armenia.width / 2, armenia.y + armenia.height / 2);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(50);
    }
    await expect.poll(async () => Number(await page.locator("[data-testid=map-svg]").getAttribute("data-zoom"))).toBeGreaterThan(3);
    const inView = await visibleStates(page);
    expect(inView).toContain("ARM");
    expect(inView).toContain("GEO");
    expect(inView).not.toContain("BRA");
    await page.close();
  });

  it("the keyboard zooms (+, −, 0) and pans (arrow keys) the focused map", async () => {
    const page = await openMap();
    await page.locator(".geo-frame").focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    const before = (await viewBox(page))?.split(" ").map(Number) as number[];
    expect(before[2]).toBeLessThan(960);
    await page.keyboard.press("ArrowRight");
    const after = (await viewBox(page))?.split(" ").map(Number) as number[];
    expect(after[0]).toBeGreaterThan(before[0] as number);
    expect(after[1]).toBe(before[1]);
    await page.keyboard.press("-");
    expect(Number((await viewBox(page))?.split(" ")[2])).toBeGreaterThan(before[2] as number);
    await page.keyboard.press("0");
    expect(await viewBox(page)).toBe("0 0 960 500");
    await page.close();
  });
});

describe("picture exports", () => {
  it("the map's SVG follows the visible extent and carries the title, the legend, the date and the citation line", async () => {
    const page = await openMap();
    await page.locator(".geo-frame").focus();
    await page.keyboard.press("+");
    await page.keyboard.press("ArrowUp");
    const shown = await viewBox(page);
    expect(shown).not.toBe("0 0 960 500");
    const svg = await download(page, "SVG");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        viewBox: doc.documentElement.getAttribute("viewBox"),
        title: doc.querySelector("[data-testid=map-title]")?.textContent ?? "",
        legend: [...doc.querySelectorAll("[data-legend] text")].map((t) => t.textContent),
        citation: doc.querySelector("[data-testid=map-as-of]")?.textContent ?? "",
      };
    }, svg.body.toString("utf8"));
    expect(parsed.viewBox).toBe(shown);
    expect(parsed.title).toMatch(/^ISCM Atlas — /);
    expect(parsed.legend.length).toBe(3);
    expect(parsed.legend.join(" ")).toMatch(/: \d+/);
    expect(parsed.citation).toBe(await expectedCitation(server, today, page.url()));
    expect(page.url()).toContain("overlap=prague-process");
    // The PNG is drawn from the same SVG: title and legend text make dark pixels in their corners.
    const png = await download(page, "PNG");
    const read = await readPng(
      page,
      png.body,
      [
        [0, 0.06],
        [0.5, 0.98],
      ],
      [],
    );
    expect([read.width, read.height]).toEqual([1920, 1000]);
    expect(read.bands[0]?.dark).toBeGreaterThan(200);
    expect(read.bands[1]?.dark).toBeGreaterThan(200);
    await page.close();
  });

  it("the network PNG is framed: a title and date above the drawing, the legend's colours and the citation below", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.goto(`${server.url}/`);
    await page.waitForSelector("[data-testid=sigma-container] canvas", { timeout: 30_000 });
    await page.waitForSelector(".side .legend li");
    const canvas = await page.locator("[data-testid=sigma-container]").boundingBox();
    const png = await download(page, "PNG");
    expect(png.name).toBe(`iscm-atlas-network-${today}.png`);
    const colours = Object.values(ISCM_TYPE_COLORS);
    const probe = await readPng(page, png.body, [[0, 0.01]], []);
    // The frame: 56 px of heading above, the legend and the citation below the drawing (at the device's pixel ratio).
    const scale = probe.width / (canvas?.width ?? probe.width);
    const drawing = (canvas?.height ?? 0) * scale;
    const head = 56 * scale;
    const read = await readPng(
      page,
      png.body,
      [
        [0, head / probe.height],
        [(head + drawing) / probe.height, 1],
      ],
      colours,
    );
    expect(read.height).toBeGreaterThan(drawing + head);
    expect(read.bands[0]?.dark, "title and date").toBeGreaterThan(300);
    expect(read.bands[1]?.dark, "legend labels and citation").toBeGreaterThan(300);
    expect(read.bands[1]?.colours.sort(), "the legend's swatches").toEqual([...colours].sort());
    await page.close();
  });
});
