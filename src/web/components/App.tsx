/** The explorer: network, search, details, overlap and filters, with the view held in the URL. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { api, type GraphPayload, type OverlapRow } from "../api.ts";
import { createStore, useStore } from "../core/store.ts";
import { MODES, type Mode, searchFromView, type ViewState, viewFromSearch } from "../core/view.ts";

const MODE_TITLES: Record<Mode, string> = {
  network: "Network",
  matrix: "Overlap matrix",
  "co-membership": "Co-membership",
  map: "Map",
  cypher: "Cypher",
};
// The editor (CodeMirror) is loaded only when the console is opened.
const CypherConsole = lazy(() => import("./CypherConsole.tsx"));

import { AnalysesPanel } from "./AnalysesPanel.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { GeoView } from "./GeoView.tsx";
import { GraphView, type OverlapHighlight } from "./GraphView.tsx";
import { Legend } from "./Legend.tsx";
import { MatrixView } from "./MatrixView.tsx";
import { OverlapPanel } from "./OverlapPanel.tsx";
import { ProjectionView } from "./ProjectionView.tsx";
import { SearchBox } from "./SearchBox.tsx";

export const viewStore = createStore<ViewState>(viewFromSearch(location.search));

/** Every view change is a history entry; back/forward restore it. */
function updateView(update: (v: ViewState) => ViewState): void {
  const before = viewStore.get();
  viewStore.set(update);
  const after = viewStore.get();
  if (after !== before) history.pushState(null, "", `${location.pathname}${searchFromView(after)}`);
}

export function App() {
  const view = useStore(viewStore);
  const [graph, setGraph] = useState<GraphPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [overlapRow, setOverlapRow] = useState<OverlapRow | null>(null);
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(null);
  const [emphasis, setEmphasis] = useState<Set<string> | null>(null);
  const [store, setStore] = useState("memory");

  useEffect(() => {
    api.graph().then(setGraph, (e: Error) => setError(e.message));
    api.health().then(
      (h) => setStore(h.store),
      () => {},
    );
    const onPop = () => viewStore.set(() => viewFromSearch(location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const select = useCallback((id: string | null, withFocus = false) => {
    updateView((v) => ({ ...v, selected: id }));
    if (id && withFocus) setFocus({ id, nonce: Date.now() });
  }, []);

  const selectById = useCallback((id: string) => select(id), [select]);

  const highlight: OverlapHighlight | null = useMemo(() => {
    if (!overlapRow || view.overlap.length < 2) return null;
    const only = [overlapRow.onlyA, overlapRow.onlyB, overlapRow.onlyC ?? []].map((l) => new Set(l));
    return { shared: new Set(overlapRow.shared), only, iscms: view.overlap };
  }, [overlapRow, view.overlap]);

  if (error) {
    return (
      <main className="message">
        <h1>ISCM Atlas</h1>
        <p role="alert">The graph could not be loaded: {error}</p>
        <button type="button" onClick={() => location.reload()}>
          Try again
        </button>
      </main>
    );
  }
  if (!graph) {
    return (
      <main className="message" aria-busy="true">
        <h1>ISCM Atlas</h1>
        <p>Loading the graph…</p>
      </main>
    );
  }
  const overlapPanel = (
    <OverlapPanel
      key="overlap"
      dataset={graph}
      iscms={view.overlap}
      onChange={(ids) => updateView((v) => ({ ...v, overlap: ids }))}
      onResult={setOverlapRow}
      onSelect={(id) => select(id, true)}
    />
  );
  const detailsPanel = view.selected ? (
    <DetailsPanel
      key="details"
      id={view.selected}
      dataset={graph}
      onSelect={(id) => select(id, true)}
      onCompare={(ids) => updateView((v) => ({ ...v, overlap: ids }))}
    />
  ) : (
    <aside key="details" className="details" aria-label="Details">
      <p>
        Search or click an entity to see its facts and sources. {graph.nodes.length} entities, {graph.edges.length} sourced relationships.
      </p>
    </aside>
  );
  return (
    <div className="app">
      <header className="topbar">
        <h1>ISCM Atlas</h1>
        <SearchBox onChoose={(id) => select(id, true)} />
        <button type="button" className="quick" onClick={() => updateView((v) => ({ ...v, overlap: ["prague-process", "eap-panel"] }))}>
          Prague Process vs EaP Panel
        </button>
        <button type="button" className="quick" onClick={() => updateView((v) => ({ ...v, overlap: ["au-hoai", "mid-igad"] }))}>
          AU-HoAI vs MiD-IGAD
        </button>
        <nav className="modes" aria-label="Views">
          {MODES.map((mode) => (
            <button key={mode} type="button" aria-pressed={view.mode === mode} onClick={() => updateView((v) => ({ ...v, mode }))}>
              {MODE_TITLES[mode]}
            </button>
          ))}
        </nav>
      </header>
      <main className="workspace">
        {view.mode === "matrix" ? (
          <MatrixView dataset={graph} onOpenPair={(a, b) => updateView((v) => ({ ...v, mode: "network", overlap: [a, b] }))} />
        ) : view.mode === "co-membership" ? (
          <ProjectionView dataset={graph} onSelect={selectById} />
        ) : view.mode === "map" ? (
          <GeoView dataset={graph} onSelect={selectById} />
        ) : view.mode === "cypher" ? (
          <Suspense fallback={<p aria-busy="true">Loading the editor…</p>}>
            <CypherConsole store={store} />
          </Suspense>
        ) : (
          <GraphView dataset={graph} view={view} overlap={highlight} emphasis={emphasis} onSelect={(id) => select(id)} focus={focus} />
        )}
        <div className="side">
          <Legend />
          <FiltersPanel dataset={graph} view={view} onChange={updateView} />
          <AnalysesPanel dataset={graph} onHighlight={setEmphasis} />
          {/* What the user is doing comes first: a comparison, else the selection. */}
          {view.overlap.length >= 2 ? [overlapPanel, detailsPanel] : [detailsPanel, overlapPanel]}
        </div>
      </main>
    </div>
  );
}
