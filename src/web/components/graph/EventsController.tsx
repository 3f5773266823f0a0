/**
 * Headless: clicks select, hovering focuses. Hover is debounced (as in sigma's demo) so that
 * sweeping the pointer across the graph does not redraw for every node it crosses.
 */
import { useEffect, useRef } from "react";
import type Sigma from "sigma";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

const HOVER_DELAY_MS = 40;

interface Props {
  sigma: Sigma<DrawnNode, DrawnEdge>;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

export function EventsController({ sigma, onSelect, onHover }: Props) {
  // The latest callbacks, without rebinding sigma's listeners on every render.
  const callbacks = useRef({ onSelect, onHover });
  callbacks.current = { onSelect, onHover };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hover = (id: string | null) => {
      clearTimeout(timer);
      timer = setTimeout(() => callbacks.current.onHover(id), HOVER_DELAY_MS);
    };
    const onClickNode = ({ node }: { node: string }) => callbacks.current.onSelect(node);
    const onClickStage = () => callbacks.current.onSelect(null);
    const onEnter = ({ node }: { node: string }) => hover(node);
    const onLeave = () => hover(null);
    sigma.on("clickNode", onClickNode);
    sigma.on("clickStage", onClickStage);
    sigma.on("enterNode", onEnter);
    sigma.on("leaveNode", onLeave);
    return () => {
      clearTimeout(timer);
      sigma.off("clickNode", onClickNode);
      sigma.off("clickStage", onClickStage);
      sigma.off("enterNode", onEnter);
      sigma.off("leaveNode", onLeave);
    };
  }, [sigma]);
  return null;
}
