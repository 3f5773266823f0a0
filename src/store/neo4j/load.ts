/**
 * Bulk loader: the validated dataset into Neo4j, all or nothing.
 *
 * Design (why one transaction): the seed is small (~2,400 rows) and even the 500k-relationship
 * benchmark fits comfortably in one transaction's state, so the whole load — every batch, the
 * stale check and, under --reset, the deletions — runs in ONE explicit transaction that is
 * committed at the end or rolled back on any error. A reader never sees a half-loaded graph and
 * a failure leaves the database exactly as before. Schema (constraints, indexes) must run in
 * its own transactions in Neo4j; it is idempotent and applied first.
 *
 * Statements are the parameterised files in cypher/load/; only labels and types from the
 * vocabulary are substituted into them, every value travels as a parameter ($rows).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";
import type { Dataset, Properties } from "../../model/graph.ts";
import { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from "../../model/vocabulary.ts";
import { CYPHER_DIR } from "../../paths.ts";
import { sourceProperties } from "./sources.ts";

export const DEFAULT_BATCH_SIZE = 5_000;

export interface NodeRow {
  id: string;
  props: Properties;
}
export interface RelationshipRow {
  source: string;
  target: string;
  props: Properties;
}
export interface NodeGroup {
  label: NodeLabel;
  count: number;
  rows: Iterable<NodeRow>;
}
export interface RelationshipGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  count: number;
  rows: Iterable<RelationshipRow>;
}

/**
 * What to load. `rows` may be generators (the benchmark streams millions of rows without
 * holding them); `complete` lists every id and relationship key when the source is the whole
 * dataset, which enables the stale report and --reset.
 */
export interface LoadSource {
  nodeGroups: NodeGroup[];
  relationshipGroups: RelationshipGroup[];
  /** :Source nodes (seed/sources.json); relationships name them by id in `sources`. */
  sources?: NodeRow[];
  complete?: { nodeIds: Map<NodeLabel, string[]>; relationshipKeys: Map<RelationshipType, string[]>; sourceIds?: string[] };
}

export interface LoadProgress {
  phase: "nodes" | "relationships";
  name: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Delete nodes and relationships of our labels/types that the source does not contain. */
  reset?: boolean;
  /** Do everything, report, then roll back. */
  dryRun?: boolean;
  batchSize?: number;
  database?: string;
  onProgress?: (progress: LoadProgress) => void;
  /** Called after each batch inside the transaction (tests inject failures here). */
  afterBatch?: (batch: { phase: "nodes" | "relationships"; name: string; done: number }) => void | Promise<void>;
}

export interface LoadReport {
  nodes: { merged: number; created: number; written: number };
  relationships: { merged: number; created: number; written: number };
  /** :Source nodes, counted apart from the graph's nodes; `stale`: in the database, not in the seed. */
  sources: { merged: number; created: number; written: number; stale: number };
  /** In the database but not in the source: deleted when reset, else only reported. */
  stale: { nodes: number; relationships: number; deleted: boolean };
  perLabel: Record<string, number>;
  perType: Record<string, number>;
  committed: boolean;
  elapsedMs: number;
  rowsPerSecond: number;
}

export class LoadError extends Error {}

const templates = new Map<string, string>();
function template(name: string): string {
  let text = templates.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, "load", `${name}.cypher`), "utf8");
    templates.set(name, text);
  }
  return text;
}

function assertVocabulary(label: string, allowed: readonly string[]): string {
  // Defence in depth: a label or type is only ever spliced into Cypher if it is in the vocabulary.
  if (!allowed.includes(label)) throw new LoadError(`"${label}" is not a label/type of the vocabulary`);
  return label;
}

export function mergeNodesStatement(label: NodeLabel): string {
  return template("merge-nodes").replaceAll("__LABEL__", assertVocabulary(label, NODE_LABELS));
}

export function mergeRelationshipsStatement(type: RelationshipType, from: NodeLabel, to: NodeLabel): string {
  return template("merge-relationships")
    .replaceAll("__TYPE__", assertVocabulary(type, RELATIONSHIP_TYPES))
    .replaceAll("__FROM__", assertVocabulary(from, NODE_LABELS))
    .replaceAll("__TO__", assertVocabulary(to, NODE_LABELS));
}

/** The statements of cypher/schema.cypher, comments removed, one per `;`. */
export function schemaStatements(): string[] {
  const text = readFileSync(join(CYPHER_DIR, "schema.cypher"), "utf8");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement, {}, { database });
  // Constraints and indexes are built asynchronously; wait so the load uses them.
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}

/**
 * A relationship's identity in Neo4j: its type, its ends and the first day of its window — one pair
 * may hold the same relationship in several intervals that never overlap (the build checks it).
 */
export function relationshipKey(source: string, target: string, heldFrom: string): string {
  return `${source}>${target}@${heldFrom}`;
}

/** The dataset as load groups: nodes by label, relationships by (type, source label, target label). */
export function datasetSource(dataset: Dataset): LoadSource {
  const labelOf = new Map(dataset.nodes.map((n) => [n.id, n.label] as const));
  const nodeGroups = new Map<NodeLabel, NodeRow[]>();
  const nodeIds = new Map<NodeLabel, string[]>(NODE_LABELS.map((l) => [l, []]));
  for (const node of dataset.nodes) {
    const rows = nodeGroups.get(node.label) ?? [];
    rows.push({ id: node.id, props: { ...node.properties, id: node.id } });
    nodeGroups.set(node.label, rows);
    nodeIds.get(node.label)?.push(node.id);
  }
  const relGroups = new Map<string, RelationshipGroup & { rows: RelationshipRow[] }>();
  const relationshipKeys = new Map<RelationshipType, string[]>(RELATIONSHIP_TYPES.map((t) => [t, []]));
  for (const edge of dataset.edges) {
    const from = labelOf.get(edge.source);
    const to = labelOf.get(edge.target);
    if (!from || !to) throw new LoadError(`relationship ${edge.key} has an endpoint that is not a node of the dataset`);
    const groupKey = `${edge.type}:${from}:${to}`;
    let group = relGroups.get(groupKey);
    if (!group) {
      group = { type: edge.type, from, to, count: 0, rows: [] };
      relGroups.set(groupKey, group);
    }
    group.rows.push({ source: edge.source, target: edge.target, props: edge.properties });
    group.count++;
    relationshipKeys.get(edge.type)?.push(relationshipKey(edge.source, edge.target, edge.properties.heldFrom));
  }
  const sources = dataset.sources?.map((s) => ({ id: s.id, props: sourceProperties(s) }));
  return {
    nodeGroups: [...nodeGroups].map(([label, rows]) => ({ label, count: rows.length, rows })),
    relationshipGroups: [...relGroups.values()],
    ...(sources ? { sources } : {}),
    complete: { nodeIds, relationshipKeys, ...(sources ? { sourceIds: sources.map((s) => s.id) } : {}) },
  };
}

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type Runner = Transaction | ManagedTransaction;

/**
 * The driver keeps every Result of an open transaction until it ends, and each Result keeps its
 * parameters: without this, a 500k-row load would hold every batch in memory until commit.
 * The rows have been sent by now; emptying the array lets them be collected.
 */
function release(rows: unknown[]): void {
  rows.length = 0;
}

async function runCounting(tx: Runner, statement: string, params: Record<string, unknown>) {
  const result = await tx.run(statement, params);
  const record = result.records[0];
  const counters = result.summary.counters.updates();
  return {
    get: (key: string): number => Number(record?.get(key) ?? 0),
    nodesCreated: counters.nodesCreated,
    relationshipsCreated: counters.relationshipsCreated,
  };
}

/**
 * Loads `source` in one transaction. Throws LoadError (or the driver's error) after rolling back.
 */
export async function loadIntoNeo4j(driver: Driver, source: LoadSource, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new LoadError(`batch size must be a positive integer (got ${batchSize})`);
  if (options.reset && !source.complete) throw new LoadError("--reset needs the complete dataset (a streamed source cannot reset)");
  const started = performance.now();
  const report: LoadReport = {
    nodes: { merged: 0, created: 0, written: 0 },
    relationships: { merged: 0, created: 0, written: 0 },
    sources: { merged: 0, created: 0, written: 0, stale: 0 },
    stale: { nodes: 0, relationships: 0, deleted: Boolean(options.reset) },
    perLabel: {},
    perType: {},
    committed: false,
    elapsedMs: 0,
    rowsPerSecond: 0,
  };

  if (!options.dryRun) await applySchema(driver, options.database);

  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  const tx = session.beginTransaction();
  try {
    for (const group of source.nodeGroups) {
      const statement = mergeNodesStatement(group.label);
      let done = 0;
      for (const rows of batches(group.rows, batchSize)) {
        const r = await runCounting(tx, statement, { rows });
        report.nodes.merged += r.get("merged");
        report.nodes.written += r.get("written");
        report.nodes.created += r.nodesCreated;
        done += rows.length;
        release(rows);
        options.onProgress?.({ phase: "nodes", name: group.label, done, total: group.count });
        await options.afterBatch?.({ phase: "nodes", name: group.label, done });
      }
      report.perLabel[group.label] = (report.perLabel[group.label] ?? 0) + done;
    }
    if (source.sources) {
      for (const rows of batches(source.sources, batchSize)) {
        const r = await runCounting(tx, template("merge-sources"), { rows });
        report.sources.merged += r.get("merged");
        report.sources.written += r.get("written");
        report.sources.created += r.nodesCreated;
        release(rows);
      }
    }
    for (const group of source.relationshipGroups) {
      const statement = mergeRelationshipsStatement(group.type, group.from, group.to);
      const name = `${group.type} (${group.from}→${group.to})`;
      let done = 0;
      for (const rows of batches(group.rows, batchSize)) {
        const r = await runCounting(tx, statement, { rows });
        const matched = r.get("matched");
        if (matched !== rows.length) {
          const missing = rows.length - matched;
          throw new LoadError(
            `${missing} ${group.type} relationship${missing === 1 ? "" : "s"} point at ${group.from}/${group.to} nodes that do not exist`,
          );
        }
        report.relationships.merged += matched;
        report.relationships.written += r.get("written");
        report.relationships.created += r.relationshipsCreated;
        done += rows.length;
        release(rows);
        options.onProgress?.({ phase: "relationships", name, done, total: group.count });
        await options.afterBatch?.({ phase: "relationships", name, done });
      }
      report.perType[group.type] = (report.perType[group.type] ?? 0) + done;
    }
    if (source.complete) {
      const remove = Boolean(options.reset);
      // Relationships first: a stale node's relationships are then counted once, here.
      for (const [type, keys] of source.complete.relationshipKeys) {
        const statement = template("stale-relationships").replaceAll("__TYPE__", assertVocabulary(type, RELATIONSHIP_TYPES));
        report.stale.relationships += (await runCounting(tx, statement, { keys, delete: remove })).get("stale");
      }
      if (source.complete.sourceIds)
        report.sources.stale = (await runCounting(tx, template("stale-sources"), { ids: source.complete.sourceIds, delete: remove })).get(
          "stale",
        );
      for (const [label, ids] of source.complete.nodeIds) {
        const statement = template("stale-nodes").replaceAll("__LABEL__", assertVocabulary(label, NODE_LABELS));
        report.stale.nodes += (await runCounting(tx, statement, { ids, delete: remove })).get("stale");
      }
    }
    if (options.dryRun) {
      await tx.rollback();
    } else {
      await tx.commit();
      report.committed = true;
    }
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
  report.elapsedMs = performance.now() - started;
  const rows = report.nodes.merged + report.relationships.merged;
  report.rowsPerSecond = rows / (report.elapsedMs / 1000);
  return report;
}
