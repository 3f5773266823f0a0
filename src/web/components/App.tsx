/**
 * The explorer: network, search, details, overlap and filters. What the user looks at is the view
 * state (core/view-store.ts, in the URL); what the API answers comes through the query cache
 * (data.ts); what the graph highlights is derived from both (core/highlight.ts).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { localisedNames, shortNameOf } from "../../model/names.ts";
import { asOfDay, datasetAsOf } from "../../model/time.ts";
import { visibleGraph } from "../core/filters.ts";
import { overlapSets } from "../core/highlight.ts";
import { type LegendEntry, resolveLayer } from "../core/map-model.ts";
import { useStore } from "../core/store.ts";
import { FEATURED_COMPARISONS, MODES } from "../core/view.ts";
import { viewActions } from "../core/view-actions.ts";
import { bindHistory, updateView, viewStore } from "../core/view-store.ts";
import { useAnalysis, useGraph, useStoreKind } from "../data.ts";
import { useT } from "../i18n.tsx";
import { preloadWorld } from "../map-world.ts";

// Views loaded when first opened (the editor is CodeMirror, the projection brings Louvain). The
// map's view is small and stays (its shapes and projection load on demand, map-world.ts): loaded
// lazily as well, it was drawn ~100 ms later from a cold page.
const CypherConsole = lazy(() => import("./CypherConsole.tsx"));
const MatrixView = lazy(() => import("./MatrixView.tsx").then((m) => ({ default: m.MatrixView })));
const ProjectionView = lazy(() => import("./ProjectionView.tsx").then((m) => ({ default: m.ProjectionView })));

import { NARROW, useMediaQuery } from "../core/media.ts";
import { AnalysesPanel } from "./AnalysesPanel.tsx";
import { AsOfControl } from "./AsOfControl.tsx";
import { ChangesPanel } from "./ChangesPanel.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { GeoView } from "./GeoView.tsx";
import { GraphView } from "./graph/GraphView.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import { Legend } from "./Legend.tsx";
import { MembershipDownloads } from "./MembershipDownloads.tsx";
import { OverlapPanel } from "./OverlapPanel.tsx";
import { SearchBox } from "./SearchBox.tsx";

export function App() {
  const view = useStore(viewStore);
  const { t, locale } = useT();
  const { data: graph, error } = useGraph();
  const store = useStoreKind().data?.store ?? "memory";
  // A link that selects something (`?selected=`) opens on it, as a choice in search does.
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(() => {
    const selected = viewStore.get().selected;
    return selected ? { id: selected, nonce: 0 } : null;
  });
  const [emphasis, setEmphasis] = useState<Set<string> | null>(null);
  // A comparison asked for from the details ("compare"): the overlap panel comes into view.
  const [revealOverlap, setRevealOverlap] = useState(0);
  // The map's legend as it draws it: the side legend explains the map with the same entries.
  const [mapLegend, setMapLegend] = useState<{ title: string; entries: LegendEntry[] } | null>(null);
  // The side panels render once the network has drawn its first frame (or at once in another
  // view): the first picture does not wait for filters, analyses and details.
  const [networkDrawn, setNetworkDrawn] = useState(false);
  const onNetworkDrawn = useCallback(() => setNetworkDrawn(true), []);
  // Phones and narrow windows show the view or the panel, one at a time, switched by two buttons
  // under the top bar; a selection or a comparison brings the panel.
  const narrow = useMediaQuery(NARROW);
  const [pane, setPane] = useState<"view" | "panel">("view");
  const overlapKey = view.overlap.join(",");
  // Choosing a view shows it; a selection (below, later: it wins on a link that has both) shows the panel.
  useEffect(() => {
    if (view.mode) setPane("view");
  }, [view.mode]);
  useEffect(() => {
    if (view.selected || overlapKey.includes(",")) setPane("panel");
  }, [view.selected, overlapKey]);
  useEffect(bindHistory, []);
  // The map's shapes load in parallel with the graph when the map is what is asked for.
  useEffect(() => {
    if (view.mode === "map") preloadWorld();
  }, [view.mode]);

  // The comparison is the explorer's: one answer for the overlap panel and the graph alike.
  const [a, b, c] = view.overlap;
  const overlapAnswer = useAnalysis("iscm-overlap", a && b ? { a, b, ...(c ? { c } : {}) } : null);
  const overlapRow = overlapAnswer.data?.rows[0];

  const select = useCallback((id: string | null, withFocus = false) => {
    updateView(viewActions.select(id));
    if (id && withFocus) setFocus({ id, nonce: Date.now() });
  }, []);

  const selectById = useCallback((id: string) => select(id), [select]);

  const overlap = useMemo(() => overlapSets(overlapRow, view.overlap), [overlapRow, view.overlap]);
  // The one derived explorer state for time: the dataset as of the view's day. The network keeps
  // the whole dataset (stable positions) and hides what did not hold (core/filters.ts).
  const day = asOfDay(view.asOf);
  const graphAsOf = useMemo(() => (graph ? datasetAsOf(graph, day) : undefined), [graph, day]);

  // The top bar comes first, graph or not: a user can search while the graph is on its way.
  // Skip links (the first stops of the Tab order, shown when focused): to the comparison's first
  // picker and to the details, past the header and the graph's controls. The browser moves the
  // focus to the target (an input, or a panel with tabindex -1).
  const header = (
    <header className="topbar">
      <nav className="skip-links" aria-label={t("app.skipLinks")}>
        <a className="skip" href="#compare-first">
          {t("app.skipCompare")}
        </a>
        <a className="skip" href="#details">
          {t("app.skipDetails")}
        </a>
      </nav>
      <h1>ISCM Atlas</h1>
      <SearchBox onChoose={(id) => select(id, true)} />
      {FEATURED_COMPARISONS.map(({ ids, title }) => {
        // The mechanisms' names in the interface's language once the graph is here; the English title before.
        const [a, b] = ids.map((id) => graph?.nodes.find((n) => n.id === id));
        const label =
          a && b
            ? t("app.featured", {
                a: localisedNames(a.properties, locale, a.id).shortName,
                b: localisedNames(b.properties, locale, b.id).shortName,
              })
            : title;
        return (
          <button key={title} type="button" className="quick" onClick={() => updateView(viewActions.compare(ids))}>
            {label}
          </button>
        );
      })}
      <AsOfControl asOf={view.asOf} onChange={(asOf) => updateView(viewActions.setAsOf(asOf))} />
      <nav className="modes" aria-label={t("app.views")}>
        {MODES.map((mode) => (
          <button key={mode} type="button" aria-pressed={view.mode === mode} onClick={() => updateView(viewActions.setMode(mode))}>
            {t(`mode.${mode}`)}
          </button>
        ))}
      </nav>
      <LanguageSwitcher lang={view.lang} onChange={(lang) => updateView(viewActions.setLanguage(lang))} />
    </header>
  );

  if (error) {
    return (
      <main className="message">
        <h1>ISCM Atlas</h1>
        <p role="alert">{t("app.loadError", { error })}</p>
        <button type="button" onClick={() => location.reload()}>
          {t("app.tryAgain")}
        </button>
      </main>
    );
  }
  if (!graph || !graphAsOf) {
    return (
      <div className="app">
        {header}
        <main className="workspace message" aria-busy="true">
          <p>{t("app.loadingGraph")}</p>
        </main>
      </div>
    );
  }
  const selectedNode = view.selected ? graph.nodes.find((n) => n.id === view.selected) : undefined;
  // The map follows the filters on States (region, hidden kinds), as the network does.
  const mapVisible = view.mode === "map" && (view.region || view.hiddenLabels.includes("State")) ? visibleGraph(graph, view).nodes : null;
  const selectedMechanism =
    selectedNode && (selectedNode.label === "ISCM" || selectedNode.label === "RegionalUnion")
      ? { id: selectedNode.id, name: shortNameOf(selectedNode.properties, selectedNode.id) }
      : null;
  const overlapPanel = (
    <OverlapPanel
      key="overlap"
      dataset={graph}
      iscms={view.overlap}
      row={view.overlap.length >= 2 ? overlapRow : undefined}
      error={overlapAnswer.error}
      onChange={(ids) => updateView(viewActions.compare(ids))}
      onSelect={(id) => select(id, true)}
      reveal={revealOverlap}
    />
  );
  const detailsPanel = view.selected ? (
    <DetailsPanel
      key="details"
      id={view.selected}
      day={day}
      dataset={graph}
      onSelect={(id) => select(id, true)}
      onCompare={(ids) => {
        updateView(viewActions.compare(ids));
        setRevealOverlap((n) => n + 1);
      }}
    />
  ) : (
    <aside key="details" id="details" tabIndex={-1} className="details" aria-label={t("app.details")}>
      <p>{t("app.detailsHint", { entities: graph.nodes.length, edges: graph.edges.length })}</p>
    </aside>
  );
  return (
    <div className="app">
      {header}
      {narrow && (
        <fieldset className="pane-switch">
          <legend className="visually-hidden">{t("app.paneShow")}</legend>
          <button type="button" aria-pressed={pane === "view"} onClick={() => setPane("view")}>
            {t("app.paneView", { mode: t(`mode.${view.mode}`) })}
          </button>
          <button type="button" aria-pressed={pane === "panel"} onClick={() => setPane("panel")}>
            {t("app.panePanel")}
          </button>
        </fieldset>
      )}
      <main className="workspace" data-pane={narrow ? pane : undefined}>
        <Suspense fallback={<p aria-busy="true">{t("app.loadingView")}</p>}>
          {view.mode === "matrix" ? (
            <MatrixView
              dataset={graphAsOf}
              measure={view.matrixMeasure}
              order={view.matrixOrder}
              onSettings={({ measure, order }) => updateView(viewActions.setMatrix(measure, order))}
              onOpenPair={(x, y) => updateView(viewActions.openPair(x, y))}
            />
          ) : view.mode === "co-membership" ? (
            <ProjectionView
              dataset={graphAsOf}
              kind={view.projection}
              minWeight={view.projectionMin}
              onSettings={({ kind, minWeight }) => updateView(viewActions.setProjection(kind, minWeight))}
              onSelect={selectById}
            />
          ) : view.mode === "map" ? (
            <GeoView
              dataset={graphAsOf}
              day={day}
              layer={view.mapLayer}
              resolvedLayer={resolveLayer(view.mapLayer, view.overlap, selectedNode?.label === "ISCM")}
              roles={view.engagementRoles}
              overlap={view.overlap}
              overlapRow={view.overlap.length >= 2 ? overlapRow : undefined}
              iscm={selectedNode?.label === "ISCM" ? selectedNode.id : null}
              visibleStates={mapVisible}
              onSettings={({ layer, roles }) => updateView(viewActions.setMap(layer, roles))}
              onSelect={selectById}
              onLegend={setMapLegend}
            />
          ) : view.mode === "cypher" ? (
            <CypherConsole store={store} />
          ) : (
            <GraphView
              dataset={graph}
              view={view}
              overlap={overlap}
              emphasis={emphasis}
              onSelect={(id) => select(id)}
              focus={focus}
              onDrawn={onNetworkDrawn}
            />
          )}
        </Suspense>
        <div className="side" inert={narrow && pane === "view"}>
          {(networkDrawn || view.mode !== "network") && (
            <>
              <Legend
                mode={view.mode}
                compared={view.mode === "network" && overlap ? view.overlap : null}
                name={(id) => shortNameOf(graph.nodes.find((n) => n.id === id)?.properties ?? {}, id)}
                map={view.mode === "map" ? mapLegend : null}
              />
              <FiltersPanel dataset={graph} view={view} onChange={updateView} />
              <AnalysesPanel dataset={graph} day={day} onHighlight={setEmphasis} />
              <MembershipDownloads day={day} />
              <ChangesPanel dataset={graph} day={day} selected={selectedMechanism} onSelect={(id) => select(id, true)} />
              {/* What the user is doing comes first: a comparison, else the selection. */}
              {view.overlap.length >= 2 ? [overlapPanel, detailsPanel] : [detailsPanel, overlapPanel]}
            </>
          )}
        </div>
      </main>
    </div>
  );
}
