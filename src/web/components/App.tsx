/**
 * The explorer: network, search, details, overlap and filters. What the user looks at is the view
 * state (core/view-store.ts, in the URL); what the API answers comes through the query cache
 * (data.ts); what the graph highlights is derived from both (core/highlight.ts).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { OverlapRow } from "../api.ts";
import { overlapSets } from "../core/highlight.ts";
import { useStore } from "../core/store.ts";
import { MODES, type Mode } from "../core/view.ts";
import { bindHistory, updateView, viewStore } from "../core/view-store.ts";
import { useAnalysis, useGraph, useStoreKind } from "../data.ts";

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
import { GraphView } from "./graph/GraphView.tsx";
import { Legend } from "./Legend.tsx";
import { MatrixView } from "./MatrixView.tsx";
import { OverlapPanel } from "./OverlapPanel.tsx";
import { ProjectionView } from "./ProjectionView.tsx";
import { SearchBox } from "./SearchBox.tsx";

export function App() {
  const view = useStore(viewStore);
  const { data: graph, error } = useGraph();
  const store = useStoreKind().data?.store ?? "memory";
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(null);
  const [emphasis, setEmphasis] = useState<Set<string> | null>(null);
  useEffect(bindHistory, []);

  // The comparison is the explorer's: one answer for the overlap panel and the graph alike.
  const [a, b, c] = view.overlap;
  const overlapAnswer = useAnalysis<OverlapRow>("iscm-overlap", a && b ? { a, b, ...(c ? { c } : {}) } : null);
  const overlapRow = overlapAnswer.data?.rows[0];

  const select = useCallback((id: string | null, withFocus = false) => {
    updateView((v) => ({ ...v, selected: id }));
    if (id && withFocus) setFocus({ id, nonce: Date.now() });
  }, []);

  const selectById = useCallback((id: string) => select(id), [select]);

  const overlap = useMemo(() => overlapSets(overlapRow, view.overlap), [overlapRow, view.overlap]);

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
      row={view.overlap.length >= 2 ? overlapRow : undefined}
      error={overlapAnswer.error}
      onChange={(ids) => updateView((v) => ({ ...v, overlap: ids }))}
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
          <MatrixView
            dataset={graph}
            measure={view.matrixMeasure}
            order={view.matrixOrder}
            onSettings={({ measure, order }) => updateView((v) => ({ ...v, matrixMeasure: measure, matrixOrder: order }))}
            onOpenPair={(x, y) => updateView((v) => ({ ...v, mode: "network", overlap: [x, y] }))}
          />
        ) : view.mode === "co-membership" ? (
          <ProjectionView
            dataset={graph}
            kind={view.projection}
            minWeight={view.projectionMin}
            onSettings={({ kind, minWeight }) => updateView((v) => ({ ...v, projection: kind, projectionMin: minWeight }))}
            onSelect={selectById}
          />
        ) : view.mode === "map" ? (
          <GeoView dataset={graph} onSelect={selectById} />
        ) : view.mode === "cypher" ? (
          <Suspense fallback={<p aria-busy="true">Loading the editor…</p>}>
            <CypherConsole store={store} />
          </Suspense>
        ) : (
          <GraphView dataset={graph} view={view} overlap={overlap} emphasis={emphasis} onSelect={(id) => select(id)} focus={focus} />
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
