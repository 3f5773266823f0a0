/**
 * The atlas as a Frictionless data package (https://specs.frictionlessdata.io/): datapackage.json
 * and one CSV per table, each with its Table Schema — types, descriptions, primary and foreign
 * keys. Entities (one table per kind, and entities.csv listing them all for the foreign keys),
 * relationships, sources, changes, the State × ISCM × year panel and the State × State × year file.
 *
 * Encoding: CSV by the project's one writer (model/csv.ts); a list is a JSON array (Table
 * Schema type `array`); an open window bound is an empty cell. `datasetFromTables` (read.ts) undoes
 * exactly this, and the tests rebuild the same graph from what an independent reader returns.
 */

import type { ChangeRow } from "../analyses/entries/changes.ts";
import { sortDataset } from "../dataset/hash.ts";
import { rowsToCsv } from "../model/csv.ts";
import type { Dataset, GraphNode, PropertyValue } from "../model/graph.ts";
import { OPEN_END, OPEN_START } from "../model/time.ts";
import { type NodeLabel, RELATIONSHIP_TYPES } from "../model/vocabulary.ts";
import { ATLAS_VERSION, citationLine } from "./citation.ts";
import { FIELD_DESCRIPTIONS } from "./fields.ts";
import { buildPanels, FIRST_PANEL_YEAR, PANEL_CODES } from "./panel.ts";
import { SOURCE_COLUMNS, SOURCE_LIST_KEYS, sourceId, sourceRecords } from "./sources.ts";

export const ENTITY_TABLES: Record<NodeLabel, string> = {
  State: "states",
  ISCM: "iscms",
  Organization: "organizations",
  RegionalUnion: "unions",
  Theme: "themes",
};

export interface ReleaseOptions {
  /** The dataset hash (dataset/hash.ts). */
  hash: string;
  /** The day the release describes (YYYY-MM-DD): the panel's last year ends there. */
  releaseDay: string;
  /** When it was made (ISO 8601). */
  created: string;
  /** Where the atlas is published, for the citation (none: the citation has no URL). */
  url?: string;
  /** An SPDX licence id for the data (makeRelease gives DATA_LICENSE unless told otherwise). */
  license?: string;
}

export interface Field {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "array";
  description: string;
  constraints?: Record<string, unknown>;
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

export interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: "tabular-data-resource";
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  schema: TableSchema;
}

/** The Table Schema name of a source-list property: `sources` → `sourceIds`, `sinceSources` → `sinceSourceIds`. */
export const sourceColumn = (key: string) => `${key.replace(/Sources$/, "Source").replace(/^sources$/, "source")}Ids`;

const PARTIAL_DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
const PARTIAL_DATE_KEYS = new Set(["since", "until", "startedAfter", "endedBefore", "membersAsOf", "declaredMemberCountAsOf"]);

function describe(name: string): string {
  return FIELD_DESCRIPTIONS[name] ?? "";
}

/** A column's Table Schema type from the values it holds. */
function fieldFor(name: string, values: (PropertyValue | undefined)[]): Field {
  const present = values.filter((v) => v !== undefined) as PropertyValue[];
  const type: Field["type"] =
    present.length === 0
      ? "string"
      : present.every((v) => Array.isArray(v))
        ? "array"
        : present.every((v) => typeof v === "boolean")
          ? "boolean"
          : present.every((v) => typeof v === "number" && Number.isInteger(v))
            ? "integer"
            : present.every((v) => typeof v === "number")
              ? "number"
              : "string";
  if (type === "string" && present.some((v) => typeof v !== "string"))
    throw new Error(
      `column ${name} mixes types (${[...new Set(present.map((v) => typeof v))].join(", ")}): the release needs one type per column`,
    );
  const field: Field = { name, type, description: describe(name) };
  if (type === "string" && PARTIAL_DATE_KEYS.has(name)) field.constraints = { pattern: PARTIAL_DATE_PATTERN };
  return field;
}

/** A cell as the CSV writer gets it: lists as JSON text (RFC 8259), the rest as they are. */
const cell = (v: PropertyValue | undefined): unknown => (Array.isArray(v) ? JSON.stringify(v) : v);

const ids = (sources: PropertyValue | undefined) => (Array.isArray(sources) ? sources.map((s) => sourceId(String(s))) : undefined);

/** A node's or edge's properties as columns: source lists become lists of source ids. */
function columnsOf(properties: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(properties)) {
    if ((SOURCE_LIST_KEYS as readonly string[]).includes(k)) out[sourceColumn(k)] = ids(v) as string[];
    else out[k] = v;
  }
  return out;
}

interface Table {
  resource: Omit<Resource, "profile" | "format" | "mediatype" | "encoding" | "path" | "schema"> & {
    primaryKey?: string[];
    foreignKeys?: TableSchema["foreignKeys"];
  };
  fields: Field[];
  rows: Record<string, unknown>[];
}

function table(
  resource: Table["resource"],
  columns: string[],
  records: Record<string, PropertyValue | undefined>[],
  overrides: Record<string, Partial<Field>> = {},
): Table {
  const fields = columns.map(
    (c) =>
      ({
        ...fieldFor(
          c,
          records.map((r) => r[c]),
        ),
        ...overrides[c],
      }) as Field,
  );
  return { resource, fields, rows: records.map((r) => Object.fromEntries(columns.map((c) => [c, cell(r[c])]))) };
}

const toEntities = (column: string) => ({ fields: [column], reference: { resource: "entities", fields: ["id"] } });

function entityTable(label: NodeLabel, nodes: GraphNode[]): Table {
  const records = nodes.map((n) => ({ id: n.id, ...columnsOf(n.properties) }));
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => k !== "id" && k !== "name").sort();
  return table(
    {
      name: ENTITY_TABLES[label],
      title: `${label} entities`,
      description: `Every ${label} in the atlas with its properties.`,
      primaryKey: ["id"],
      foreignKeys: [toEntities("id")],
    },
    ["id", "name", ...keys],
    records,
  );
}

const FIXED_EDGE_COLUMNS = [
  "key",
  "type",
  "from",
  "to",
  "since",
  "until",
  "startedAfter",
  "endedBefore",
  "heldFrom",
  "heldTo",
  "basis",
  "via",
  "note",
  "asOf",
  "sourceIds",
];

export interface Release {
  descriptor: Record<string, unknown>;
  /** File name → text, datapackage.json included. */
  files: Map<string, string>;
  /** CSV file name → its number of rows. */
  rows: Map<string, number>;
}

export function buildRelease(input: Dataset, changes: ChangeRow[], options: ReleaseOptions): Release {
  const dataset = sortDataset(input);
  const tables: Table[] = [];
  tables.push(
    table(
      {
        name: "entities",
        title: "All entities",
        description: "Every entity of every kind: what relationships, changes and the other tables point to.",
        primaryKey: ["id"],
      },
      ["id", "label", "name"],
      dataset.nodes.map((n) => ({ id: n.id, label: n.label, name: n.properties.name })),
    ),
  );
  for (const label of Object.keys(ENTITY_TABLES) as NodeLabel[])
    tables.push(
      entityTable(
        label,
        dataset.nodes.filter((n) => n.label === label),
      ),
    );

  // The crosswalk on its own, for a merge by QID without reading every entity table.
  const withQid = dataset.nodes.filter((n) => typeof n.properties.wikidata === "string");
  tables.push(
    table(
      {
        name: "wikidata",
        title: "Wikidata crosswalk",
        description:
          "The atlas's ids and their Wikidata items (QIDs), each with its source (seed/wikidata.json); an entity not listed has no QID found yet.",
        primaryKey: ["id"],
        foreignKeys: [toEntities("id")],
      },
      ["id", "label", "qid", "uri", "sourceIds"],
      withQid.map((n) => ({
        id: n.id,
        label: n.label,
        qid: n.properties.wikidata,
        uri: `http://www.wikidata.org/entity/${n.properties.wikidata}`,
        sourceIds: n.properties.wikidataSources,
      })),
      {
        label: { description: "The entity's kind (State, ISCM, Organization, RegionalUnion, Theme)" },
        qid: { description: "The Wikidata item id", constraints: { pattern: "Q[1-9][0-9]*", unique: true } },
        uri: { description: "The item's concept URI (what linked data names it by)" },
        sourceIds: { description: "Where the QID is read from (JSON array of ids in sources.csv)" },
      },
    ),
  );

  const edgeRecords = dataset.edges.map((e) => {
    const { heldFrom, heldTo, ...rest } = columnsOf(e.properties);
    return {
      key: e.key,
      type: e.type,
      from: e.source,
      to: e.target,
      heldFrom: heldFrom === OPEN_START ? undefined : heldFrom,
      heldTo: heldTo === OPEN_END ? undefined : heldTo,
      ...rest,
    };
  });
  const extra = [...new Set(edgeRecords.flatMap((r) => Object.keys(r)))].filter((k) => !FIXED_EDGE_COLUMNS.includes(k)).sort();
  tables.push(
    table(
      {
        name: "relationships",
        title: "Relationships",
        description:
          "Every relationship with its dates, the window it may have held (heldFrom–heldTo), how it is known (basis, via, note) and its sources. A relationship counts on a day inside its window; a MEMBER_OF also needs no SUSPENDED_FROM between the same two entities held that day.",
        primaryKey: ["key"],
        foreignKeys: [toEntities("from"), toEntities("to"), toEntities("via")],
      },
      [...FIXED_EDGE_COLUMNS, ...extra],
      edgeRecords,
      {
        type: { constraints: { enum: [...RELATIONSHIP_TYPES] } },
        heldFrom: { type: "date" },
        heldTo: { type: "date" },
        basis: { constraints: { enum: ["stated", "derived", "inferred"] } },
        asOf: { constraints: { pattern: `${PARTIAL_DATE_PATTERN}|undated` } },
      },
    ),
  );

  const sources = sourceRecords(dataset);
  tables.push(
    table(
      {
        name: "sources",
        title: "Sources",
        description:
          "Every source the data cite, once (the atlas's registry, seed/sources.json): who published it, its title and date where known (empty where unknown, never guessed), its URL and its kind.",
        primaryKey: ["id"],
      },
      [...SOURCE_COLUMNS],
      sources.map((s) => ({ ...s })),
      {
        id: { description: "The source's id in the atlas's registry, the same in every release" },
        kind: {
          description:
            "official (the mechanism, its secretariat, the union or IGO, a government), secondary (UN/IOM/ICMPD reports, research, news media), copy (a copy of one hosted elsewhere), tertiary (encyclopedias, mirrors, aggregators; never the only source of a fact)",
          constraints: { enum: ["official", "secondary", "copy", "tertiary"] },
        },
        publisher: { description: "Who published it, where certain" },
        title: { description: "Its title, where known" },
        description: {
          description: "For a page with no title: what the page is, in a curator's words (a citation prints it in square brackets)",
        },
        published: { description: "When it was published, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)" },
        url: { description: "Where it is (for a web source or a copy)" },
        retrieved: { description: "When a curator read the page: the day the atlas first cited it" },
        language: { description: "ISO 639-1 language code, where known" },
        copyOf: { description: "For a copy: the original it reproduces (JSON object: publisher, title, published, url)" },
        document: { description: "A seed document of the atlas (file name), cited with a line" },
        compilation: { description: "true for the atlas's own compilations of reference facts (tertiary)" },
        note: { description: "A curator's note on the source" },
        citation: { description: "The source as a report cites it: Publisher, Title, date. URL" },
      },
    ),
  );

  tables.push(
    table(
      {
        name: "changes",
        title: "Changes",
        description:
          "Every dated event: a relationship that began or ended, and every status change of a mechanism, up to the release day (the analysis `changes`).",
        foreignKeys: [toEntities("subject"), toEntities("object")],
      },
      ["date", "dateNote", "event", "type", "subject", "subjectName", "object", "objectName", "basis", "via", "note", "sourceIds"],
      changes.map((c) => ({
        ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === null ? undefined : v])),
        sourceIds: c.sources.map(sourceId),
      })) as Record<string, PropertyValue | undefined>[],
      {
        date: {
          description: "When it happened, as precise as the source (empty: unknown, see dateNote)",
          constraints: { pattern: PARTIAL_DATE_PATTERN },
        },
        dateNote: { description: "What is known of an unknown date" },
        event: { description: "began or ended for a relationship; the change itself (dormant, renamed…) for a status change" },
        type: { description: "The relationship type, or STATUS for a change of the mechanism itself" },
        subject: { description: "The entity the event is about (entities.csv)" },
        subjectName: { description: "Its name" },
        object: { description: "The other end of the relationship (entities.csv)" },
        objectName: { description: "Its name" },
        sourceIds: { description: "Sources of the event's date (JSON array of ids in sources.csv)" },
      },
    ),
  );

  const { panel, dyads } = buildPanels(dataset, options.releaseDay);
  const codes = PANEL_CODES.map((c) => `${c.code} ${c.meaning}`).join("; ");
  const yearRule = `A year's status is the status on its 31 December (for ${options.releaseDay.slice(0, 4)}: on the release day, ${options.releaseDay}), by the atlas's time rule (src/model/time.ts).`;
  tables.push(
    table(
      {
        name: "panel-state-iscm-year",
        title: "State × ISCM × year panel (Correlates of War IGO convention)",
        description: `One row per State, ISCM and year from ${FIRST_PANEL_YEAR} to ${options.releaseDay.slice(0, 4)}. ${yearRule} Status codes: ${codes}.`,
        primaryKey: ["state", "iscm", "year"],
        foreignKeys: [
          { fields: ["state"], reference: { resource: "states", fields: ["id"] } },
          { fields: ["iscm"], reference: { resource: "iscms", fields: ["id"] } },
        ],
      },
      ["state", "iscm", "year", "status"],
      panel as unknown as Record<string, PropertyValue>[],
      {
        state: { description: "The State (ISO 3166-1 alpha-3, states.csv)" },
        iscm: { description: "The ISCM (iscms.csv)" },
        year: { description: "The year (its 31 December; the release day in the current year)" },
        status: {
          description: `Correlates of War code: ${codes}`,
          constraints: { enum: PANEL_CODES.map((c) => c.code) },
        },
      },
    ),
  );
  tables.push(
    table(
      {
        name: "panel-state-state-year",
        title: "State × State × year: shared ISCMs",
        description: `One row per pair of States (stateA < stateB) and year in which both are full members (code 1 of the panel) of at least one ISCM; a pair and year not listed share none. ${yearRule}`,
        primaryKey: ["stateA", "stateB", "year"],
        foreignKeys: [
          { fields: ["stateA"], reference: { resource: "states", fields: ["id"] } },
          { fields: ["stateB"], reference: { resource: "states", fields: ["id"] } },
        ],
      },
      ["stateA", "stateB", "year", "sharedIscms"],
      dyads as unknown as Record<string, PropertyValue>[],
      {
        stateA: { description: "The first State of the pair (the smaller id)" },
        stateB: { description: "The second State" },
        year: { description: "The year (its 31 December; the release day in the current year)" },
        sharedIscms: { description: "How many ISCMs both are full members of" },
      },
    ),
  );

  const citation = citationLine({ hash: options.hash, asOf: options.releaseDay, url: options.url });
  const files = new Map<string, string>();
  const rowCounts = new Map<string, number>();
  const resources: Resource[] = tables.map((t) => {
    const { primaryKey, foreignKeys, ...meta } = t.resource;
    const path = `${meta.name}.csv`;
    rowCounts.set(path, t.rows.length);
    files.set(
      path,
      `${rowsToCsv(
        t.fields.map((f) => f.name),
        t.rows,
      )}\n`,
    );
    return {
      ...meta,
      path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: t.fields,
        ...(primaryKey ? { primaryKey } : {}),
        ...(foreignKeys ? { foreignKeys } : {}),
        missingValues: [""],
      },
    };
  });
  const descriptor = {
    profile: "tabular-data-package",
    name: "iscm-atlas",
    title: "ISCM Atlas: inter-State consultation mechanisms on migration",
    description:
      "The ISCM Atlas's data: States, ISCMs (regional consultative processes, interregional forums, global processes), organizations, regional unions and themes; their relationships with dates, basis and sources; the changes; a State × ISCM × year panel in the Correlates of War IGO convention and a State × State × year file of shared ISCMs. Text that a spreadsheet would read as a formula (beginning with =, +, -, @) carries a leading apostrophe.",
    version: ATLAS_VERSION,
    created: options.created,
    datasetHash: options.hash,
    dataAsOf: options.releaseDay,
    citation,
    ...(options.url ? { homepage: options.url } : {}),
    ...(options.license
      ? {
          licenses: [
            {
              name: options.license,
              path: `https://spdx.org/licenses/${options.license}.html`,
              ...(options.license === "CC-BY-4.0" ? { title: "Creative Commons Attribution 4.0 International" } : {}),
            },
          ],
        }
      : {}),
    sources: [
      {
        title:
          "IOM (2019), Advancing a common understanding of migration governance across regions: assessment report of inter-State consultation mechanisms on migration (Annex 2 and Annex 10)",
      },
      { title: `The ${sources.length} sources cited by relationships and entities: sources.csv` },
    ],
    resources,
  };
  files.set("datapackage.json", `${JSON.stringify(descriptor, null, 1)}\n`);
  return { descriptor, files, rows: rowCounts };
}
