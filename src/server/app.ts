/**
 * The HTTP API (and, when built, the web app) on one Hono app. Inputs are validated by zod
 * schemas that also generate the OpenAPI 3.1 document at /api/openapi.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { serveStatic } from "@hono/node-server/serve-static";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { timeout } from "hono/timeout";
import { ANALYSES, type AnalysisDefinition, analysisCypher, analysisDescription, rawParamsSchema } from "../analyses/registry.ts";
import { runAnalysis } from "../analyses/run.ts";
import { searchCatalog } from "../analyses/search.ts";
import { closestMatches } from "../dataset/closest.ts";
import { datasetHash } from "../dataset/hash.ts";
import type { Dataset } from "../model/graph.ts";
import type { GraphStore } from "../store/types.ts";
import { ApiError, describeForLog, toApiError } from "./errors.ts";
import { type RequestGuards, requestGuards } from "./guards.ts";

export interface AppOptions {
  store: GraphStore;
  /** Host names served, request body and time limits (guards.ts has the defaults). */
  guards?: Partial<RequestGuards>;
  /** The built web app (vite build's dist/); omitted: API only. */
  webDir?: string;
  /** An origin allowed to call the API from a browser; omitted: no CORS headers at all. */
  corsOrigin?: string;
  /** Neo4j mode: how long /api/graph may serve a graph read earlier (default 5000 ms). */
  graphCacheMs?: number;
  /** Where to log unexpected errors (stderr by default). */
  log?: (message: string) => void;
}

const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi("Error");
const errorResponse = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });
const PropertiesSchema = z.record(z.string(), z.unknown()).openapi("Properties");
const NodeSchema = z.object({ id: z.string(), label: z.string(), properties: PropertiesSchema }).openapi("Node");
const EdgeSchema = z
  .object({ key: z.string(), source: z.string(), target: z.string(), type: z.string(), properties: PropertiesSchema })
  .openapi("Edge");

const routes = {
  health: createRoute({
    method: "get",
    path: "/api/health",
    summary: "Store kind, dataset hash and counts, Neo4j reachability",
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              status: z.enum(["ok", "degraded"]),
              store: z.enum(["memory", "neo4j"]),
              dataset: z.object({ hash: z.string(), nodes: z.number(), edges: z.number() }).nullable(),
              neo4j: z.object({ reachable: z.boolean() }).optional(),
            }),
          },
        },
        description: "The server and its store answer",
      },
      503: errorResponse("Neo4j mode and Neo4j is not reachable (the body is the health report)"),
    },
  }),
  graph: createRoute({
    method: "get",
    path: "/api/graph",
    summary: "The whole graph (ETag: the dataset hash)",
    responses: {
      200: {
        content: { "application/json": { schema: z.object({ hash: z.string(), nodes: z.array(NodeSchema), edges: z.array(EdgeSchema) }) } },
        description: "All entities and relationships",
      },
      304: { description: "Unchanged since the ETag sent in If-None-Match" },
      503: errorResponse("Neo4j is not reachable"),
    },
  }),
  entity: createRoute({
    method: "get",
    path: "/api/entities/{id}",
    summary: "One entity, its relationships (with sources) and neighbours",
    request: { params: z.object({ id: z.string().min(1).max(200).openapi({ example: "prague-process" }) }) },
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              node: NodeSchema,
              relationships: z.array(
                z.object({ type: z.string(), direction: z.enum(["out", "in"]), other: z.string(), properties: PropertiesSchema }),
              ),
              neighbours: z.array(z.object({ id: z.string(), label: z.string(), name: z.string() })),
            }),
          },
        },
        description: "The entity",
      },
      404: errorResponse("No entity has this id (details.suggestions lists close ones)"),
      503: errorResponse("Neo4j is not reachable"),
    },
  }),
  search: createRoute({
    method: "get",
    path: "/api/search",
    summary: "Search names, acronyms and aliases (fuzzy, ranked)",
    request: {
      query: z.object({
        q: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").openapi({ example: "Prague" }),
        limit: z.coerce
          .number()
          .int("must be a whole number")
          .min(1, "must be at least 1")
          .max(100, "must be at most 100")
          .optional()
          .openapi({ example: 10 }),
      }),
    },
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              query: z.string(),
              hits: z.array(z.object({ id: z.string(), label: z.string(), name: z.string(), matched: z.string(), score: z.number() })),
            }),
          },
        },
        description: "Hits, best first",
      },
      400: errorResponse("Missing or invalid q/limit"),
      503: errorResponse("Neo4j is not reachable"),
    },
  }),
  analyses: createRoute({
    method: "get",
    path: "/api/analyses",
    summary: "The named analyses and their parameters",
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              analyses: z.array(
                z.object({
                  name: z.string(),
                  description: z.string(),
                  columns: z.array(z.string()),
                  params: z.array(
                    z.object({
                      name: z.string(),
                      kind: z.string(),
                      required: z.boolean(),
                      description: z.string(),
                      labels: z.array(z.string()).optional(),
                    }),
                  ),
                }),
              ),
            }),
          },
        },
        description: "The analyses",
      },
    },
  }),
  cypher: createRoute({
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
              nodes: z.array(z.unknown()),
              relationships: z.array(z.unknown()),
            }),
          },
        },
        description: "Columns, rows (cut at the row cap: truncated), and the nodes/relationships met",
      },
      400: errorResponse("Invalid body or params, a refused query (not read-only by its plan), or a Cypher error"),
      403: errorResponse("A cross-origin request, or a Host that is not served"),
      408: errorResponse("The query ran out of time"),
      413: errorResponse("The body is over the size limit, or the query's result over the memory limit"),
      429: errorResponse("The console is running as many queries as it may; try again shortly"),
      501: errorResponse("Embedded mode: there is no Cypher engine"),
      503: errorResponse("Neo4j is not reachable"),
    },
  }),
};

function analysisRoute(def: AnalysisDefinition) {
  return createRoute({
    method: "get",
    path: `/api/analyses/${def.name}`,
    summary: analysisDescription(def.name),
    request: { query: rawParamsSchema(def) as unknown as z.ZodObject },
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              analysis: z.string(),
              store: z.string(),
              params: z.record(z.string(), z.unknown()),
              columns: z.array(z.string()),
              rows: z.array(z.record(z.string(), z.unknown())),
            }),
          },
        },
        description: `Rows with columns ${def.columns.join(", ")}`,
      },
      400: errorResponse("A missing or invalid parameter, or a name that matches nothing (details.suggestions)"),
      503: errorResponse("Neo4j is not reachable"),
    },
  });
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = new OpenAPIHono({
    // A request that fails its schema: 400 naming the field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((i) => ({
        field: i.path.join(".") || "(body)",
        message:
          i.code === "unrecognized_keys"
            ? `unknown parameter(s) ${i.keys.join(", ")}`
            : /received undefined/.test(i.message)
              ? "is required"
              : /received NaN/.test(i.message)
                ? "must be a number"
                : i.message,
      }));
      const message = problems.map((p) => `${p.field} ${p.message}`).join("; ");
      return c.json(new ApiError(400, "bad_request", message, { problems }).body(), 400);
    },
  });

  app.onError((error, c) => {
    const api = toApiError(error);
    if (api.status === 500) log(`error on ${c.req.method} ${c.req.path}: ${describeForLog(error)}`);
    else if (api.status === 503) log(`503 on ${c.req.method} ${c.req.path}: ${(error as Error).message}`);
    return c.json(api.body(), api.status);
  });
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? c.json(new ApiError(404, "not_found", `no such endpoint: ${c.req.method} ${c.req.path}`).body(), 404)
      : c.text("Not found", 404),
  );

  const guards = requestGuards({ corsOrigin: options.corsOrigin, ...options.guards });
  // Before anything else: a foreign Host (DNS rebinding) or a cross-origin write costs nothing.
  app.use("*", guards.hostAndOrigin);
  app.use("*", bodyLimit({ maxSize: guards.settings.maxBodyBytes, onError: guards.bodyTooLarge }));
  app.use("/api/*", timeout(guards.settings.requestTimeoutMs, guards.requestTimedOut));
  app.use("*", secureHeaders({ xFrameOptions: "DENY", referrerPolicy: "no-referrer", strictTransportSecurity: false }));
  app.use("*", async (c, next) => {
    await next();
    if (!c.req.path.startsWith("/api/")) c.header("Content-Security-Policy", CSP);
  });
  if (options.corsOrigin) app.use("/api/*", cors({ origin: options.corsOrigin }));
  app.use("/api/*", compress());

  // The dataset, its hash and its gzipped JSON: built once for the memory store (it never
  // changes); for Neo4j re-read at most every graphCacheMs, so a reload shows up within that.
  let cached: { dataset: Dataset; hash: string; gzip?: Buffer; at: number } | undefined;
  const graphCacheMs = options.graphCacheMs ?? 5000;
  const currentGraph = async () => {
    if (cached && (store.kind === "memory" || Date.now() - cached.at < graphCacheMs)) return cached;
    const dataset = await store.dataset();
    cached = { dataset, hash: datasetHash(dataset), at: Date.now() };
    return cached;
  };

  app.openapi(routes.health, async (c) => {
    if (!(await store.ping())) {
      return c.json({ status: "degraded" as const, store: store.kind, dataset: null, neo4j: { reachable: false } }, 503 as never);
    }
    const { dataset, hash } = await currentGraph();
    return c.json(
      {
        status: "ok" as const,
        store: store.kind,
        dataset: { hash, nodes: dataset.nodes.length, edges: dataset.edges.length },
        ...(store.kind === "neo4j" ? { neo4j: { reachable: true } } : {}),
      },
      200,
    );
  });

  app.openapi(routes.graph, async (c) => {
    const { dataset, hash } = await currentGraph();
    const etag = `"${hash}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    // Compression turns the ETag weak (W/"…"); both forms name the same graph.
    const sent = (c.req.header("If-None-Match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (sent.includes(etag)) return c.body(null, 304);
    const graph = await currentGraph();
    if (/\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
      // Compressed once per graph, not once per request (the compress middleware skips encoded bodies).
      graph.gzip ??= gzipSync(JSON.stringify({ hash, nodes: dataset.nodes, edges: dataset.edges }));
      c.header("Content-Encoding", "gzip");
      c.header("Content-Type", "application/json");
      c.header("Vary", "Accept-Encoding");
      return c.body(new Uint8Array(graph.gzip), 200) as never;
    }
    return c.json({ hash, nodes: dataset.nodes, edges: dataset.edges }, 200);
  });

  app.openapi(routes.entity, async (c) => {
    const { id } = c.req.valid("param");
    const details = await store.entity(id);
    if (!details) {
      const catalog = await store.catalog();
      const suggestions = closestMatches(
        id,
        catalog.entries.flatMap((e) => [e.id, e.name].map((n) => [n, e.id] as [string, string])),
        3,
      );
      throw new ApiError(
        404,
        "not_found",
        `no entity has the id "${id}"${suggestions.length ? `; closest: ${suggestions.join(", ")}` : ""}`,
        { suggestions },
      );
    }
    return c.json(details, 200);
  });

  app.openapi(routes.search, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json({ query: q, hits: searchCatalog(await store.catalog(), q, limit ?? 10) }, 200);
  });

  app.openapi(routes.analyses, (c) =>
    c.json(
      {
        analyses: (ANALYSES as readonly AnalysisDefinition[]).map((def) => ({
          name: def.name,
          description: analysisDescription(def.name),
          columns: def.columns,
          cypher: analysisCypher(def.name),
          params: def.params.map((p) => ({
            name: p.name,
            kind: p.kind,
            required: p.required,
            description: p.description,
            ...(p.kind === "entity" ? { labels: [...p.labels] } : {}),
          })),
        })),
      },
      200,
    ),
  );

  for (const def of ANALYSES as readonly AnalysisDefinition[]) {
    app.openapi(analysisRoute(def), async (c) =>
      c.json(await runAnalysis(store, def.name, c.req.valid("query") as Record<string, unknown>), 200),
    );
  }

  app.openapi(routes.cypher, async (c) => {
    if (!store.cypher) {
      throw new ApiError(
        501,
        "not_implemented",
        "the Cypher console needs Neo4j: start the server with NEO4J_URI set (see README, Neo4j), e.g. `npm run neo4j:start && npm run cli -- load`, then NEO4J_URI=… npm start",
      );
    }
    const { query, params } = c.req.valid("json");
    return c.json(await store.cypher.run(query, params ?? {}), 200);
  });

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "ISCM Atlas API",
      version: "1",
      description: "Inter-State consultation mechanisms on migration: the graph, search, named analyses and a read-only Cypher console.",
    },
  });

  if (options.webDir && existsSync(join(options.webDir, "index.html"))) {
    const webDir = options.webDir;
    const index = readFileSync(join(webDir, "index.html"), "utf8");
    app.use("/*", serveStatic({ root: relative(process.cwd(), webDir) || "." }));
    // The app's own routes (deep links) get index.html.
    app.get("*", (c) => (c.req.path.startsWith("/api/") ? c.notFound() : c.html(index)));
  }
  return app;
}
