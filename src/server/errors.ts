/**
 * Every error the API returns has one shape: {"error": {"code", "message", "details"}}. Known
 * failures map to a status and a message a user can act on; anything else is a 500 whose
 * message says nothing of internals (the detail goes to the server log).
 */
import { HTTPException } from "hono/http-exception";
import { AnalysisUsageError } from "../analyses/run.ts";
import { UnknownEntityError } from "../dataset/catalog.ts";
import { Neo4jAccessError } from "../store/neo4j/connect.ts";
import { ConsoleLimitError, CypherQueryError, ForbiddenQueryError } from "../store/neo4j/console/index.ts";

export type ErrorCode =
  | "bad_request"
  | "unknown_entity"
  | "not_found"
  | "method_not_allowed"
  | "query_refused"
  | "cypher_error"
  | "query_timeout"
  | "query_too_large"
  | "payload_too_large"
  | "too_many_requests"
  | "forbidden"
  | "unavailable"
  | "not_implemented"
  | "not_available"
  | "neo4j_unavailable"
  | "internal";

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 408 | 413 | 429 | 501 | 503 | 500,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/**
 * Neo4j refused the query for its memory (per-transaction or global pool, or its heap ran out
 * while running it: Neo.TransientError.General.OutOfMemoryError): the query's fault, 413.
 */
const MEMORY_CODES =
  /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|TransactionMemoryLimit|MemoryLimitExceeded|General\.OutOfMemoryError/;

const TIMEOUT_CODES = [
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
];

/** Maps anything thrown while serving a request to an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // Hono's own input errors (malformed JSON, wrong content type) are the client's.
  if (error instanceof HTTPException) {
    if (error.status === 403) return new ApiError(403, "forbidden", error.message);
    if (error.status === 413) return new ApiError(413, "payload_too_large", error.message);
    if (error.status === 503) return new ApiError(503, "unavailable", error.message);
    if (error.status >= 400 && error.status < 500) return new ApiError(400, "bad_request", error.message || "bad request");
  }
  if (error instanceof UnknownEntityError) {
    // A name that names nothing is a reference to a resource that is not there: 404, with suggestions.
    return new ApiError(404, "unknown_entity", error.message, {
      parameter: error.parameter,
      value: error.value,
      suggestions: error.suggestions,
    });
  }
  if (error instanceof AnalysisUsageError) {
    // The CLI usage text after the blank line is for terminals; the API gives the first part.
    return new ApiError(400, "bad_request", error.message.split("\n\n")[0] as string);
  }
  if (error instanceof ForbiddenQueryError) return new ApiError(400, "query_refused", error.message);
  if (error instanceof CypherQueryError) return new ApiError(400, "cypher_error", error.message);
  if (error instanceof ConsoleLimitError) {
    if (error.limit === "time") return new ApiError(408, "query_timeout", error.message);
    if (error.limit === "memory") return new ApiError(413, "query_too_large", error.message);
    return new ApiError(429, "too_many_requests", error.message);
  }
  const code = (error as { code?: string }).code ?? "";
  if (MEMORY_CODES.test(code)) {
    return new ApiError(
      413,
      "query_too_large",
      "the query needs more memory than Neo4j allows one transaction; return fewer rows or values (add LIMIT, aggregate)",
    );
  }
  if (error instanceof Neo4jAccessError) {
    if (error.failure === "unavailable")
      return new ApiError(503, "neo4j_unavailable", "Neo4j is not reachable at the moment; try again shortly.");
    if (error.code && TIMEOUT_CODES.includes(error.code)) return new ApiError(408, "query_timeout", "the query ran out of time");
    if (error.code?.startsWith("Neo.ClientError.Statement"))
      return new ApiError(400, "cypher_error", error.message.replace(/^Neo4j at [^:]+\):\s*/, ""));
    if (error.failure === "credentials")
      return new ApiError(
        503,
        "neo4j_unavailable",
        "Neo4j rejected the server's credentials (NEO4J_USERNAME / NEO4J_PASSWORD); the server's settings must be fixed.",
      );
    if (error.failure === "database")
      return new ApiError(503, "neo4j_unavailable", "the server's database (NEO4J_DATABASE) does not exist in Neo4j.");
    return new ApiError(503, "neo4j_unavailable", "Neo4j refused the request; the server log has its reason.");
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new ApiError(503, "neo4j_unavailable", "Neo4j is not reachable at the moment; try again shortly.");
  }
  if (TIMEOUT_CODES.includes(code)) return new ApiError(408, "query_timeout", "the query ran out of time");
  if (code === "Neo.ClientError.Statement.AccessMode")
    return new ApiError(400, "query_refused", "refused: the query tried to write; this console only reads");
  if (code.startsWith("Neo.ClientError.Statement") || code.startsWith("Neo.ClientError.Procedure")) {
    // Syntax and type errors: Neo4j's message is what the user needs to fix the query.
    return new ApiError(400, "cypher_error", String((error as Error).message).split("\n")[0] as string, { neo4jCode: code });
  }
  return new ApiError(500, "internal", "internal error; the server log has the details");
}

/** An error with its chain of causes, for the server log (the response never carries it). */
export function describeForLog(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const e = current as { stack?: string; code?: string; cause?: unknown };
    parts.push(`${depth === 0 ? "" : "caused by: "}${e.stack ?? String(current)}${e.code ? ` [${e.code}]` : ""}`);
    current = e.cause;
  }
  return parts.join("\n");
}
