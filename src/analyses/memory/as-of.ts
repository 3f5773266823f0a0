/**
 * The graph as of a day: the same nodes, only the relationships that count then (time.ts
 * `edgesHeldAt`). Every embedded analysis runs on such a view, so none of them repeats the rule.
 * Views are kept for the last few days asked (the default, today, is asked most).
 */
import type { AtlasGraph, EdgeAttributes } from "../../dataset/graph.ts";
import { edgesHeldAt } from "../../model/time.ts";
import type { RelationshipType } from "../../model/vocabulary.ts";

const KEPT_DAYS = 4;
const views = new WeakMap<AtlasGraph, Map<string, AtlasGraph>>();

export function graphAsOf(graph: AtlasGraph, day: string): AtlasGraph {
  let byDay = views.get(graph);
  if (!byDay) {
    byDay = new Map();
    views.set(graph, byDay);
  }
  const cached = byDay.get(day);
  if (cached) {
    // Most recently used last.
    byDay.delete(day);
    byDay.set(day, cached);
    return cached;
  }
  const edges = graph.mapEdges((key, attrs, source, target) => ({
    key,
    type: attrs.type as RelationshipType,
    source,
    target,
    properties: attrs as EdgeAttributes,
  }));
  const held = edgesHeldAt(edges, day);
  // Everything counts on that day (a graph without dates, or a day when nothing had ended): the
  // graph itself is the view, and no copy is made.
  const view = held.length === edges.length ? graph : (graph.emptyCopy() as AtlasGraph);
  if (view !== graph) for (const e of held) view.addDirectedEdgeWithKey(e.key, e.source, e.target, e.properties);
  byDay.set(day, view);
  if (byDay.size > KEPT_DAYS) byDay.delete(byDay.keys().next().value as string);
  return view;
}
