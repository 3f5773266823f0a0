/**
 * The network: one sigma per dataset, driven by headless controllers (sigma's demo and Gephi
 * Lite's pattern): the data controller below builds the graph and sigma once per dataset; the
 * appearance controller sets reducers from the derived highlight (core/highlight.ts); the events
 * controller turns clicks and hovers into selection and focus; the camera controller moves to
 * an entity. The graph itself is never changed for highlighting.
 */

import { downloadAsPNG } from "@sigma/export-image";
import { NodeSquareProgram } from "@sigma/node-square";
import type Graph from "graphology";
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import Sigma from "sigma";
import { exportGexf, exportGraphml } from "../../../dataset/export.ts";
import type { Dataset } from "../../../model/graph.ts";
import { asOfDay } from "../../../model/time.ts";
import { visibleGraph } from "../../core/filters.ts";
import { deriveHighlight, type OverlapSets } from "../../core/highlight.ts";
import type { ViewState } from "../../core/view.ts";
import { download } from "../../download.ts";
import { type DrawnEdge, type DrawnNode, drawnGraph } from "../../graph.ts";
import { createLayoutWorker, initialLayout, restorePositions, savePositions } from "../../layout.ts";
import { AppearanceController } from "./AppearanceController.tsx";
import { CameraController } from "./CameraController.tsx";
import { EventsController } from "./EventsController.tsx";

interface Props {
  dataset: Dataset & { hash: string };
  view: ViewState;
  overlap: OverlapSets | null;
  /** Entities an analysis named: shown, the rest greyed. */
  emphasis: Set<string> | null;
  onSelect: (id: string | null) => void;
  focus: { id: string; nonce: number } | null;
}

declare global {
  interface Window {
    __sigma?: Sigma<DrawnNode, DrawnEdge>;
    __firstFrame?: number;
    __drawStart?: number;
    __sigmaCreated?: number;
  }
}

type AtlasSigma = Sigma<DrawnNode, DrawnEdge>;

/** The data controller: the drawn graph (positions saved per dataset) and its sigma, once per dataset. */
function useSigma(container: RefObject<HTMLDivElement | null>, dataset: Dataset & { hash: string }): AtlasSigma | null {
  const [sigma, setSigma] = useState<AtlasSigma | null>(null);
  // A layout effect, like the appearance controller's: sigma, its reducers and its first frame in
  // one task, before the browser paints (passive effects left a multi-second gap at 19k nodes).
  useLayoutEffect(() => {
    if (!container.current) return;
    // For outside harnesses (npm run bench:web, tests): the instance and the times of each step.
    const expose = new URLSearchParams(location.search).has("expose");
    if (expose) window.__drawStart = performance.now();
    const graph = drawnGraph(dataset);
    if (!restorePositions(graph, dataset.hash)) {
      initialLayout(graph);
      savePositions(graph, dataset.hash);
    }
    const instance = new Sigma<DrawnNode, DrawnEdge>(graph, container.current, {
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      defaultEdgeType: "line",
      nodeProgramClasses: { square: NodeSquareProgram },
    });
    if (expose) {
      window.__sigma = instance;
      window.__sigmaCreated = performance.now();
      instance.once("afterRender", () => {
        window.__firstFrame ??= performance.now();
      });
    }
    setSigma(instance);
    return () => {
      instance.kill();
      setSigma(null);
      if (window.__sigma === instance) window.__sigma = undefined;
    };
  }, [container, dataset]);
  return sigma;
}

export function GraphView({ dataset, view, overlap, emphasis, onSelect, focus }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useSigma(container, dataset);
  const layoutRef = useRef<ReturnType<typeof createLayoutWorker> | null>(null);
  const [running, setRunning] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters and the day are the view's only fields that change what is visible
  const visible = useMemo(
    () => visibleGraph(dataset, view),
    [dataset, view.hiddenLabels, view.hiddenTypes, view.hiddenIscmTypes, view.region, view.theme, view.yearFrom, view.yearTo, view.asOf],
  );
  const highlight = useMemo(
    () =>
      deriveHighlight({
        visible,
        overlap,
        emphasis,
        hovered,
        selected: view.selected,
        graph: (sigma?.getGraph() as Graph | undefined) ?? { hasNode: () => false, areNeighbors: () => false },
      }),
    [visible, overlap, emphasis, hovered, view.selected, sigma],
  );

  useEffect(
    () => () => {
      layoutRef.current?.kill();
      layoutRef.current = null;
    },
    [],
  );

  /** What the filters show, as a dataset: the GEXF/GraphML exports are of the visible graph. */
  const visibleDataset = (): Dataset => ({
    nodes: dataset.nodes.filter((n) => visible.nodes.has(n.id)),
    edges: dataset.edges.filter((e) => visible.edges.has(e.key)),
  });

  const toggleLayout = () => {
    const graph = sigma?.getGraph() as Graph<DrawnNode, DrawnEdge> | undefined;
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
    <section className="graph" aria-label="Network of ISCMs, States, organizations, unions and themes" data-highlight={highlight.mode}>
      <div ref={container} className="sigma-container" data-testid="sigma-container" />
      {sigma && (
        <>
          <AppearanceController sigma={sigma} highlight={highlight} />
          <EventsController sigma={sigma} onSelect={onSelect} onHover={setHovered} />
          <CameraController sigma={sigma} focus={focus} />
        </>
      )}
      <div className="graph-controls">
        <button type="button" onClick={toggleLayout} aria-pressed={running}>
          {running ? "Stop layout" : "Run layout"}
        </button>
        <button type="button" onClick={() => void sigma?.getCamera().animatedReset()}>
          Reset view
        </button>
        <button
          type="button"
          onClick={() => sigma && void downloadAsPNG(sigma as unknown as Sigma, { fileName: "iscm-atlas", backgroundColor: "#ffffff" })}
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
          : "Nothing hidden by filters"}
        {` · as of ${asOfDay(view.asOf)}, `}
        <span data-testid="not-held">{visible.notHeld}</span> relationships not in force
      </p>
    </section>
  );
}
