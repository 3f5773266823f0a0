/**
 * Run any named analysis (the same as `npm run cli -- query`) with a form, see the rows, download
 * them as CSV, and highlight the entities they name on the graph.
 */
import { useState } from "react";
import type { Dataset } from "../../model/graph.ts";
import { type AnalysisInfo, api } from "../api.ts";
import { useAnalysesList } from "../data.ts";

const NO_ANALYSES: AnalysisInfo[] = [];

import { ResultTable } from "./ResultTable.tsx";

interface Result {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Every dataset id mentioned anywhere in the rows (cells, lists, nested relationships). */
export function idsInRows(rows: readonly Record<string, unknown>[], ids: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === "string") {
      if (ids.has(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return found;
}

export function AnalysesPanel({
  dataset,
  day,
  onHighlight,
}: {
  dataset: Dataset;
  /** The explorer's day: the default asOf of every analysis that takes one. */
  day: string;
  onHighlight: (ids: Set<string> | null) => void;
}) {
  const list = useAnalysesList();
  const analyses = list.data?.analyses ?? NO_ANALYSES;
  const [name, setName] = useState("geographic-overlap");
  const [values, setValues] = useState<Record<string, string>>({ subregion: "Eastern Africa" });
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const current = analyses.find((a) => a.name === name);

  const run = async () => {
    if (!current) return;
    setBusy(true);
    setError(null);
    const params = Object.fromEntries(
      Object.entries(values).filter(([k, v]) => v.trim() !== "" && current.params.some((p) => p.name === k)),
    );
    if (current.params.some((p) => p.name === "asOf") && !params.asOf) params.asOf = day;
    try {
      const body = await api.analysis<Record<string, unknown>>(name, params);
      setResult({ columns: body.columns, rows: body.rows });
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="analyses">
      <summary>Analyses</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          Analysis{" "}
          <select
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setValues({});
              setResult(null);
              onHighlight(null);
            }}
          >
            {analyses.map((a) => (
              <option key={a.name}>{a.name}</option>
            ))}
          </select>
        </label>
        {current && <p className="hint">{current.description}</p>}
        {current?.params.map((p) => (
          <label key={p.name} className="param">
            {p.name}
            {p.required ? " *" : ""}
            <input
              type={p.kind === "integer" ? "number" : "text"}
              min={p.kind === "integer" ? 1 : undefined}
              required={p.required}
              placeholder={p.name === "asOf" ? `${day} (the explorer's date)` : p.description}
              value={values[p.name] ?? ""}
              onChange={(e) => setValues((v) => ({ ...v, [p.name]: e.target.value }))}
            />
          </label>
        ))}
        <button type="submit" disabled={busy || !current}>
          {busy ? "Running…" : "Run"}
        </button>
      </form>
      {(error ?? list.error) && <p role="alert">{error ?? list.error}</p>}
      {result && (
        <div className="analysis-result">
          <p>
            <span data-testid="analysis-row-count">{result.rows.length}</span> rows{" "}
            <button
              type="button"
              className="small"
              onClick={() => onHighlight(idsInRows(result.rows, new Set(dataset.nodes.map((n) => n.id))))}
            >
              Highlight on graph
            </button>{" "}
            <button type="button" className="small" onClick={() => onHighlight(null)}>
              Clear highlight
            </button>
          </p>
          <ResultTable columns={result.columns} rows={result.rows} csvName={`${name}.csv`} />
        </div>
      )}
    </details>
  );
}
