/**
 * The map: every State of the atlas as its country shape (Natural Earth 1:110m from world-atlas,
 * joined by ISO numeric code) in an Equal Earth projection (d3-geo), or as a dot where the shapes
 * have none or it is too small to click (island States, microstates). Coloured by one layer —
 * an ISCM's footprint, the overlap of two or three ISCMs, or engagement — whose facts and legend
 * come from core/map-model.ts. Shapes and d3-geo load only when the map is opened; no tile server.
 * A list beside the map carries the same content for keyboards and screen readers.
 */
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../../model/graph.ts";
import { localisedNameMap } from "../../model/names.ts";
import type { OverlapRow } from "../api.ts";
import { explorerCitation } from "../citation.ts";
import {
  type EngagementRoles,
  engagementModel,
  footprintModel,
  iscmsByState,
  type LegendEntry,
  MAP_LAYERS,
  type MapLayer,
  type MapModel,
  NO_DATA_COLOR,
  onlyVisible,
  overlapModel,
} from "../core/map-model.ts";
import { clampExtent, type Extent, panBy, viewBoxOf, WHOLE, zoomAt } from "../core/map-zoom.ts";
import { useAnalysis } from "../data.ts";
import { download } from "../download.ts";
import { useT } from "../i18n.tsx";
import { useMapWords } from "../map-words.ts";
import { HEIGHT, loadWorld, type Shape, WIDTH, type World } from "../map-world.ts";

/** A shape smaller than this (px² in the 960×500 frame) is drawn as a dot as well, to be seen and clicked. */
const MIN_AREA = 12;
const DOT_RADIUS = 3.5;

interface Props {
  /** The dataset as of the explorer's day, with the hash its exports cite. */
  dataset: Dataset & { hash: string };
  day: string;
  layer: MapLayer | null;
  resolvedLayer: MapLayer;
  roles: EngagementRoles;
  overlap: string[];
  overlapRow: OverlapRow | undefined;
  /** The ISCM whose footprint is shown (the selection, when it is an ISCM). */
  iscm: string | null;
  /** The States the filters leave visible (null: all); the others are drawn without a category. */
  visibleStates: ReadonlySet<string> | null;
  onSettings: (s: { layer: MapLayer | null; roles: EngagementRoles }) => void;
  onSelect: (id: string) => void;
  /** The layer's title and legend, as drawn: for the side panel's legend (one definition for both). */
  onLegend?: (legend: { title: string; entries: LegendEntry[] }) => void;
}

interface Placed {
  id: string;
  name: string;
  shape?: Shape;
  dot?: [number, number];
}

export function GeoView({
  dataset,
  day,
  layer,
  resolvedLayer,
  roles,
  overlap,
  overlapRow,
  iscm,
  visibleStates,
  onSettings,
  onSelect,
  onLegend,
}: Props) {
  const [world, setWorld] = useState<World | null>(null);
  const [failed, setFailed] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [extent, setExtent] = useState<Extent>(WHOLE);
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);
  /** A point of the window (clientX, clientY) in the frame's coordinates, under the current extent. */
  const framePoint = (clientX: number, clientY: number): [number, number] => {
    const el = svg.current;
    const m = el?.getScreenCTM();
    if (!el || !m) return [WIDTH / 2, HEIGHT / 2];
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return [p.x, p.y];
  };
  const zoomBy = (factor: number, at?: [number, number]) =>
    setExtent((e) => {
      const [px, py] = at ?? [e.x + WIDTH / e.k / 2, e.y + HEIGHT / e.k / 2];
      return zoomAt(e, factor, px, py, WIDTH, HEIGHT);
    });
  const panSteps = (dx: number, dy: number) => setExtent((e) => panBy(e, (dx * WIDTH) / e.k / 8, (dy * HEIGHT) / e.k / 8, WIDTH, HEIGHT));
  // The wheel zooms about the pointer; a passive React listener could not keep the page from scrolling.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const m = el.getScreenCTM();
      if (!m) return;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      setExtent((x) => zoomAt(x, e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y, WIDTH, HEIGHT));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  });
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      "+": () => zoomBy(1.5),
      "=": () => zoomBy(1.5),
      "-": () => zoomBy(1 / 1.5),
      "0": () => setExtent(WHOLE),
      ArrowLeft: () => panSteps(-1, 0),
      ArrowRight: () => panSteps(1, 0),
      ArrowUp: () => panSteps(0, -1),
      ArrowDown: () => panSteps(0, 1),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (extent.k === 1 || e.button !== 0) return;
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const [x0, y0] = framePoint(d.x, d.y);
    const [x1, y1] = framePoint(e.clientX, e.clientY);
    if (Math.hypot(e.clientX - d.x, e.clientY - d.y) < 3) return;
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    setExtent((x) => clampExtent({ ...x, x: x.x - (x1 - x0), y: x.y - (y1 - y0) }, WIDTH, HEIGHT));
  };
  const endDrag = () => {
    drag.current = null;
  };
  useEffect(() => {
    let alive = true;
    loadWorld().then(
      (w) => alive && setWorld(w),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);

  const { t, locale } = useT();
  const words = useMapWords();
  // Names in the interface's language: sourced French or Spanish, else English (model/names.ts).
  const names = useMemo(() => localisedNameMap(dataset.nodes, locale, "shortName"), [dataset, locale]);
  const name = (id: string) => names.get(id) ?? id;
  const engagement = useAnalysis("most-engaged-states", resolvedLayer === "engagement" ? {} : null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: name() reads `names`, which follows the dataset
  const model: MapModel = useMemo(() => {
    const full =
      resolvedLayer === "overlap"
        ? overlapModel(overlapRow, overlap, name, words)
        : resolvedLayer === "footprint"
          ? footprintModel(dataset, iscm, name, words)
          : engagementModel(engagement.data?.rows, roles, iscmsByState(dataset, roles, name), words);
    return onlyVisible(full, visibleStates);
  }, [resolvedLayer, overlapRow, overlap, dataset, iscm, engagement.data, roles, names, visibleStates, words]);

  useEffect(() => onLegend?.({ title: model.title, entries: model.legend }), [model, onLegend]);

  // Every State of the atlas gets its shape (by ISO numeric code, or name) and, if it has none or a tiny one, a dot.
  const placed: Placed[] = useMemo(() => {
    if (!world) return [];
    return dataset.nodes
      .filter((n) => n.label === "State")
      .map((n) => {
        const p = n.properties;
        const shape = world.shapeOf(n);
        const lonLat: [number, number] = [Number(p.longitude), Number(p.latitude)];
        const dot = !shape || shape.area < MIN_AREA ? (world.project(lonLat) ?? undefined) : undefined;
        return { id: n.id, name: names.get(n.id) ?? String(p.name), shape, dot };
      });
  }, [world, dataset, names]);

  const markOf = (id: string) => model.states.get(id);
  const attrs = (id: string) => {
    const mark = markOf(id);
    return {
      "data-iso3": id,
      ...(resolvedLayer === "overlap" && mark?.overlap ? { "data-overlap": mark.overlap.join(" ") } : {}),
      ...(resolvedLayer === "engagement" ? { "data-engagement": String(mark?.engagement ?? 0) } : {}),
      "data-category": mark?.category ?? "none",
      fill: mark ? (mark.hatch ? `url(#hatch-${mark.category})` : mark.color) : NO_DATA_COLOR,
      onMouseEnter: () => setHovered(id),
      onMouseLeave: () => setHovered((h) => (h === id ? null : h)),
      onClick: () => onSelect(id),
    };
  };
  const hatched = model.legend.filter((e) => e.hatch);
  const legendHeight = 18 + model.legend.length * 16;
  const citation = explorerCitation(dataset.hash, day);
  // Legend, title and citation stay where they are on screen whatever the extent: drawn in
  // frame units, then moved and scaled with the viewBox.
  const fixed = `translate(${extent.x} ${extent.y}) scale(${1 / extent.k})`;

  const exportSvg = () => {
    if (!svg.current) return;
    download(`iscm-atlas-map-${resolvedLayer}-${day}.svg`, new XMLSerializer().serializeToString(svg.current), "image/svg+xml");
  };
  const exportPng = () => {
    if (!svg.current) return;
    const text = new XMLSerializer().serializeToString(svg.current);
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = WIDTH * 2;
      canvas.height = HEIGHT * 2;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (blob) download(`iscm-atlas-map-${resolvedLayer}-${day}.png`, blob);
      }, "image/png");
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  };

  const hoveredMark = hovered ? markOf(hovered) : undefined;
  return (
    <section className="geo" aria-label={t("map.region")} data-layer={resolvedLayer}>
      <div className="geo-toolbar">
        <label>
          {t("map.layer")}{" "}
          <select
            value={layer ?? ""}
            onChange={(e) => onSettings({ layer: (e.target.value || null) as MapLayer | null, roles })}
            aria-label={t("map.layerAria")}
          >
            <option value="">{t("map.automatic", { layer: t("map.layerName", { layer: resolvedLayer }) })}</option>
            {MAP_LAYERS.map((l) => (
              <option key={l} value={l}>
                {t("map.layerName", { layer: l })}
              </option>
            ))}
          </select>
        </label>
        {resolvedLayer === "engagement" && (
          <label>
            {t("map.count")}{" "}
            <select
              value={roles}
              aria-label={t("map.countAria")}
              onChange={(e) => onSettings({ layer, roles: e.target.value as EngagementRoles })}
            >
              <option value="any">{t("map.anyRole")}</option>
              <option value="member">{t("map.membershipsOnly")}</option>
            </select>
          </label>
        )}
        <fieldset className="map-zoom">
          <legend className="visually-hidden">{t("map.zoomLegend")}</legend>
          <button type="button" onClick={() => zoomBy(1.5)} disabled={!world || extent.k >= 16} aria-label={t("map.zoomIn")}>
            +
          </button>
          <button type="button" onClick={() => zoomBy(1 / 1.5)} disabled={!world || extent.k <= 1} aria-label={t("map.zoomOut")}>
            −
          </button>
          <button type="button" onClick={() => setExtent(WHOLE)} disabled={!world || extent.k === 1}>
            {t("map.wholeWorld")}
          </button>
        </fieldset>
        <button type="button" onClick={exportSvg} disabled={!world}>
          SVG
        </button>
        <button type="button" onClick={exportPng} disabled={!world}>
          PNG
        </button>
        <span className="hint" data-testid="map-state" aria-live="polite">
          {failed ? t("map.failed") : !world ? t("map.loading") : (model.empty ?? model.title)}
        </span>
      </div>
      <div className="geo-body">
        <div
          className="geo-frame"
          role="application"
          aria-label={t("map.application")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the map is a widget: + − 0 and the arrow keys zoom and pan it
          tabIndex={0}
          onKeyDown={onKey}
        >
          {world && (
            <svg
              ref={svg}
              xmlns="http://www.w3.org/2000/svg"
              viewBox={viewBoxOf(extent, WIDTH, HEIGHT)}
              role="img"
              aria-label={t("map.svgLabel", { title: model.title, day })}
              data-testid="map-svg"
              data-zoom={extent.k.toFixed(2)}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={endDrag}
              onPointerCancel={endDrag}
              className={extent.k > 1 ? "zoomed" : undefined}
            >
              <defs>
                {hatched.map((e) => (
                  <pattern
                    key={e.key}
                    id={`hatch-${e.key}`}
                    patternUnits="userSpaceOnUse"
                    width="4"
                    height="4"
                    patternTransform="rotate(45)"
                  >
                    <rect width="4" height="4" fill="#ffffff" />
                    <rect width="2" height="4" fill={e.color} />
                  </pattern>
                ))}
              </defs>
              <path d={world.sphere} fill="#f4f8fb" stroke="#c9d0d8" />
              {/* Shapes of places that are not States of the atlas (Antarctica, Western Sahara…): plain land. */}
              <g fill="#f0f0f0" stroke="#d0d0d0" strokeWidth={0.4}>
                {world.shapes
                  .filter((s) => !placed.some((p) => p.shape === s))
                  .map((s) => (
                    <path key={s.id} d={s.path} />
                  ))}
              </g>
              <g stroke="#ffffff" strokeWidth={0.5} className="states">
                {placed
                  .filter((p) => p.shape)
                  .map((p) => (
                    <path key={p.id} d={(p.shape as Shape).path} {...attrs(p.id)}>
                      <title>{`${p.name}${markOf(p.id) ? ` — ${markOf(p.id)?.detail}` : ""}`}</title>
                    </path>
                  ))}
              </g>
              <g stroke="#333333" strokeWidth={0.6} className="dots">
                {placed
                  .filter((p) => p.dot)
                  .map((p) => (
                    <circle
                      key={p.id}
                      cx={(p.dot as [number, number])[0]}
                      cy={(p.dot as [number, number])[1]}
                      r={DOT_RADIUS}
                      {...attrs(p.id)}
                    >
                      <title>{`${p.name}${markOf(p.id) ? ` — ${markOf(p.id)?.detail}` : ""}`}</title>
                    </circle>
                  ))}
              </g>
              <Markers placed={placed} model={model} />
              <g className="frame-fixed" transform={fixed}>
                <text x={8} y={18} fontSize="14" fontWeight="bold" fontFamily="sans-serif" fill="#222222" data-testid="map-title">
                  {`ISCM Atlas — ${model.title}`}
                </text>
                <g className="legend" transform={`translate(8 ${HEIGHT - legendHeight - 24})`} fontSize="11" fontFamily="sans-serif">
                  <rect width="300" height={legendHeight} fill="#ffffff" fillOpacity={0.85} stroke="#cccccc" />
                  <text x="6" y="13" fontWeight="bold">
                    {model.title}
                  </text>
                  {model.legend.map((e, i) => (
                    <g key={e.key} transform={`translate(6 ${20 + i * 16})`} data-legend={e.key} data-count={e.count}>
                      <rect width="12" height="12" fill={e.hatch ? `url(#hatch-${e.key})` : e.color} stroke="#666666" strokeWidth={0.5} />
                      <text x="18" y="10">{`${e.label}: ${e.count}`}</text>
                    </g>
                  ))}
                </g>
                <text x={8} y={HEIGHT - 8} fontSize="10" fontFamily="sans-serif" fill="#333333" data-testid="map-as-of">
                  {citation}
                </text>
              </g>
            </svg>
          )}
          {hovered && (
            <p className="geo-hover" data-testid="map-hover">
              <strong>{placed.find((p) => p.id === hovered)?.name ?? hovered}</strong>
              {hoveredMark ? ` — ${hoveredMark.detail}` : ""}
            </p>
          )}
        </div>
        <StateList model={model} placed={placed} onSelect={onSelect} label={t("map.listLabel")} />
      </div>
    </section>
  );
}

/** Chair (ring) and State secretariat (square) of the footprint's ISCM. */
function Markers({ placed, model }: { placed: Placed[]; model: MapModel }): ReactNode {
  const centre = (p: Placed): [number, number] | undefined => p.dot ?? p.shape?.centroid;
  return (
    <g className="markers" fill="none" strokeWidth={1.5}>
      {placed.map((p) => {
        const mark = model.states.get(p.id);
        const c = mark && (mark.chair || mark.secretariat) ? centre(p) : undefined;
        if (!c || !mark) return null;
        return (
          <g key={p.id} data-marker-for={p.id}>
            {mark.chair && <circle cx={c[0]} cy={c[1]} r={7} stroke="#D55E00" data-marker="chair" />}
            {mark.secretariat && <rect x={c[0] - 5} y={c[1] - 5} width={10} height={10} stroke="#000000" data-marker="secretariat" />}
          </g>
        );
      })}
    </g>
  );
}

/** The map's content as a list: States by category of the current layer, each one focusable. */
function StateList({
  model,
  placed,
  onSelect,
  label,
}: {
  model: MapModel;
  placed: Placed[];
  onSelect: (id: string) => void;
  label: string;
}) {
  const byCategory = new Map<string, Placed[]>();
  for (const p of placed) {
    const mark = model.states.get(p.id);
    if (!mark) continue;
    byCategory.set(mark.category, [...(byCategory.get(mark.category) ?? []), p]);
  }
  return (
    <nav className="geo-list" aria-label={label}>
      {model.legend
        .filter((e) => (byCategory.get(e.key) ?? []).length > 0)
        .map((e) => (
          <section key={e.key}>
            <h3>
              <span className="swatch" style={{ background: e.color }} aria-hidden="true" /> {e.label} ({e.count})
            </h3>
            <ul>
              {(byCategory.get(e.key) ?? [])
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link" onClick={() => onSelect(p.id)}>
                      {p.name}
                    </button>{" "}
                    <span className="hint">{model.states.get(p.id)?.detail}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </nav>
  );
}
