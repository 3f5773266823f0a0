/**
 * The network: one sigma per dataset, driven by headless controllers (sigma's demo and Gephi
 * Lite's pattern): the data controller below builds the graph and sigma once per dataset; the
 * appearance controller sets reducers from the derived highlight (core/highlight.ts); the events
 * controller turns clicks and hovers into selection and focus; the camera controller moves to
 * an entity. The graph itself is never changed for highlighting.
 */

import { NodeSquareProgram } from "@sigma/node-square";
import type Graph from "graphology";
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import Sigma from "sigma";
import { NodeCircleProgram } from "sigma/rendering";
import type { Dataset } from "../../../model/graph.ts";
import { localisedNames } from "../../../model/names.ts";
import { asOfDay } from "../../../model/time.ts";
import type { GraphPayload } from "../../api.ts";
import { explorerCitation } from "../../citation.ts";
import { visibleGraph } from "../../core/filters.ts";
import { deriveHighlight, type Highlight, type OverlapSets } from "../../core/highlight.ts";
import type { PlacedLabel } from "../../core/label-placement.ts";
import { afterUrgent } from "../../core/query.ts";
import type { ViewState } from "../../core/view.ts";
import { download } from "../../download.ts";
import { type DrawnEdge, type DrawnNode, drawnGraph } from "../../graph.ts";
import { useT } from "../../i18n.tsx";
import type { createLayoutWorker } from "../../layout.ts";
import { restorePositions, savePositions } from "../../positions.ts";
import { AppearanceController, appearanceSettings, createdWithAppearance } from "./AppearanceController.tsx";
import { CameraController } from "./CameraController.tsx";
import { EventsController } from "./EventsController.tsx";
import { placedLabelRenderer } from "./labels.ts";

interface Props {
  dataset: GraphPayload;
  view: ViewState;
  overlap: OverlapSets | null;
  /** Entities an analysis named: shown, the rest greyed. */
  emphasis: Set<string> | null;
  onSelect: (id: string | null) => void;
  focus: { id: string; nonce: number } | null;
  /** Called once sigma has drawn its first frame (in a later task: what waits for it does not delay it). */
  onDrawn?: () => void;
}

declare global {
  interface Window {
    __sigma?: Sigma<DrawnNode, DrawnEdge>;
    __firstFrame?: number;
    __labels?: PlacedLabel[];
  }
}

type AtlasSigma = Sigma<DrawnNode, DrawnEdge>;

/** From this many edges, the first frame waits for a search a user is waiting on (at most 500 ms). */
const BIG_GRAPH_EDGES = 10_000;

/** The GEXF and GraphML writers (an XML library): loaded when a user first exports. */
const exporters = () => import("../../../dataset/export.ts");

/**
 * The data controller: sigma over the drawn graph, once per graph. Its constructor draws the
 * first frame synchronously, so everything that frame needs is in its settings: the appearance
 * for the highlight of that moment (`highlight`, the appearance controller takes over from there)
 * and the label renderer. One draw while loading, not one and then another for the reducers.
 */
function useSigma(
  container: RefObject<HTMLDivElement | null>,
  graph: Graph<DrawnNode, DrawnEdge>,
  highlight: RefObject<Highlight>,
  onDrawn: RefObject<(() => void) | undefined>,
): AtlasSigma | null {
  const [sigma, setSigma] = useState<AtlasSigma | null>(null);
  // A layout effect: sigma and its first frame in the task that rendered, before the browser
  // paints — unless a user waits on a search (below).
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // For outside harnesses (npm run bench:web, tests): the instance, when its first frame was
    // drawn, and the labels each frame drew.
    const expose = new URLSearchParams(location.search).has("expose");
    let instance: AtlasSigma | null = null;
    let cancelled = false;
    const create = () => {
      if (cancelled) return;
      const shown = highlight.current;
      instance = new Sigma<DrawnNode, DrawnEdge>(graph, element, {
        labelDensity: 1,
        labelGridCellSize: 60,
        labelRenderedSizeThreshold: 7,
        defaultEdgeType: "line",
        // Programs draw in this order: ISCMs over squares over the other circles (graph.ts).
        nodeProgramClasses: { square: NodeSquareProgram, iscm: NodeCircleProgram },
        ...appearanceSettings(shown, graph),
        defaultDrawNodeLabel: placedLabelRenderer(
          expose
            ? (labels) => {
                window.__labels = labels;
              }
            : undefined,
        ),
      });
      createdWithAppearance(instance, shown);
      if (expose) {
        window.__sigma = instance;
        // The constructor drew the first frame; its labels are drawn in a microtask queued before this one.
        queueMicrotask(() => {
          window.__firstFrame ??= performance.now();
        });
      }
      setSigma(instance);
      setTimeout(() => onDrawn.current?.(), 0);
    };
    // A search typed while a big graph came in answers first: its first frame freezes the page
    // while it is rasterised (seconds at 80k edges in software WebGL). A small one draws at once.
    const wait = graph.size > BIG_GRAPH_EDGES ? afterUrgent(500) : null;
    if (wait) void wait.then(create);
    else create();
    return () => {
      cancelled = true;
      instance?.kill();
      setSigma(null);
      if (instance && window.__sigma === instance) window.__sigma = undefined;
    };
  }, [container, graph, highlight, onDrawn]);
  return sigma;
}

export function GraphView({ dataset, view, overlap, emphasis, onSelect, focus, onDrawn }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // The server's positions, unless the user ran a layout on this dataset before (saved in the browser).
  const graph = useMemo(() => {
    const drawn = drawnGraph(dataset, dataset.positions);
    restorePositions(drawn, dataset.hash);
    return drawn;
  }, [dataset]);
  // Labels in the interface's language: sourced French or Spanish short names, else English.
  const { t, intl, locale } = useT();
  useEffect(() => {
    const properties = new Map(dataset.nodes.map((n) => [n.id, n.properties]));
    // Only labels that change: in English nothing does, and nothing is redrawn.
    graph.forEachNode((id, a) => {
      const p = properties.get(id);
      const label = p ? localisedNames(p, locale, id).shortName : a.label;
      if (label !== a.label) graph.setNodeAttribute(id, "label", label);
    });
  }, [graph, dataset, locale]);
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
        graph,
      }),
    [visible, overlap, emphasis, hovered, view.selected, graph],
  );
  // What the reducers read: set during render, so that sigma's first frame already has it.
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const sigma = useSigma(container, graph, highlightRef, onDrawnRef);

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

  const toggleLayout = async () => {
    if (!sigma) return;
    if (!layoutRef.current) {
      // ForceAtlas2 and its worker are loaded the first time a user asks for them.
      const { createLayoutWorker } = await import("../../layout.ts");
      if (sigma.getGraph() !== graph || !container.current) return; // the view moved on meanwhile
      layoutRef.current = createLayoutWorker(graph);
    }
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
    <section className="graph" aria-label={t("graph.label")} data-highlight={highlight.mode}>
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
          {t(running ? "graph.stopLayout" : "graph.runLayout")}
        </button>
        <button type="button" onClick={() => void sigma?.getCamera().animatedReset()}>
          {t("graph.resetView")}
        </button>
        <button
          type="button"
          onClick={async () => {
            if (!sigma) return;
            // The network as drawn, framed with a title, the as-of date, the legend and the citation.
            const [{ drawOnCanvas }, { framedPng, legendFromPanel }] = await Promise.all([
              import("@sigma/export-image"),
              import("../../framed-image.ts"),
            ]);
            const day = asOfDay(view.asOf);
            const drawn = await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: "#ffffff" });
            const png = await framedPng(
              drawn,
              {
                title: "ISCM Atlas — network of ISCMs, States, organizations, unions and themes",
                day,
                legend: legendFromPanel(),
                citation: explorerCitation(dataset.hash, day),
              },
              drawn.width / Math.max(1, sigma.getContainer().clientWidth),
            );
            download(`iscm-atlas-network-${day}.png`, png);
          }}
        >
          PNG
        </button>
        <button
          type="button"
          onClick={async () =>
            download(
              "iscm-atlas.gexf",
              (await exporters()).exportGexf(visibleDataset(), explorerCitation(dataset.hash, asOfDay(view.asOf))),
              "application/xml",
            )
          }
        >
          GEXF
        </button>
        <button
          type="button"
          onClick={async () =>
            download(
              "iscm-atlas.graphml",
              (await exporters()).exportGraphml(visibleDataset(), explorerCitation(dataset.hash, asOfDay(view.asOf))),
              "application/xml",
            )
          }
        >
          GraphML
        </button>
      </div>
      <p className="hidden-count" aria-live="polite">
        {visible.hiddenNodes > 0 || visible.hiddenEdges > 0
          ? t("graph.hidden", { nodes: visible.hiddenNodes, edges: visible.hiddenEdges })
          : t("graph.nothingHidden")}
        {` · ${t("graph.asOf", { date: intl.formatDate(`${asOfDay(view.asOf)}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" }) })} `}
        <span data-testid="not-held">{visible.notHeld}</span> {t("graph.notInForce", { count: visible.notHeld })}
      </p>
    </section>
  );
}
