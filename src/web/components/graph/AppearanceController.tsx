/**
 * Headless: sets sigma's reducers from the derived highlight. The reducers are rebuilt only when
 * the highlight changes (its inputs are the dependencies), and sigma redraws once per change. A
 * layout effect, so the first reducers are in place in the same task that created sigma.
 */
import type Graph from "graphology";
import { useLayoutEffect } from "react";
import type Sigma from "sigma";
import { nodeDisplay } from "../../core/appearance.ts";
import type { Highlight } from "../../core/highlight.ts";
import type { DrawnEdge, DrawnNode } from "../../graph.ts";

export function AppearanceController({ sigma, highlight }: { sigma: Sigma<DrawnNode, DrawnEdge>; highlight: Highlight }) {
  useLayoutEffect(() => {
    const graph = sigma.getGraph() as Graph<DrawnNode, DrawnEdge>;
    sigma.setSetting("nodeReducer", (node, data) => nodeDisplay(highlight.node(node), data));
    sigma.setSetting("edgeReducer", (edge, data) => {
      const [source, target] = graph.extremities(edge);
      return highlight.edge(edge, source, target) ? data : { ...data, hidden: true };
    });
  }, [sigma, highlight]);
  return null;
}
