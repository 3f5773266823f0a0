/**
 * A small static map of an ISCM's footprint for its profile page: the same shapes, projection and
 * footprint categories as the explorer's map (Natural Earth 1:110m, Equal Earth, map-model.ts),
 * drawn on the server as SVG so it prints and needs no JavaScript.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Dataset } from "../model/graph.ts";
import { footprintModel, NO_DATA_COLOR } from "../web/core/map-model.ts";
import { type Shape, type World, worldShapes } from "../web/core/world-shapes.ts";

const WIDTH = 640;
const HEIGHT = 333;

let world: World | undefined;
function loadWorld(): World {
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
  world ??= worldShapes(JSON.parse(readFileSync(file, "utf8")), WIDTH, HEIGHT, 2);
  return world;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The footprint of `iscm` in `datasetAsOf` as an SVG string, with its legend counts for the caption. */
export function footprintSvg(datasetAsOf: Dataset, iscm: string, name: (id: string) => string): { svg: string; legend: string } {
  const w = loadWorld();
  const model = footprintModel(datasetAsOf, iscm, name);
  const used = new Set<Shape>();
  const parts: string[] = [];
  for (const n of datasetAsOf.nodes) {
    if (n.label !== "State") continue;
    const mark = model.states.get(n.id);
    const shape = w.shapeOf(n);
    const fill = mark ? (mark.hatch ? `url(#fp-hatch-${mark.category})` : mark.color) : NO_DATA_COLOR;
    const title = `<title>${escapeXml(String(n.properties.name))}${mark ? ` — ${escapeXml(mark.category)}` : ""}</title>`;
    if (shape) {
      used.add(shape);
      parts.push(`<path d="${shape.path}" fill="${fill}" data-iso3="${n.id}">${title}</path>`);
    }
    if ((!shape || shape.area < 6) && mark) {
      const p = w.project([Number(n.properties.longitude), Number(n.properties.latitude)]);
      if (p)
        parts.push(
          `<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="2.5" fill="${fill}" stroke="#333" stroke-width="0.5" data-iso3="${n.id}">${title}</circle>`,
        );
    }
  }
  const land = w.shapes.filter((s) => !used.has(s)).map((s) => `<path d="${s.path}"/>`);
  const patterns = model.legend
    .filter((e) => e.hatch)
    .map(
      (e) =>
        `<pattern id="fp-hatch-${e.key}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><rect width="2" height="4" fill="${e.color}"/></pattern>`,
    );
  const legend = model.legend
    .filter((e) => e.count > 0)
    .map((e) => `${e.label}: ${e.count}`)
    .join(" · ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(`${model.title}. ${legend}`)}" class="footprint"><defs>${patterns.join("")}</defs><path d="${w.sphere}" fill="#f4f8fb" stroke="#c9d0d8"/><g fill="#f0f0f0" stroke="#d0d0d0" stroke-width="0.3">${land.join("")}</g><g stroke="#fff" stroke-width="0.4">${parts.join("")}</g></svg>`;
  return { svg, legend };
}
