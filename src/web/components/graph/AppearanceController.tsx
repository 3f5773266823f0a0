/**
 * Headless: sigma's appearance settings from the derived highlight — the one place they are
 * made, for sigma's constructor (its first frame) and for every change after. Reducers only where
 * something differs from the plain graph: at 19k nodes each reducer call counts, and z-ordering
 * (a sort of every node and edge) is on only while something is highlighted.
 */
import type Graph from "graphology";
import { useLayoutEffect } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { nodeDisplay } from "../../core/appearance.ts";
import type { Highlight } from "../../core/highlight.ts";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

type Appearance = Pick<Settings<DrawnNode, DrawnEdge>, "nodeReducer" | "edgeReducer" | "zIndex">;

export function appearanceSettings(highlight: Highlight, graph: Graph<DrawnNode, DrawnEdge>): Appearance {
  const { plain } = highlight;
  const hidden = <T,>(data: T) => ({ ...data, hidden: true });
  return {
    zIndex: highlight.mode !== "none",
    nodeReducer: plain.nodes ? null : (node, data) => nodeDisplay(highlight.node(node), data),
    edgeReducer: plain.edges
      ? null
      : plain.edgeNeedsEnds
        ? (edge, data) => {
            const [source, target] = graph.extremities(edge);
            return highlight.edge(edge, source, target) ? data : hidden(data);
          }
        : (edge, data) => (highlight.edge(edge, "", "") ? data : hidden(data)),
  };
}

/** The highlight each sigma's appearance was last set for (at its creation, then here). */
const appearanceOf = new WeakMap<Sigma<DrawnNode, DrawnEdge>, Highlight>();

/** Sigma's constructor settings for `highlight`, remembered as what that sigma shows. */
export function createdWithAppearance(sigma: Sigma<DrawnNode, DrawnEdge>, highlight: Highlight): void {
  appearanceOf.set(sigma, highlight);
}

export function AppearanceController({ sigma, highlight }: { sigma: Sigma<DrawnNode, DrawnEdge>; highlight: Highlight }) {
  useLayoutEffect(() => {
    // What sigma already shows needs nothing more (the first highlight came with its constructor).
    if (appearanceOf.get(sigma) === highlight) return;
    appearanceOf.set(sigma, highlight);
    sigma.setSettings(appearanceSettings(highlight, sigma.getGraph() as Graph<DrawnNode, DrawnEdge>));
  }, [sigma, highlight]);
  return null;
}
