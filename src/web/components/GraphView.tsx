/**
 * The one sigma container. The graph is built once per dataset; filters, selection, hover and
 * overlap never mutate it — they are applied by nodeReducer/edgeReducer (sigma's demo pattern),
 * and refreshed when the view changes.
 */

import { downloadAsPNG } from "@sigma/export-image";
import { NodeSquareProgram } from "@sigma/node-square";
import type Graph from "graphology";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { exportGexf, exportGraphml } from "../../dataset/export.ts";
import type { Dataset } from "../../model/graph.ts";
import { visibleGraph } from "../core/filters.ts";
import { type ViewState } from "../core/view.ts";
import { download } from "../download.ts";
import { type DrawnEdge, type DrawnNode, drawnGraph } from "../graph.ts";
import { createLayoutWorker, initialLayout, restorePositions, savePositions } from "../layout.ts";

export interface OverlapHighlight {
  shared: Set<string>;
  only: Set<string>[];
  iscms: string[];
}

export const OVERLAP_COLORS = { shared: "#009E73", only: ["#E69F00", "#56B4E9", "#CC79A7"] };

interface Props {
  dataset: Dataset & { hash: string };
  view: ViewState;
  overlap: OverlapHighlight | null;
  /** Entities an analysis named: shown, the rest greyed. */
  emphasis: Set<string> | null;
  onSelect: (id: string | null) => void;
  focus: { id: string; nonce: number } | null;
}

declare global {
  interface Window {
    __sigma?: Sigma<DrawnNode, DrawnEdge>;
    __firstFrame?: number;
  }
}

export function GraphView({ dataset, view, overlap, emphasis, onSelect, focus }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<DrawnNode, DrawnEdge> | null>(null);
  const graphRef = useRef<Graph<DrawnNode, DrawnEdge> | null>(null);
  const layoutRef = useRef<ReturnType<typeof createLayoutWorker> | null>(null);
  const [running, setRunning] = useState(false);
  const hovered = useRef<string | null>(null);
  // The reducers are created once; they read the latest view, overlap, emphasis and visible sets here.
  const visible = visibleGraph(dataset, view);
  const state = useRef({ view, overlap, emphasis, visible });
  state.current = { view, overlap, emphasis, visible };
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  // Build graph + sigma once per dataset.
  useEffect(() => {
    if (!container.current) return;
    const graph = drawnGraph(dataset);
    if (!restorePositions(graph, dataset.hash)) {
      initialLayout(graph);
      savePositions(graph, dataset.hash);
    }
    graphRef.current = graph;
    const sigma = new Sigma<DrawnNode, DrawnEdge>(graph, container.current, {
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      defaultEdgeType: "line",
      nodeProgramClasses: { square: NodeSquareProgram },
    });
    sigmaRef.current = sigma;
    if (new URLSearchParams(location.search).has("expose")) {
      // For outside harnesses (npm run bench:web, tests): the instance and the first frame's time.
      window.__sigma = sigma;
      sigma.once("afterRender", () => {
        window.__firstFrame ??= performance.now();
      });
    }

    sigma.setSetting("nodeReducer", (node, data) => {
      const { view: v, overlap: o, emphasis: em, visible: vis } = state.current;
      const res: Partial<typeof data> & { hidden?: boolean; highlighted?: boolean; zIndex?: number } = { ...data };
      if (!vis.nodes.has(node)) return { ...res, hidden: true };
      const focusId = hovered.current ?? v.selected;
      if (em && !o) return em.has(node) ? { ...res, zIndex: 1, size: data.size * 1.4 } : { ...res, color: "#e6e6e6", label: "" };
      if (o) {
        if (o.iscms.includes(node)) return { ...res, highlighted: true, zIndex: 2 };
        if (o.shared.has(node)) return { ...res, color: OVERLAP_COLORS.shared, size: data.size * 1.6, zIndex: 1 };
        const k = o.only.findIndex((s) => s.has(node));
        if (k >= 0) return { ...res, color: OVERLAP_COLORS.only[k], size: data.size * 1.3, zIndex: 1 };
        return { ...res, color: "#e6e6e6", label: "" };
      }
      if (focusId && graph.hasNode(focusId)) {
        if (node === focusId) return { ...res, highlighted: true, zIndex: 2 };
        if (graph.areNeighbors(node, focusId)) return { ...res, zIndex: 1 };
        return { ...res, color: "#e6e6e6", label: "" };
      }
      return res;
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      const { view: v, overlap: o, emphasis: em, visible: vis } = state.current;
      if (!vis.edges.has(edge)) return { ...data, hidden: true };
      const focusId = hovered.current ?? v.selected;
      if (em && !o) return graph.extremities(edge).every((n) => em.has(n)) ? data : { ...data, hidden: true };
      if (o) {
        const [s, t] = graph.extremities(edge);
        return o.iscms.includes(t) || o.iscms.includes(s) ? data : { ...data, hidden: true };
      }
      if (focusId && graph.hasNode(focusId) && !graph.hasExtremity(edge, focusId)) return { ...data, hidden: true };
      return data;
    });
    sigma.on("clickNode", ({ node }) => onSelectRef.current(node));
    sigma.on("clickStage", () => onSelectRef.current(null));
    sigma.on("enterNode", ({ node }) => {
      hovered.current = node;
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on("leaveNode", () => {
      hovered.current = null;
      sigma.refresh({ skipIndexation: true });
    });
    return () => {
      layoutRef.current?.kill();
      layoutRef.current = null;
      sigma.kill();
      sigmaRef.current = null;
      if (window.__sigma === sigma) window.__sigma = undefined;
    };
  }, [dataset]);

  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  });

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!focus || !sigma) return;
    const data = sigma.getNodeDisplayData(focus.id);
    if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 500 });
  }, [focus]);

  /** What the filters show, as a dataset: the GEXF/GraphML exports are of the visible graph. */
  const visibleDataset = (): Dataset => ({
    nodes: dataset.nodes.filter((n) => visible.nodes.has(n.id)),
    edges: dataset.edges.filter((e) => visible.edges.has(e.key)),
  });

  const toggleLayout = () => {
    const graph = graphRef.current;
    if (!graph) return;
    if (!layoutRef.current) layoutRef.current = createLayoutWorker(graph);
    if (layoutRef.current.isRunning()) {
      layoutRef.current.stop();
      savePositions(graph, dataset.hash);
      setRunning(false);
    } else {
      layoutRef.current.start();
      setRunning(true);
    }
  };

  return (
    <section className="graph" aria-label="Network of ISCMs, States, organizations, unions and themes">
      <div ref={container} className="sigma-container" data-testid="sigma-container" />
      <div className="graph-controls">
        <button type="button" onClick={toggleLayout} aria-pressed={running}>
          {running ? "Stop layout" : "Run layout"}
        </button>
        <button type="button" onClick={() => void sigmaRef.current?.getCamera().animatedReset()}>
          Reset view
        </button>
        <button
          type="button"
          onClick={() =>
            sigmaRef.current &&
            void downloadAsPNG(sigmaRef.current as unknown as Sigma, { fileName: "iscm-atlas", backgroundColor: "#ffffff" })
          }
        >
          PNG
        </button>
        <button type="button" onClick={() => download("iscm-atlas.gexf", exportGexf(visibleDataset()), "application/xml")}>
          GEXF
        </button>
        <button type="button" onClick={() => download("iscm-atlas.graphml", exportGraphml(visibleDataset()), "application/xml")}>
          GraphML
        </button>
      </div>
      <p className="hidden-count" aria-live="polite">
        {visible.hiddenNodes > 0 || visible.hiddenEdges > 0
          ? `Hidden by filters: ${visible.hiddenNodes} entities, ${visible.hiddenEdges} relationships`
          : "Nothing hidden"}
      </p>
    </section>
  );
}
