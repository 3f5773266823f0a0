/**
 * Geography: States at their coordinates (world-countries' latlng), each ISCM at the centroid of
 * its member States, as graph positions x = longitude, y = latitude (equirectangular).
 */
import type { Dataset } from "../../model/graph.ts";
import { isCurrentMembership } from "../../model/membership.ts";

export interface GeoPoint {
  id: string;
  label: "State" | "ISCM";
  x: number;
  y: number;
}

export function geoPositions(dataset: Dataset): GeoPoint[] {
  const states = new Map<string, { x: number; y: number }>();
  for (const n of dataset.nodes) {
    const { latitude, longitude } = n.properties;
    if (n.label === "State" && typeof latitude === "number" && typeof longitude === "number")
      states.set(n.id, { x: longitude, y: latitude });
  }
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const e of dataset.edges) {
    const p = states.get(e.source);
    if (!p || !isCurrentMembership(e.type, e.properties)) continue;
    const s = sums.get(e.target) ?? { x: 0, y: 0, n: 0 };
    sums.set(e.target, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
  }
  const iscms = new Set(dataset.nodes.filter((n) => n.label === "ISCM").map((n) => n.id));
  return [
    ...[...states].map(([id, p]) => ({ id, label: "State" as const, ...p })),
    ...[...sums].filter(([id]) => iscms.has(id)).map(([id, s]) => ({ id, label: "ISCM" as const, x: s.x / s.n, y: s.y / s.n })),
  ];
}
