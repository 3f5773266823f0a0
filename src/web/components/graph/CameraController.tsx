/** Headless: moves the camera to an entity chosen in search or a panel (each request has a nonce). */
import { useEffect } from "react";
import type Sigma from "sigma";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

/** How close the camera comes to a chosen entity (sigma's ratio: 1 shows the whole graph). */
export const FOCUS_RATIO = 0.35;

/**
 * Where sigma's camera must stand to centre `id`: its position in sigma's framed (normalised)
 * graph space, the camera's own coordinates. Computed from the graph's attributes through sigma's
 * normalisation, never read from the node's display data: a selection changes the reducers, and
 * from that setSettings until sigma's next render the display data hold raw graph coordinates
 * (sigma re-normalises them only when it processes the frame) — a camera sent there shows an
 * empty canvas.
 */
export function cameraTarget(sigma: Sigma<DrawnNode, DrawnEdge>, id: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(id)) return null;
  const { x, y } = graph.getNodeAttributes(id);
  // graphToViewport normalises then applies the camera; viewportToFramedGraph undoes the camera.
  return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
}

export function CameraController({ sigma, focus }: { sigma: Sigma<DrawnNode, DrawnEdge>; focus: { id: string; nonce: number } | null }) {
  useEffect(() => {
    if (!focus) return;
    const target = cameraTarget(sigma, focus.id);
    if (target) void sigma.getCamera().animate({ ...target, ratio: FOCUS_RATIO }, { duration: 500 });
  }, [sigma, focus]);
  return null;
}
