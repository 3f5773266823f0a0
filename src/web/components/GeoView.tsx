/**
 * Geography: States at their coordinates, ISCMs at their members' centroid, over a world map
 * drawn from world-atlas (Natural Earth land, shipped in the package: no tile server, works
 * offline). The map is a canvas under sigma, re-projected on every render with graphToViewport.
 */
import Graph from "graphology";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { Dataset } from "../../model/graph.ts";
import { memberTally, nodeColor, nodeSize } from "../core/appearance.ts";
import { geoPositions } from "../core/geo.ts";

type Ring = [number, number][];

async function landRings(): Promise<Ring[]> {
  // Loaded on demand: the landing page does not pay for the map.
  const [{ feature }, topology] = await Promise.all([import("topojson-client"), import("world-atlas/land-110m.json")]);
  const topo = (topology as { default?: unknown }).default ?? topology;
  const land = feature(topo as never, (topo as { objects: { land: never } }).objects.land) as unknown as {
    features?: { geometry: { type: string; coordinates: unknown } }[];
    geometry?: { type: string; coordinates: unknown };
  };
  const geometries = land.features ? land.features.map((f) => f.geometry) : land.geometry ? [land.geometry] : [];
  const rings: Ring[] = [];
  for (const g of geometries) {
    const polygons = g.type === "Polygon" ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]);
    for (const polygon of polygons) rings.push(...polygon);
  }
  return rings;
}

export function GeoView({ dataset, onSelect }: { dataset: Dataset; onSelect: (id: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const [mapState, setMapState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    if (!container.current) return;
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    const members = memberTally(dataset);
    const graph = new Graph();
    for (const p of geoPositions(dataset)) {
      const node = byId.get(p.id);
      if (!node) continue;
      graph.addNode(p.id, {
        x: p.x,
        y: p.y,
        label: String(node.label === "ISCM" && node.properties.acronym ? node.properties.acronym : node.properties.name),
        size: nodeSize(node, members.get(p.id) ?? 0) * (p.label === "ISCM" ? 0.7 : 1),
        color: nodeColor(node),
        zIndex: p.label === "ISCM" ? 1 : 0,
      });
    }
    for (const e of dataset.edges) {
      if (e.type === "MEMBER_OF" && graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
        graph.addEdge(e.source, e.target, { size: 0.3, color: "rgba(120,120,120,0.25)" });
      }
    }
    // Two invisible corners frame the whole world, so the map and the points share one frame.
    graph.addNode("__frame-sw", { x: -180, y: -60, size: 0, hidden: true, label: "" });
    graph.addNode("__frame-ne", { x: 180, y: 85, size: 0, hidden: true, label: "" });

    const map = document.createElement("canvas");
    map.className = "map-layer";
    container.current.prepend(map);
    const sigma = new Sigma(graph, container.current, { labelRenderedSizeThreshold: 9, zIndex: true, hideEdgesOnMove: true });
    if (new URLSearchParams(location.search).has("expose")) window.__geoSigma = sigma;
    let rings: Ring[] = [];
    const drawMap = () => {
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      map.width = width * ratio;
      map.height = height * ratio;
      map.style.width = `${width}px`;
      map.style.height = `${height}px`;
      const ctx = map.getContext("2d");
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.fillStyle = "#eef1f4";
      ctx.strokeStyle = "#c9d0d8";
      ctx.lineWidth = 0.6;
      for (const ring of rings) {
        ctx.beginPath();
        ring.forEach(([lon, lat], i) => {
          const p = sigma.graphToViewport({ x: lon, y: lat });
          if (i === 0) ctx.moveTo(p.x, p.y);
          else ctx.lineTo(p.x, p.y);
        });
        ctx.closePath();
        ctx.fill();
        ctx.stroke();
      }
    };
    sigma.on("afterRender", drawMap);
    sigma.on("clickNode", ({ node }) => !node.startsWith("__") && onSelect(node));
    let alive = true;
    landRings().then(
      (r) => {
        if (!alive) return;
        rings = r;
        setMapState("ready");
        drawMap();
      },
      () => alive && setMapState("failed"),
    );
    return () => {
      alive = false;
      sigma.kill();
      map.remove();
      if (window.__geoSigma === sigma) window.__geoSigma = undefined;
    };
  }, [dataset, onSelect]);

  return (
    <section className="geo" aria-label="Map of States and ISCMs">
      <div ref={container} className="geo-canvas" data-testid="geo-container" />
      <p className="hidden-count" data-testid="map-state">
        {mapState === "loading"
          ? "Loading the map…"
          : mapState === "failed"
            ? "The map could not be loaded; points are still placed by coordinates."
            : "States at their coordinates; ISCMs at their members' centroid"}
      </p>
    </section>
  );
}

declare global {
  interface Window {
    __geoSigma?: Sigma;
  }
}
