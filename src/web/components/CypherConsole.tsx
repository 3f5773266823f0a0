/**
 * The Cypher console (Neo4j mode): a CodeMirror editor with Cypher highlighting and completion,
 * the named analyses of cypher/queries as templates with a parameter form, results as a table
 * and as a graph. Loaded lazily: the landing page does not carry the editor.
 */
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import Graph from "graphology";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { dayOfDateParam, isPartialDate } from "../../model/time.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../model/vocabulary.ts";
import { type AnalysisInfo, api, type CypherResult } from "../api.ts";
import { useAnalysesList, useAsOfDay } from "../data.ts";

const NO_TEMPLATES: AnalysisInfo[] = [];

import { useT } from "../i18n.tsx";
import { quickLayout } from "../layout.ts";
import { ResultTable } from "./ResultTable.tsx";

const SCHEMA = {
  labels: NODE_LABELS.map((l) => `:${l}`),
  relationshipTypes: RELATIONSHIP_TYPES.map((t) => `:${t}`),
  propertyKeys: ["id", "name", "acronym", "aliases", "sources", "asOf", "type", "status", "subregion", "region", "yearEstablished"],
};

/** The Cypher body without the documentation header (the part a user edits). */
const body = (cypher: string) =>
  cypher
    .split("\n")
    .filter((l) => !l.startsWith("//"))
    .join("\n")
    .trim();

function ResultGraph({ result }: { result: CypherResult }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || result.nodes.length === 0) return;
    const graph = new Graph({ multi: true });
    for (const n of result.nodes) graph.mergeNode(n.id, { label: String(n.properties.name ?? n.id), size: 6, color: "#0072B2" });
    for (const r of result.relationships) {
      if (graph.hasNode(r.source) && graph.hasNode(r.target))
        graph.addEdge(r.source, r.target, { size: 1.5, color: "#bbb", label: r.type });
    }
    quickLayout(graph, 50);
    const sigma = new Sigma(graph, container.current, { renderEdgeLabels: graph.size < 60 });
    return () => sigma.kill();
  }, [result]);
  if (result.nodes.length === 0) return null;
  return <div ref={container} className="console-graph" data-testid="console-graph" role="img" aria-label="Result as a graph" />;
}

export default function CypherConsole({ store }: { store: string }) {
  const { t } = useT();
  const day = useAsOfDay();
  const [query, setQuery] = useState("MATCH (i:ISCM) RETURN count(i) AS iscms");
  const [editorKey, setEditorKey] = useState(0);
  const templates = useAnalysesList().data?.analyses ?? NO_TEMPLATES;
  const [template, setTemplate] = useState<AnalysisInfo | null>(null);
  const [params, setParams] = useState<Record<string, string>>({});
  const [result, setResult] = useState<CypherResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    // Integer parameters go as numbers; entity parameters take ids (the Cypher files match on id);
    // dates go as the day they mean (the Cypher files compare days), asOf by default the explorer's.
    const typed: Record<string, unknown> = {};
    for (const p of template?.params ?? []) {
      const v = params[p.name]?.trim() ?? "";
      if (p.kind === "date") {
        if (v !== "" && !isPartialDate(v)) {
          setError(`${p.name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${v}")`);
          setBusy(false);
          return;
        }
        typed[p.name] = dayOfDateParam(p.bound ?? "end", v === "" ? undefined : v, day);
        continue;
      }
      typed[p.name] = v === "" ? null : p.kind === "integer" ? Number(v) : v;
    }
    try {
      setResult(await api.cypher(query, typed));
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (store !== "neo4j") {
    return (
      <section className="console" aria-label={t("console.label")}>
        <h2>{t("console.label")}</h2>
        <p role="note" data-testid="console-embedded-note">
          {t("console.needsNeo4j")} <code>npm run neo4j:start</code>, <code>npm run cli -- load</code>, {t("console.thenStart")}{" "}
          <code>NEO4J_URI</code>, <code>NEO4J_USERNAME</code>, <code>NEO4J_PASSWORD</code> {t("console.seeReadme")}
        </p>
      </section>
    );
  }

  return (
    <section className="console" aria-label={t("console.label")}>
      <div className="console-bar">
        <label>
          {t("console.template")}{" "}
          <select
            value={template?.name ?? ""}
            onChange={(e) => {
              const picked = templates.find((x) => x.name === e.target.value) ?? null;
              setTemplate(picked);
              setParams({});
              if (picked) {
                setQuery(body(picked.cypher));
                setEditorKey((k) => k + 1);
              }
            }}
          >
            <option value="">{t("console.freeQuery")}</option>
            {templates.map((x) => (
              <option key={x.name}>{x.name}</option>
            ))}
          </select>
        </label>
        {template?.params.map((p) => (
          <label key={p.name}>
            ${p.name}{" "}
            <input
              type={p.kind === "integer" ? "number" : "text"}
              placeholder={
                p.kind === "entity"
                  ? t("console.anId")
                  : p.kind === "date" && p.bound === "end"
                    ? t("analyses.asOfPlaceholder", { day })
                    : p.description
              }
              value={params[p.name] ?? ""}
              onChange={(e) => setParams((v) => ({ ...v, [p.name]: e.target.value }))}
            />
          </label>
        ))}
        <button type="button" onClick={() => void run()} disabled={busy}>
          {busy ? t("analyses.running") : t("console.run")}
        </button>
      </div>
      {template && <p className="hint">{template.description}</p>}
      <fieldset
        className="console-editor"
        aria-label={t("console.query")}
        // Ctrl+Enter in the editor bubbles up here: the editor itself is the keyboard control.
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      >
        <CypherEditor key={editorKey} value={query} onValueChanged={(v: string) => setQuery(v)} schema={SCHEMA} lineNumbers />
      </fieldset>
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      {result && (
        <div className="console-result">
          <p>
            <span data-testid="console-row-count">{result.rows.length}</span> {t("console.rows", { count: result.rows.length })}
            {result.truncated ? (result.truncatedBy === "bytes" ? t("console.cutBytes") : t("console.cutRows")) : ""}
          </p>
          <ResultTable columns={result.columns} rows={result.rows} limit={200} csvName="cypher-result.csv" />
          <ResultGraph result={result} />
        </div>
      )}
    </section>
  );
}
