/**
 * The sources of the dataset, for the release: the ONE place that reads them. Today a source is a
 * string on a relationship or an entity (model/source.ts: a seed document and line, a reference
 * file, or a URL); its id is a hash of that string, so the same citation keeps the same id in
 * every release. When sources become a registry (seed/sources.json with ids, publishers, titles),
 * only this module changes: `sourceId` returns the registry's id and `sourceRecords` its fields.
 */
import { createHash } from "node:crypto";
import type { Dataset, PropertyValue } from "../model/graph.ts";
import { parseSource, SOURCE_SEPARATOR } from "../model/source.ts";
import { describeSource } from "../profiles/document.ts";

/** Properties that hold lists of source strings, on relationships and on entities. */
export const SOURCE_LIST_KEYS = ["sources", "sinceSources", "untilSources", "membersSources"] as const;
/** A property holding one string per status change, each a SOURCE_SEPARATOR-joined list of sources. */
export const JOINED_SOURCE_KEYS = ["statusChangeSources"] as const;

export interface SourceRecord {
  id: string;
  /** The source as the seed writes it. */
  citation: string;
  kind: "seed" | "reference" | "url" | "other";
  /** As a reader sees it in a footnote: the document's publisher, year and title, or the URL. */
  description: string;
  url?: string;
  document?: string;
  lines?: string;
  section?: string;
}

/** A source's stable id: `src-` and 12 hex digits of the SHA-256 of its text. */
export function sourceId(citation: string): string {
  return `src-${createHash("sha256").update(citation).digest("hex").slice(0, 12)}`;
}

/** The source strings a property value holds, if the property is a source property. */
export function sourcesIn(key: string, value: PropertyValue | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  if ((SOURCE_LIST_KEYS as readonly string[]).includes(key)) return list;
  if ((JOINED_SOURCE_KEYS as readonly string[]).includes(key)) return list.flatMap((s) => s.split(SOURCE_SEPARATOR));
  return [];
}

function record(citation: string): SourceRecord {
  const ref = parseSource(citation);
  const base = { id: sourceId(citation), citation, description: describeSource(citation).text };
  if (ref?.kind === "url") return { ...base, kind: "url", url: ref.url };
  if (ref?.kind === "seed")
    return {
      ...base,
      kind: "seed",
      document: ref.file,
      ...(ref.lines ? { lines: ref.lines } : {}),
      ...(ref.section ? { section: ref.section } : {}),
    };
  if (ref?.kind === "reference") return { ...base, kind: "reference", document: ref.file, ...(ref.anchor ? { section: ref.anchor } : {}) };
  return { ...base, kind: "other" };
}

/** Every source the dataset cites (relationships and entities), one record each, by id. */
export function sourceRecords(dataset: Dataset): SourceRecord[] {
  const seen = new Map<string, SourceRecord>();
  const add = (key: string, value: PropertyValue | undefined) => {
    for (const s of sourcesIn(key, value)) if (!seen.has(s)) seen.set(s, record(s));
  };
  for (const n of dataset.nodes) for (const [k, v] of Object.entries(n.properties)) add(k, v);
  for (const e of dataset.edges) for (const [k, v] of Object.entries(e.properties)) add(k, v);
  const records = [...seen.values()];
  const ids = new Set(records.map((r) => r.id));
  if (ids.size !== records.length) throw new Error("two sources hash to the same id: lengthen sourceId's hash");
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
