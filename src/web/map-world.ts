/**
 * The world the map draws: Natural Earth 1:110m country shapes (world-atlas) in an Equal Earth
 * projection (core/world-shapes.ts), loaded once and only when the map is wanted. The explorer starts the load
 * as soon as the map view is asked for, in parallel with the graph (`preloadWorld`).
 */
import type { World } from "./core/world-shapes.ts";

export const WIDTH = 960;
export const HEIGHT = 500;

let worldPromise: Promise<World> | undefined;

export function loadWorld(): Promise<World> {
  worldPromise ??= Promise.all([import("./core/world-shapes.ts"), import("world-atlas/countries-110m.json")]).then(([shapes, atlas]) =>
    shapes.worldShapes((atlas as { default?: unknown }).default ?? atlas, WIDTH, HEIGHT, 4),
  );
  return worldPromise;
}

/** Starts loading the world without waiting for it (the map view is on its way). */
export function preloadWorld(): void {
  loadWorld().catch(() => {
    // The map view reports the failure when it asks again.
    worldPromise = undefined;
  });
}

export type { Shape, World } from "./core/world-shapes.ts";
