/** The map's extent: zoom keeps the point under the pointer, pan and zoom never leave the frame. */
import { describe, expect, it } from "vitest";
import { clampExtent, MAX_ZOOM, panBy, viewBoxOf, WHOLE, zoomAt } from "../../../src/web/core/map-zoom.ts";

const W = 960;
const H = 500;

describe("map extent", () => {
  it("zooming about a point keeps that point where it was in the frame", () => {
    const e = zoomAt(WHOLE, 2, 600, 100, W, H);
    expect(e.k).toBe(2);
    // The point's place on screen, as a fraction of the visible width and height, is unchanged.
    expect((600 - e.x) / (W / e.k)).toBeCloseTo(600 / W);
    expect((100 - e.y) / (H / e.k)).toBeCloseTo(100 / H);
    expect(viewBoxOf(e, W, H)).toBe("300 50 480 250");
  });

  it("never zooms out past the whole world nor in past MAX_ZOOM, and never pans off the frame", () => {
    expect(zoomAt(WHOLE, 0.5, 10, 10, W, H)).toEqual(WHOLE);
    expect(zoomAt(WHOLE, 1000, 480, 250, W, H).k).toBe(MAX_ZOOM);
    const zoomed = zoomAt(WHOLE, 4, 480, 250, W, H);
    expect(panBy(zoomed, -10_000, 0, W, H).x).toBe(0);
    expect(panBy(zoomed, 10_000, 10_000, W, H)).toEqual({ k: 4, x: W - W / 4, y: H - H / 4 });
    expect(clampExtent({ k: 1, x: 50, y: -3 }, W, H)).toEqual(WHOLE);
  });
});
