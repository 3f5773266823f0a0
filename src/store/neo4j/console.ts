/**
 * The read-only Cypher console. Three locks, any one of which refuses a write:
 * 1. a text check before anything runs (write/admin clauses, procedures that write or administer,
 *    USE, LOAD CSV, several statements), with string literals and comments blanked first;
 * 2. EXPLAIN: Neo4j's own planner must classify the query as read-only ("r");
 * 3. the query runs in a READ-access session with a server-side transaction timeout.
 * Rows are streamed and cut at the row cap (`truncated: true`).
 */
import neo4j, { type Driver, isNode, isPath, isRelationship } from "neo4j-driver";

export class ForbiddenQueryError extends Error {}
/** A query Neo4j could not parse or run, reported to the user (400), not as a server failure. */
export class CypherQueryError extends Error {}

const FORBIDDEN: [RegExp, string][] = [
  [/\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH)\b/i, "writes data or schema"],
  [/\bLOAD\s+CSV\b/i, "LOAD CSV reads files"],
  [/\bUSE\b/i, "USE switches database"],
  [/\b(ALTER|GRANT|DENY|REVOKE|RENAME|START|STOP|TERMINATE|ENABLE)\b/i, "is an administration command"],
  [/\bSHOW\s+(USERS?|ROLES?|PRIVILEGES|CURRENT\s+USER|SERVERS?|ALIASES|TRANSACTIONS?|SETTINGS?)\b/i, "is an administration command"],
  [/\bIN\s+TRANSACTIONS\b/i, "runs its own transactions"],
  [
    /\b(dbms|apoc|gds|db\.create|db\.index\.fulltext\.(create|drop)|db\.clearQueryCaches|tx\.)\S*/i,
    "calls a procedure that is not allowed here",
  ],
];

/** Blanks string literals, quoted names and comments so that keywords inside them don't count. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/`[^`]*`/g, "x");
}

/** Throws ForbiddenQueryError naming the reason; returns the query trimmed of a final `;`. */
export function checkReadOnly(query: string): string {
  const trimmed = query.trim().replace(/;\s*$/, "");
  if (trimmed.length === 0) throw new ForbiddenQueryError("the query is empty");
  if (trimmed.length > 20_000) throw new ForbiddenQueryError("the query is longer than 20,000 characters");
  const code = codeOnly(trimmed);
  // Neo4j 5.26 answers an unclosed comment with an internal "UnknownError": catch it here.
  if (code.includes("/*")) throw new CypherQueryError("a comment starting with /* is not closed with */");
  if (/['"]/.test(code.replace(/''/g, ""))) throw new CypherQueryError("a string literal is not closed");
  if (code.includes(";")) throw new ForbiddenQueryError("only one statement is allowed (found ';')");
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) throw new ForbiddenQueryError("EXPLAIN and PROFILE are not available here");
  for (const [pattern, reason] of FORBIDDEN) {
    const m = pattern.exec(code);
    if (m) throw new ForbiddenQueryError(`refused: "${m[0]}" ${reason}; this console only reads`);
  }
  return trimmed;
}

export interface ConsoleOptions {
  timeoutMs: number;
  rowCap: number;
  database?: string;
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
  truncated: boolean;
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

/**
 * JSON has one number type; Cypher needs integers for LIMIT, SKIP, range()… Whole numbers are
 * therefore sent as Neo4j integers, other numbers as floats.
 */
function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

export async function runReadOnlyCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: ConsoleOptions,
): Promise<ConsoleResult> {
  const text = checkReadOnly(query);
  try {
    return await runChecked(driver, text, toCypherParams(params) as Record<string, unknown>, options);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (code.startsWith("Neo.DatabaseError"))
      throw new CypherQueryError(`Neo4j could not run this query: ${String((e as Error).message).split("\n")[0]}`);
    throw e;
  }
}

async function runChecked(driver: Driver, text: string, params: Record<string, unknown>, options: ConsoleOptions): Promise<ConsoleResult> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(1000, options.rowCap + 1),
  });
  try {
    const plan = await session.run(`EXPLAIN ${text}`, params, { timeout: options.timeoutMs });
    const kind = plan.summary.queryType;
    if (kind !== "r") throw new ForbiddenQueryError(`refused: Neo4j classifies this query as "${kind}", not read-only`);
    const nodes = new Map<string, ConsoleNode>();
    const rels = new Map<string, ConsoleRelationship>();
    const ids = new Map<string, string>();
    const rows: Record<string, unknown>[] = [];
    let columns: string[] = [];
    let truncated = false;
    const result = session.run(text, params, { timeout: options.timeoutMs });
    columns = (await result.keys()) as string[];
    for await (const record of result) {
      if (rows.length === options.rowCap) {
        truncated = true;
        break; // leaving the loop cancels the rest of the stream
      }
      rows.push(Object.fromEntries(record.keys.map((k) => [String(k), toJson(record.get(k), nodes, rels, ids)])));
    }
    // Ends of relationships whose nodes were not returned: fetch them, so the drawing has both ends.
    const missing = [...new Set([...rels.values()].flatMap((r) => [r.source, r.target]))].filter((e) => !ids.has(e));
    if (missing.length > 0) {
      const ends = await session.run("MATCH (n) WHERE elementId(n) IN $missing RETURN n", { missing }, { timeout: options.timeoutMs });
      for (const record of ends.records) toJson(record.get("n"), nodes, rels, ids);
    }
    // Relationships name their ends by the nodes' ids.
    const relationships = [...rels.values()].map((r) => ({
      ...r,
      source: ids.get(r.source) ?? r.source,
      target: ids.get(r.target) ?? r.target,
    }));
    return { columns, rows, truncated, nodes: [...nodes.values()], relationships };
  } finally {
    await session.close();
  }
}
