/**
 * The whole normalised graph in the formats analysts open elsewhere: JSON (our own shape),
 * GEXF (Gephi, via graphology-gexf), GraphML (networkx, yEd, Gephi) and CSV (spreadsheets).
 */
import { write as writeGexf } from "graphology-gexf";
import { csvField } from "../model/csv.ts";
import { compactProperties, type Dataset, type GraphEdge, type PropertyValue } from "../model/graph.ts";
import { citationsLine } from "../model/source.ts";
import { toGraphology } from "./graph.ts";

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Each edge's properties with `citations`: its sources cited as a report cites them (model/source.ts,
 * formatCitation), for readers of a file who do not have the registry beside it.
 */
function withCitations(dataset: Dataset): GraphEdge[] {
  if (!dataset.sources) return dataset.edges;
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return dataset.edges.map((e) => ({ ...e, properties: { ...e.properties, citations: citationsLine(e.properties, byId) } }));
}

/**
 * The graph and its sources (seed/sources.json records, which the edges' `sources` ids name). Each
 * format takes an optional citation line (release/citation.ts), written where the format keeps metadata.
 */
export function exportJson(dataset: Dataset, citation?: string): string {
  return `${JSON.stringify(
    {
      ...(citation ? { citation } : {}),
      nodes: dataset.nodes.map((n) => ({ id: n.id, label: n.label, properties: n.properties })),
      edges: withCitations(dataset).map((e) => ({ source: e.source, target: e.target, type: e.type, properties: e.properties })),
      ...(dataset.sources ? { sources: dataset.sources } : {}),
    },
    null,
    1,
  )}\n`;
}

/** GEXF and GraphML have no list type: lists travel as JSON text, which Gephi shows as a string. */
function flatten(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = Array.isArray(v) ? JSON.stringify(v) : (v as string | number | boolean);
  return out;
}

export function exportGexf(dataset: Dataset, citation?: string): string {
  const graph = toGraphology({ ...dataset, edges: withCitations(dataset) });
  // Graph attributes become GEXF's <meta> (here <description>).
  if (citation) graph.setAttribute("description", citation);
  return writeGexf(graph, {
    // GEXF's own node label is the display name, so our label travels as nodeType.
    formatNode: (_key, { label, ...attrs }) => ({ label: String(attrs.name), attributes: flatten({ ...attrs, nodeType: label }) }),
    formatEdge: (_key, attrs) => ({ label: String(attrs.type), attributes: flatten(attrs) }),
  });
}

const xmlEscape = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);

function graphmlType(values: PropertyValue[]): "boolean" | "double" | "string" {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

/** graphology-graphml only parses, so GraphML is written here; tests read it back with that parser. */
export function exportGraphml(dataset: Dataset, citation?: string): string {
  const keysOf = (items: { properties: Record<string, PropertyValue> }[], extra: Record<string, PropertyValue[]>) => {
    const values = new Map<string, PropertyValue[]>(Object.entries(extra));
    for (const item of items) {
      for (const [k, v] of Object.entries(item.properties)) values.set(k, [...(values.get(k) ?? []), v]);
    }
    return [...values.entries()].map(([name, vs]) => ({ name, type: graphmlType(vs) }));
  };
  const edges = withCitations(dataset);
  const nodeKeys = keysOf(dataset.nodes, { label: dataset.nodes.map((n) => n.label) });
  const edgeKeys = keysOf(edges, { type: edges.map((e) => e.type) });
  const data = (prefix: string, props: Record<string, PropertyValue>) =>
    Object.entries(props)
      .map(([k, v]) => `<data key="${prefix}_${xmlEscape(k)}">${xmlEscape(Array.isArray(v) ? JSON.stringify(v) : String(v))}</data>`)
      .join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(citation ? [`<!-- ${citation.replaceAll("--", "- -")} -->`] : []),
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `<key id="n_${xmlEscape(k.name)}" for="node" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `<key id="e_${xmlEscape(k.name)}" for="edge" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`),
    '<graph id="iscm-atlas" edgedefault="directed">',
    ...dataset.nodes.map((n) => `<node id="${xmlEscape(n.id)}">${data("n", { label: n.label, ...n.properties })}</node>`),
    ...edges.map(
      (e) =>
        `<edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data("e", { type: e.type, ...e.properties })}</edge>`,
    ),
    "</graph>",
    "</graphml>",
  ];
  return `${lines.join("\n")}\n`;
}

function csvTable(fixed: string[], rows: { fixed: string[]; properties: Record<string, PropertyValue> }[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.properties)))].sort();
  const out = [[...fixed, ...columns].join(",")];
  for (const r of rows) out.push([...r.fixed.map((v) => csvField(v)), ...columns.map((c) => csvField(r.properties[c]))].join(","));
  return `${out.join("\n")}\n`;
}

/** `nodes.csv` + `edges.csv` (+ `sources.csv`, the registry); list values are joined with "; ". */
export function exportCsv(dataset: Dataset): { "nodes.csv": string; "edges.csv": string; "sources.csv"?: string } {
  return {
    "nodes.csv": csvTable(
      ["id", "label"],
      dataset.nodes.map((n) => ({ fixed: [n.id, n.label], properties: n.properties })),
    ),
    "edges.csv": csvTable(
      ["source", "target", "type"],
      withCitations(dataset).map((e) => ({ fixed: [e.source, e.target, e.type], properties: e.properties })),
    ),
    ...(dataset.sources
      ? {
          "sources.csv": csvTable(
            ["id", "kind"],
            dataset.sources.map((s) => ({
              fixed: [s.id, s.kind],
              properties: compactProperties({
                ...s,
                copyOf: s.copyOf ? JSON.stringify(s.copyOf) : undefined,
                id: undefined,
                kind: undefined,
              }),
            })),
          ),
        }
      : {}),
  };
}
