/**
 * The world the map draws: Natural Earth 1:110m country shapes (world-atlas) in an Equal Earth
 * projection (d3-geo), loaded once and only when the map is wanted. The explorer starts the load
 * as soon as the map view is asked for, in parallel with the graph (`preloadWorld`).
 */
import type { GeoPermissibleObjects } from "d3-geo";

export const WIDTH = 960;
export const HEIGHT = 500;

export interface Shape {
  /** ISO numeric code ("051") or, where Natural Earth has none (Kosovo), the name. */
  id: string;
  name: string;
  path: string;
  area: number;
  /** Where a marker for the country goes (d3's planar centroid of the projected shape). */
  centroid: [number, number];
}

export interface World {
  shapes: Shape[];
  sphere: string;
  project: (lonLat: [number, number]) => [number, number] | null;
}

let worldPromise: Promise<World> | undefined;

export function loadWorld(): Promise<World> {
  worldPromise ??= Promise.all([import("d3-geo"), import("topojson-client"), import("world-atlas/countries-110m.json")]).then(
    ([d3, topojson, atlas]) => {
      const topology = ((atlas as { default?: unknown }).default ?? atlas) as never;
      const collection = topojson.feature(topology, (topology as { objects: { countries: never } }).objects.countries) as unknown as {
        features: { id?: string; properties: { name: string } }[];
      };
      const projection = d3.geoEqualEarth().fitExtent(
        [
          [4, 4],
          [WIDTH - 4, HEIGHT - 4],
        ],
        { type: "Sphere" },
      );
      // One decimal is a tenth of a pixel in the 960-wide frame: shorter paths, same picture.
      const path = d3.geoPath(projection).digits(1);
      const shapes = collection.features.map((f) => ({
        id: f.id ?? f.properties.name,
        name: f.properties.name,
        path: path(f as unknown as GeoPermissibleObjects) ?? "",
        area: path.area(f as unknown as GeoPermissibleObjects),
        centroid: path.centroid(f as unknown as GeoPermissibleObjects) as [number, number],
      }));
      return { shapes, sphere: path({ type: "Sphere" }) ?? "", project: (p) => projection(p) };
    },
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
