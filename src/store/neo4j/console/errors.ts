/** What the read-only console can refuse or fail with; the API maps each to a 4xx (server/errors.ts). */

/** The query would write, administer, read files or call something not allowed (400). */
export class ForbiddenQueryError extends Error {}
/** A query Neo4j could not parse or run, reported to the user (400), not as a server failure. */
export class CypherQueryError extends Error {}
/** The query or its result went past a limit: time (408), memory or size (413), busy (429). */
export class ConsoleLimitError extends Error {
  constructor(
    readonly limit: "time" | "memory" | "busy",
    message: string,
    /** For "busy": seconds after which trying again makes sense (the API's Retry-After). */
    readonly retryAfterS?: number,
  ) {
    super(message);
  }
}
