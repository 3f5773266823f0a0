/**
 * The read-only Cypher console. Read-only is a property of the design, not of a text filter;
 * each lock refuses on its own:
 * 1. a real Cypher lexer finds every namespaced call: procedures outside an allowlist and
 *    functions not built into Neo4j are refused (tokens.ts);
 * 2. Neo4j's own plan (EXPLAIN): every operator must be a reading operator of an allowlist and
 *    every procedure in the plan allowlisted; the plan must be for the console's database (plan.ts);
 * 3. every loop inside an expression (range(), comprehensions, reduce) is bounded (bounds.ts):
 *    Neo4j's time limit stops a query between rows, never inside an expression;
 * 4. the query runs in a READ-access session with a server-side transaction timeout (run.ts);
 * 5. the server itself refuses file URLs and plugin procedures (tools/neo4j/AtlasNeo4j.java; the
 *    README lists the settings for Docker and Aura);
 * and it runs in capped worker threads (pool.ts), so no answer can stall the API, behind a
 * per-client limit (limit.ts), so no one client can take every worker.
 */
export { ConsoleLimitError, CypherQueryError, ForbiddenQueryError } from "./errors.ts";
export { type ConsoleSettings, CypherConsole, DEFAULT_CONSOLE_SETTINGS } from "./pool.ts";
export type { ConsoleNode, ConsoleRelationship, ConsoleResult } from "./run.ts";
