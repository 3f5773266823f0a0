/**
 * One console query, start to finish, on a driver of its own (this runs inside a console worker,
 * never on the server's main thread): lexer check, EXPLAIN and plan check, then the query in a
 * READ session with Neo4j's transaction timeout, its rows converted to JSON one at a time and cut
 * at the row cap or the byte cap, whichever comes first.
 */
import neo4j, { type Driver, isNode, isPath, isRelationship } from "neo4j-driver";
import { checkExpressionBounds } from "./bounds.ts";
import { CypherQueryError, ForbiddenQueryError } from "./errors.ts";
import { checkPlan, type PlanNode } from "./plan.ts";
import { checkCalls } from "./tokens.ts";

export interface ConsoleLimits {
  timeoutMs: number;
  rowCap: number;
  /** Bytes of row JSON (UTF-16 code units, close to bytes for this data) before the result is cut. */
  byteCap: number;
}

export interface ConsoleNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface ConsoleRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
export interface ConsoleResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** The rows stop early: at the row cap or the byte cap (`truncatedBy` says which). */
  truncated: boolean;
  truncatedBy?: "rows" | "bytes";
  /** Every node and relationship met in the rows (for drawing), once each. */
  nodes: ConsoleNode[];
  relationships: ConsoleRelationship[];
}

/** Driver values → JSON: nodes by their `id` property (elementId if none), temporal values as text. */
function toJson(
  value: unknown,
  nodes: Map<string, ConsoleNode>,
  rels: Map<string, ConsoleRelationship>,
  ids: Map<string, string>,
): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value)) {
    const id = typeof value.properties.id === "string" ? value.properties.id : value.elementId;
    ids.set(value.elementId, id);
    const node = { id, labels: value.labels, properties: toJson(value.properties, nodes, rels, ids) as Record<string, unknown> };
    nodes.set(id, node);
    return node;
  }
  if (isRelationship(value)) {
    const rel = {
      id: value.elementId,
      type: value.type,
      source: value.startNodeElementId,
      target: value.endNodeElementId,
      properties: toJson(value.properties, nodes, rels, ids) as Record<string, unknown>,
    };
    rels.set(rel.id, rel);
    return rel;
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map((n) => toJson(n, nodes, rels, ids)),
      relationships: value.segments.map((s) => toJson(s.relationship, nodes, rels, ids)),
    };
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((v) => toJson(v, nodes, rels, ids));
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return String(value); // dates, points, durations
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, nodes, rels, ids)]));
  }
  return value;
}

/** What the checks need to know of the server, asked once per driver (again after a failure). */
interface ServerFacts {
  /** Neo4j's built-in function names, lower-cased. */
  builtInFunctions: Set<string>;
  /** The database the console reads (the user's home database when none is configured): plans must name it. */
  database: string;
}
const facts = new WeakMap<Driver, Promise<ServerFacts>>();

function serverFacts(driver: Driver, database: string | undefined): Promise<ServerFacts> {
  let known = facts.get(driver);
  if (!known) {
    known = driver
      .executeQuery("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE isBuiltIn RETURN name", {}, { database, routing: "READ" })
      .then((r) => ({
        builtInFunctions: new Set(r.records.map((x) => String(x.get("name")).toLowerCase())),
        database: database ?? r.summary.database.name ?? "neo4j",
      }));
    known.catch(() => facts.delete(driver));
    facts.set(driver, known);
  }
  return known;
}

/** Runs one checked, read-only query; `params` must already be Cypher values (params.ts). */
export async function runConsoleQuery(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  database: string | undefined,
): Promise<ConsoleResult> {
  const text = query.trim().replace(/;\s*$/, "");
  if (text.length === 0) throw new ForbiddenQueryError("the query is empty");
  // Before Neo4j is asked anything: a loop inside an expression must be bounded (bounds.ts).
  checkExpressionBounds(text, params);
  const server = await serverFacts(driver, database);
  checkCalls(text, server.builtInFunctions);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(1000, limits.rowCap + 1) });
  try {
    const plan = await session.run(`EXPLAIN ${text}`, params, { timeout: limits.timeoutMs });
    const root = plan.summary.plan === false ? undefined : (plan.summary.plan as unknown as PlanNode);
    if (!root) throw new ForbiddenQueryError("refused: Neo4j gave no plan for this query, so it cannot be checked");
    checkPlan(root, plan.summary.database.name ?? undefined, server.database);
    if (plan.summary.queryType !== "r")
      throw new ForbiddenQueryError(`refused: Neo4j classifies this query as "${plan.summary.queryType}", not read-only`);

    const nodes = new Map<string, ConsoleNode>();
    const rels = new Map<string, ConsoleRelationship>();
    const ids = new Map<string, string>();
    const rows: Record<string, unknown>[] = [];
    let bytes = 0;
    let truncatedBy: ConsoleResult["truncatedBy"];
    const result = session.run(text, params, { timeout: limits.timeoutMs });
    const columns = (await result.keys()) as string[];
    for await (const record of result) {
      if (rows.length === limits.rowCap) {
        truncatedBy = "rows";
        break; // leaving the loop cancels the rest of the stream
      }
      // Converted apart first: a row past the byte cap leaves no nodes behind in the result either.
      const rowNodes = new Map<string, ConsoleNode>();
      const rowRels = new Map<string, ConsoleRelationship>();
      const rowIds = new Map<string, string>();
      const row = Object.fromEntries(record.keys.map((k) => [String(k), toJson(record.get(k), rowNodes, rowRels, rowIds)]));
      bytes += JSON.stringify(row).length;
      if (bytes > limits.byteCap) {
        truncatedBy = "bytes";
        break;
      }
      rows.push(row);
      for (const [k, v] of rowNodes) nodes.set(k, v);
      for (const [k, v] of rowRels) rels.set(k, v);
      for (const [k, v] of rowIds) ids.set(k, v);
    }
    // Ends of relationships whose nodes were not returned: fetch them, so the drawing has both ends.
    const missing = [...new Set([...rels.values()].flatMap((r) => [r.source, r.target]))].filter((e) => !ids.has(e));
    if (missing.length > 0 && truncatedBy !== "bytes") {
      const ends = await session.run("MATCH (n) WHERE elementId(n) IN $missing RETURN n", { missing }, { timeout: limits.timeoutMs });
      for (const record of ends.records) toJson(record.get("n"), nodes, rels, ids);
    }
    const relationships = [...rels.values()].map((r) => ({
      ...r,
      source: ids.get(r.source) ?? r.source,
      target: ids.get(r.target) ?? r.target,
    }));
    return {
      columns,
      rows,
      truncated: truncatedBy !== undefined,
      ...(truncatedBy ? { truncatedBy } : {}),
      nodes: [...nodes.values()],
      relationships,
    };
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    // Neo4j 5.26 answers some malformed queries (an unclosed /* comment) with an internal error.
    if (code.startsWith("Neo.DatabaseError"))
      throw new CypherQueryError(`Neo4j could not run this query: ${String((e as Error).message).split("\n")[0]}`);
    throw e;
  } finally {
    await session.close();
  }
}
