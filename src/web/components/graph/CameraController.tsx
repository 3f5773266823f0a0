/** Headless: moves the camera to an entity chosen in search or a panel (each request has a nonce). */
import { useEffect } from "react";
import type Sigma from "sigma";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

export function CameraController({ sigma, focus }: { sigma: Sigma<DrawnNode, DrawnEdge>; focus: { id: string; nonce: number } | null }) {
  useEffect(() => {
    if (!focus) return;
    const data = sigma.getNodeDisplayData(focus.id);
    if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 500 });
  }, [sigma, focus]);
  return null;
}
