/**
 * The map's visible extent as an SVG viewBox over the WIDTH×HEIGHT frame: zoom about a point
 * (wheel, buttons, + and −), pan (drag, arrow keys), always inside the frame and between the
 * whole world (1×) and MAX_ZOOM. Exports serialise the SVG as it stands, so they follow it.
 */
export const MAX_ZOOM = 16;

export interface Extent {
  x: number;
  y: number;
  /** The zoom factor: 1 is the whole frame. */
  k: number;
}

export const WHOLE: Extent = { x: 0, y: 0, k: 1 };

/** Keeps the extent inside the frame, with its zoom between 1 and MAX_ZOOM. */
export function clampExtent(e: Extent, width: number, height: number): Extent {
  const k = Math.min(MAX_ZOOM, Math.max(1, e.k));
  const w = width / k;
  const h = height / k;
  return { k, x: Math.min(width - w, Math.max(0, e.x)), y: Math.min(height - h, Math.max(0, e.y)) };
}

/** Zooms by `factor` keeping the frame point (px, py) where it is on screen. */
export function zoomAt(e: Extent, factor: number, px: number, py: number, width: number, height: number): Extent {
  const k = Math.min(MAX_ZOOM, Math.max(1, e.k * factor));
  const real = k / e.k;
  return clampExtent({ k, x: px - (px - e.x) / real, y: py - (py - e.y) / real }, width, height);
}

/** Moves the extent by (dx, dy) frame units. */
export function panBy(e: Extent, dx: number, dy: number, width: number, height: number): Extent {
  return clampExtent({ ...e, x: e.x + dx, y: e.y + dy }, width, height);
}

export function viewBoxOf(e: Extent, width: number, height: number): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return `${r(e.x)} ${r(e.y)} ${r(width / e.k)} ${r(height / e.k)}`;
}
