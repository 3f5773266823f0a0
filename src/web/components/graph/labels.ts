/**
 * The network's label renderer: sigma calls it once per candidate label in a frame; the whole
 * frame's candidates are placed together (core/label-placement.ts: none over another) in a
 * microtask, before the browser paints. A microtask and not sigma's afterRender event: the first
 * frame is drawn inside sigma's constructor, before any listener can be attached.
 */

import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { type LabelCandidate, type PlacedLabel, placeLabels } from "../../core/label-placement.ts";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

type Drawn = Parameters<NodeLabelDrawingFunction<DrawnNode, DrawnEdge>>;

/** `onPlaced`: the labels drawn in each frame (for tests and benchmarks, with ?expose). */
export function placedLabelRenderer(onPlaced?: (labels: PlacedLabel[]) => void): NodeLabelDrawingFunction<DrawnNode, DrawnEdge> {
  let frame: { context: CanvasRenderingContext2D; data: Drawn[1]; settings: Settings<DrawnNode, DrawnEdge> }[] = [];
  const flush = () => {
    const proposed = frame;
    frame = [];
    const first = proposed[0];
    if (!first) return onPlaced?.([]);
    const { context, settings } = first;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const byKey = new Map<string, (typeof proposed)[number]>();
    const candidates: LabelCandidate[] = proposed.map((p) => {
      const data = p.data as Drawn[1] & { key: string; labelPriority?: number; highlighted?: boolean };
      byKey.set(data.key, p);
      return {
        key: data.key,
        label: data.label ?? "",
        x: data.x,
        y: data.y,
        size: data.size,
        // ISCMs are always proposed (graph.ts sets their forceLabel) but only a highlight forces.
        forced: Boolean(data.highlighted),
        priority: data.labelPriority,
        width: context.measureText(data.label ?? "").width,
      };
    });
    const placed = placeLabels(candidates, settings.labelSize, context.canvas.clientWidth || context.canvas.width);
    context.fillStyle = settings.labelColor.color ?? "#000";
    for (const label of placed) {
      const p = byKey.get(label.key);
      if (!p) continue;
      if (label.side === "right") drawDiscNodeLabel(p.context, p.data, p.settings);
      else context.fillText(label.label, label.textX, label.textY);
    }
    onPlaced?.(placed);
  };
  return (context, data, settings) => {
    if (frame.length === 0) queueMicrotask(flush);
    frame.push({ context, data, settings });
  };
}
