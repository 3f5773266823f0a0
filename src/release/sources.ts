/**
 * The sources of the dataset, for the release: the ONE place that reads them. Sources are the
 * registry's records (seed/sources.json, `Dataset.sources`); relationships and entities cite them
 * by id (with a locator where one is given: `id @ locator` in joined lists).
 */
import type { Dataset } from "../model/graph.ts";
import { citationText, parseCitationKey, type SourceRecord } from "../model/source.ts";

/** Properties that hold lists of source ids, on relationships and on entities. */
export const SOURCE_LIST_KEYS = ["sources", "sinceSources", "untilSources", "membersSources"] as const;

/**
 * A citation as the package writes it: the registry's id, with ` @ locator` where the source is
 * cited at a place (`iom-2019-iscm-assessment @ line 1562`), as entities' source lists hold it.
 */
export function sourceId(citation: string): string {
  return citation;
}

/** The registry id a citation names (the part before ` @ `). */
export function citedSourceId(citation: string): string {
  return parseCitationKey(citation).source;
}

/** The columns of sources.csv, in order. */
export const SOURCE_COLUMNS = [
  "id",
  "kind",
  "publisher",
  "title",
  "description",
  "published",
  "url",
  "retrieved",
  "language",
  "copyOf",
  "document",
  "compilation",
  "note",
  "citation",
] as const;

/** A row of sources.csv; an unknown field is absent (an empty cell), never guessed. */
export type SourceRow = Record<(typeof SOURCE_COLUMNS)[number], string | boolean | undefined>;

/** Every source of the registry as a row: its fields, and the citation a report prints. */
export function sourceRecords(dataset: Dataset): SourceRow[] {
  return [...(dataset.sources ?? [])]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      publisher: s.publisher ?? undefined,
      title: s.title ?? undefined,
      description: s.description,
      published: s.published ?? undefined,
      url: s.url ?? undefined,
      retrieved: s.retrieved,
      language: s.language,
      copyOf: s.copyOf ? JSON.stringify(s.copyOf) : undefined,
      document: s.document,
      compilation: s.compilation,
      note: s.note,
      citation: citationText(s),
    }));
}

/** A row of sources.csv (as a typed reader returns it) back to the registry's record. */
export function sourceFromRow(row: Record<string, unknown>): SourceRecord {
  const text = (k: string) => (row[k] === null || row[k] === undefined || row[k] === "" ? null : String(row[k]));
  const record: SourceRecord = {
    id: String(row.id),
    kind: String(row.kind) as SourceRecord["kind"],
    publisher: text("publisher"),
    title: text("title"),
    published: text("published"),
    url: text("url"),
  };
  const optional: [keyof SourceRecord, unknown][] = [
    ["description", text("description")],
    ["retrieved", text("retrieved")],
    ["language", text("language")],
    ["copyOf", text("copyOf") === null ? null : typeof row.copyOf === "string" ? JSON.parse(row.copyOf) : row.copyOf],
    ["document", text("document")],
    ["compilation", row.compilation === true || row.compilation === "true" ? true : null],
    ["note", text("note")],
  ];
  for (const [k, v] of optional) if (v !== null) (record as unknown as Record<string, unknown>)[k] = v;
  return record;
}
