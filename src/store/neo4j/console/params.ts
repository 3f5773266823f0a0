/**
 * Console parameters arrive as JSON. Before anything recursive touches them they are measured
 * without recursion: at most 32 levels deep and 10,000 values, so a hostile body cannot overflow
 * the stack. Whole numbers then go to Neo4j as integers (LIMIT, SKIP and range() need them).
 */
import neo4j from "neo4j-driver";

export const MAX_PARAM_DEPTH = 32;
export const MAX_PARAM_VALUES = 10_000;

/** Undefined if the parameters are acceptable, otherwise what is wrong with them. */
export function paramsProblem(params: unknown): string | undefined {
  const stack: [unknown, number][] = [[params, 0]];
  let values = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++values > MAX_PARAM_VALUES) return `has more than ${MAX_PARAM_VALUES.toLocaleString("en")} values`;
    if (depth > MAX_PARAM_DEPTH) return `is nested more than ${MAX_PARAM_DEPTH} levels deep`;
    if (value && typeof value === "object") for (const v of Object.values(value)) stack.push([v, depth + 1]);
  }
  return undefined;
}

/** JSON → Cypher parameter values; call only on parameters paramsProblem accepted. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}
