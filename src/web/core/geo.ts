/**
 * Geography: States at their coordinates (world-countries' latlng), each ISCM at the centroid of
 * its member States, as graph positions x = longitude, y = latitude (equirectangular).
 */
import type { Dataset } from "../../model/graph.ts";
import { iscmMembers } from "./members.ts";

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
  // Each ISCM at the centroid of its current member States that have coordinates.
  const iscmPoints: GeoPoint[] = [];
  for (const [id, members] of iscmMembers(dataset)) {
    const located = [...members].flatMap((m) => states.get(m) ?? []);
    if (located.length === 0) continue;
    const x = located.reduce((sum, p) => sum + p.x, 0) / located.length;
    const y = located.reduce((sum, p) => sum + p.y, 0) / located.length;
    iscmPoints.push({ id, label: "ISCM", x, y });
  }
  return [...[...states].map(([id, p]) => ({ id, label: "State" as const, ...p })), ...iscmPoints];
}
