/**
 * Natural Earth country shapes (a world-atlas topology) projected in Equal Earth (d3-geo) into a
 * frame of the given size, and the join from a State to its shape. One module for the explorer's
 * map (loaded with the map, map-world.ts) and the profiles' footprint SVG (on the server).
 */
import { type GeoPermissibleObjects, geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";

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
  /** A State's shape: by its ISO numeric code, else by name (Kosovo has no code in Natural Earth). */
  shapeOf(state: { properties: Record<string, unknown> }): Shape | undefined;
  sphere: string;
  project: (lonLat: [number, number]) => [number, number] | null;
}

export function worldShapes(topology: unknown, width: number, height: number, margin: number): World {
  const topo = topology as { objects: { countries: never } };
  const collection = feature(topo as never, topo.objects.countries) as unknown as {
    features: { id?: string; properties: { name: string } }[];
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    { type: "Sphere" },
  );
  // One decimal is a tenth of a pixel: shorter paths, the same picture.
  const path = geoPath(projection).digits(1);
  const shapes = collection.features.map((f) => {
    const g = f as unknown as GeoPermissibleObjects;
    return {
      id: f.id ?? f.properties.name,
      name: f.properties.name,
      path: path(g) ?? "",
      area: path.area(g),
      centroid: path.centroid(g) as [number, number],
    };
  });
  const byId = new Map(shapes.map((s) => [s.id, s]));
  return {
    shapes,
    shapeOf: (state) => byId.get(String(state.properties.isoNumeric ?? "")) ?? byId.get(String(state.properties.name)),
    sphere: path({ type: "Sphere" }) ?? "",
    project: (p) => projection(p),
  };
}
