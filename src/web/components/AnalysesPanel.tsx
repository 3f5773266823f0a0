/**
 * Run any named analysis (the same as `npm run cli -- query`) with a form, see the rows in words
 * (titles, labelled columns, names: what the API's list declares), sort them, open them full
 * width, download them as CSV (ids kept), and show the entities of the row you pick on the graph.
 */
import { useEffect, useMemo, useState } from "react";
import type { AnalysisName } from "../../analyses/registry.ts";
import type { Dataset } from "../../model/graph.ts";
import { localisedNameMap } from "../../model/names.ts";
import type { AnalysisInfo } from "../api.ts";
import { useAnalysesList, useAnalysis } from "../data.ts";
import { useT } from "../i18n.tsx";

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
  // What was last asked (on Run): the answer comes through the one query cache, as of the
  // explorer's day unless the form names one, so it follows the date like every other view.
  const [asked, setAsked] = useState<{ name: string; params: Record<string, string> } | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [wide, setWide] = useState(false);
  const { t, locale } = useT();
  const names = useMemo(() => localisedNameMap(dataset.nodes, locale), [dataset, locale]);
  const nameOf = useMemo(() => (id: string) => names.get(id) ?? id, [names]);
  // The analysis's name is one of the list the API gave (useAnalysis's rows are typed per name; here any row will do).
  const answer = useAnalysis((asked?.name ?? "changes") as AnalysisName, asked ? asked.params : null);
  const result: Result | null = asked && answer.data ? { columns: answer.data.columns, rows: answer.data.rows } : null;
  const busy = asked !== null && answer.loading;
  const error = asked ? answer.error : undefined;
  // A new answer (another analysis, parameters or date): the highlight of the old one's row goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the rows change, by design
  useEffect(() => {
    setPicked(null);
    onHighlight(null);
  }, [answer.data]);
  const pick = (index: number | null) => {
    setPicked(index);
    const row = index === null ? undefined : result?.rows[index];
    onHighlight(row ? idsInRows([row], new Set(names.keys())) : null);
  };

  const current = analyses.find((a) => a.name === name);

  const run = () => {
    if (!current) return;
    const params = Object.fromEntries(
      Object.entries(values).filter(([k, v]) => v.trim() !== "" && current.params.some((p) => p.name === k)),
    );
    setAsked({ name, params });
  };

  return (
    <details className="analyses">
      <summary>{t("analyses.title")}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label>
          {t("analyses.analysis")}{" "}
          <select
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setValues({});
              setAsked(null);
            }}
          >
            {analyses.map((a) => (
              <option key={a.name} value={a.name}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        {current && <p className="analysis-summary">{current.summary}</p>}
        {current?.params.map((p) => (
          <label key={p.name} className="param">
            {p.name === "asOf" ? t("asOf.legend") : p.description}
            {p.required ? " *" : ""}
            <input
              type={p.kind === "integer" ? "number" : "text"}
              min={p.kind === "integer" ? 1 : undefined}
              required={p.required}
              placeholder={p.name === "asOf" ? t("analyses.asOfPlaceholder", { day }) : undefined}
              value={values[p.name] ?? ""}
              onChange={(e) => setValues((v) => ({ ...v, [p.name]: e.target.value }))}
            />
          </label>
        ))}
        <button type="submit" disabled={busy || !current}>
          {busy ? t("analyses.running") : t("analyses.run")}
        </button>
      </form>
      {(error ?? list.error) && <p role="alert">{error ?? list.error}</p>}
      {result && (
        <section className={wide ? "analysis-result wide" : "analysis-result"} aria-label={current?.title ?? name}>
          {wide && <h2>{current?.title}</h2>}
          <p>
            <span data-testid="analysis-row-count">{result.rows.length}</span> {t("analyses.rows", { count: result.rows.length })}{" "}
            <button type="button" className="small" onClick={() => pick(null)} disabled={picked === null}>
              {t("analyses.clearHighlight")}
            </button>{" "}
            <button type="button" className="small" aria-pressed={wide} onClick={() => setWide((w) => !w)}>
              {wide ? t("analyses.backToPanel") : t("analyses.fullWidth")}
            </button>
          </p>
          <ResultTable
            columns={result.columns}
            rows={result.rows}
            limit={500}
            csvName={`${name}.csv`}
            labels={current?.columnLabels}
            nameOf={nameOf}
            onPick={pick}
            picked={picked}
          />
        </section>
      )}
    </details>
  );
}
