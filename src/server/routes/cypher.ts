/** POST /api/cypher: the read-only Cypher console (Neo4j mode; store/neo4j/console/). */
import { getConnInfo } from "@hono/node-server/conninfo";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ConsoleLimitError } from "../../store/neo4j/console/index.ts";
import { ApiError } from "../errors.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse } from "../openapi.ts";

const route = createRoute({
  method: "post",
  path: "/api/cypher",
  summary: "Run a read-only Cypher query (Neo4j mode only)",
  request: {
    body: {
      content: {
        "application/json": {
          schema: z.object({
            query: z
              .string()
              .min(1, "must not be empty")
              .max(20_000, "must be at most 20,000 characters")
              .openapi({ example: "MATCH (i:ISCM) RETURN i.name LIMIT 5" }),
            params: z.record(z.string(), z.unknown()).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            columns: z.array(z.string()),
            rows: z.array(z.record(z.string(), z.unknown())),
            truncated: z.boolean(),
            truncatedBy: z.enum(["rows", "bytes"]).optional(),
            nodes: z.array(z.unknown()),
            relationships: z.array(z.unknown()),
          }),
        },
      },
      description: "Columns, rows (cut at the row or byte cap: truncated), and the nodes/relationships met",
    },
    400: errorResponse("Invalid body or params, a refused query (not read-only by its plan), or a Cypher error"),
    ...COMMON_ERRORS,
    408: errorResponse("The query ran out of time"),
    413: errorResponse("The body is over the size limit, or the query's result over the memory limit"),
    429: errorResponse("The console, or this client's share of it, is running as many queries as it may (Retry-After: seconds to wait)"),
  },
});

/**
 * By capability: a store that runs Cypher gets the console (and its place in the OpenAPI
 * document); the embedded store gets a 404 that says how to switch Neo4j on.
 */
export function cypherRouter({ store }: ApiContext) {
  const console = store.cypher;
  if (!console) {
    return createRouter().post(route.path, () => {
      throw new ApiError(
        404,
        "not_available",
        "the Cypher console needs Neo4j: start the server with NEO4J_URI set (see README, Neo4j), e.g. `npm run neo4j:start && npm run cli -- load`, then NEO4J_URI=… npm start",
      );
    });
  }
  return createRouter().openapi(route, async (c) => {
    const { query, params } = c.req.valid("json");
    try {
      return c.json(await console.run(query, params ?? {}, clientOf(c)), 200);
    } catch (e) {
      if (e instanceof ConsoleLimitError && e.retryAfterS !== undefined) c.header("Retry-After", String(e.retryAfterS));
      throw e;
    }
  });
}

/** The client, for the console's per-client limit: the peer's address (behind a proxy, the proxy's). */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // no socket: a request made in-process (app.request)
  }
}
