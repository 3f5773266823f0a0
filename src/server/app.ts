/**
 * The HTTP API (and, when built, the web app) on one Hono app: the guards every request passes,
 * one router per resource (routes/), errors in one shape, the OpenAPI 3.1 document generated from
 * the routes' schemas at /api/openapi.json, and the static app with its deep links.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { timeout } from "hono/timeout";
import { datasetHash } from "../dataset/hash.ts";
import { renderErrorPage } from "../profiles/render.tsx";
import { Neo4jAccessError } from "../store/neo4j/connect.ts";
import type { GraphStore } from "../store/types.ts";
import { ApiError, describeForLog, toApiError } from "./errors.ts";
import { type RequestGuards, requestGuards } from "./guards.ts";
import { type ApiContext, type CurrentGraph, createRouter } from "./openapi.ts";
import { analysesRouter } from "./routes/analyses.ts";
import { cypherRouter } from "./routes/cypher.ts";
import { embedFraming, embedRouter } from "./routes/embed.ts";
import { entitiesRouter } from "./routes/entities.ts";
import { graphRouter } from "./routes/graph.ts";
import { healthRouter } from "./routes/health.ts";
import { dataDictionaryRouter, membershipRouter } from "./routes/membership.ts";
import { pagesRouter } from "./routes/pages.ts";
import { searchRouter } from "./routes/search.ts";
import { sourcesRouter } from "./routes/sources.ts";

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
  /** Which sites may frame /embed/* (a CSP frame-ancestors source list; default "*": any). The rest is never framed. */
  embedFrameAncestors?: string;
  /** Where to log unexpected errors (stderr by default). */
  log?: (message: string) => void;
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

/**
 * Powerful browser features the atlas never uses, denied to its pages and anything they embed:
 * a script injected despite the CSP still cannot reach a camera, a microphone or a location.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** What an error page says, per status, on the routes outside /api (pages for people, not JSON). */
const PAGE_TITLES: Partial<Record<number, string>> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  413: "Request too large",
  503: "Database unavailable",
};

/**
 * The dataset and its hash: once for the embedded store (it never changes), for Neo4j read again
 * at most every `cacheMs`. An unchanged hash keeps the graph object, and with it what was made
 * from it once (its gzipped JSON, its layout).
 */
function graphCache(store: GraphStore, cacheMs: number): () => Promise<CurrentGraph> {
  let cached: CurrentGraph | undefined;
  let readAt = 0;
  return async () => {
    if (cached && (store.kind === "memory" || Date.now() - readAt < cacheMs)) return cached;
    const dataset = await store.dataset();
    const hash = datasetHash(dataset);
    readAt = Date.now();
    if (cached?.hash !== hash) cached = { dataset, hash };
    return cached;
  };
}

/**
 * What the first visitor would otherwise wait for, made now: the graph's layout and compressed
 * JSON, and the search catalogue. Resolves to the milliseconds it took. `npm start` calls it once
 * listening; the web benchmark before it measures.
 */
export async function warmUp(app: OpenAPIHono): Promise<number> {
  const started = performance.now();
  const headers = { Host: "localhost", "Accept-Encoding": "gzip" };
  for (const path of ["/api/graph", "/api/search?q=warm"]) {
    const response = await app.request(path, { headers });
    if (!response.ok) throw new Error(`warming ${path}: ${response.status}`);
    await response.arrayBuffer();
  }
  return performance.now() - started;
}

/** `/api/entities/{id}` → a pattern matching `/api/entities/anything`. */
const pathPattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+").replace(/\./g, "\\.")}$`);

export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = createRouter();

  app.onError((error, c) => {
    const api = toApiError(error);
    if (api.status === 500) log(`error on ${c.req.method} ${c.req.path}: ${describeForLog(error)}`);
    // Neo4j's own outages are logged once per change of state by the store (store/neo4j/backoff.ts).
    else if (api.status === 503 && !(error instanceof Neo4jAccessError))
      log(`503 on ${c.req.method} ${c.req.path}: ${(error as Error).message}`);
    if (c.req.path.startsWith("/api/")) return c.json(api.body(), api.status);
    // Pages (profiles, their Markdown and CSV, the app) answer people: an HTML page. On these
    // routes only the database can keep a request waiting, so a 503 says it is unavailable.
    const title = PAGE_TITLES[api.status] ?? "Something went wrong";
    const reason = api.message.replace(/\.$/, "");
    const description =
      api.status === 503
        ? `The database behind the atlas is unavailable, so this page could not be made: ${reason}. Try again in a moment.`
        : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
    return c.html(renderErrorPage(api.status, title, description), api.status);
  });

  const guards = requestGuards({ corsOrigin: options.corsOrigin, ...options.guards });
  // Before anything else: a foreign Host (DNS rebinding) or a cross-origin write costs nothing.
  app.use("*", guards.hostAndOrigin);
  app.use("*", bodyLimit({ maxSize: guards.settings.maxBodyBytes, onError: guards.bodyTooLarge }));
  // Registered before the headers below, so it runs after them: embeds may be framed.
  app.use("/embed/*", embedFraming(options.embedFrameAncestors));
  app.use("*", secureHeaders({ xFrameOptions: "DENY", referrerPolicy: "no-referrer", strictTransportSecurity: false }));
  app.use("*", async (c, next) => {
    await next();
    if (c.req.path.startsWith("/api/")) return;
    c.header("Content-Security-Policy", CSP);
    c.header("Permissions-Policy", PERMISSIONS_POLICY);
  });
  // Every route has a deadline, the API's and the pages' alike (a frozen Neo4j must not hang a
  // page). Inside the header middlewares, so the 503 it gives carries their headers too.
  app.use("*", timeout(guards.settings.requestTimeoutMs, guards.requestTimedOut));
  if (options.corsOrigin) app.use("/api/*", cors({ origin: options.corsOrigin }));
  app.use("/api/*", compress());

  const context: ApiContext = { store, currentGraph: graphCache(store, options.graphCacheMs ?? 5000) };
  for (const router of [
    healthRouter,
    graphRouter,
    entitiesRouter,
    sourcesRouter,
    searchRouter,
    analysesRouter,
    membershipRouter,
    cypherRouter,
  ]) {
    app.route("/", router(context));
  }
  // Profile pages (HTML rendered here, Markdown, CSV): outside /api, before the app's deep links.
  app.route("/", pagesRouter(context));
  app.route("/", embedRouter(context));
  app.route("/", dataDictionaryRouter());

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "ISCM Atlas API",
      version: "1",
      description:
        "Inter-State consultation mechanisms on migration: the graph, search, the named analyses (typed rows) and a read-only Cypher console. " +
        "Every error has the shape {error: {code, message, details?}}. Requests must name an allowed Host; cross-origin writes and bodies over 64 KB are refused.",
    },
  });

  // A known /api path asked with a method it does not have: 405 with Allow, not 404. The known
  // paths and methods are the document's own.
  const methodsByPath = new Map<string, Set<string>>([["/api/openapi.json", new Set(["GET", "HEAD"])]]);
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== "route") continue;
    const methods = methodsByPath.get(def.route.path) ?? new Set<string>();
    const method = def.route.method.toUpperCase();
    methods.add(method);
    if (method === "GET") methods.add("HEAD");
    methodsByPath.set(def.route.path, methods);
  }
  const patterns = [...methodsByPath].map(([path, methods]) => [pathPattern(path), methods] as const);
  app.notFound((c) => {
    if (!c.req.path.startsWith("/api/")) return c.text("Not found", 404);
    const methods = patterns.find(([pattern]) => pattern.test(c.req.path))?.[1];
    if (methods) {
      c.header("Allow", [...methods].join(", "));
      return c.json(
        new ApiError(
          405,
          "method_not_allowed",
          `${c.req.method} is not allowed on ${c.req.path}; allowed: ${[...methods].join(", ")}`,
        ).body(),
        405,
      );
    }
    return c.json(new ApiError(404, "not_found", `no such endpoint: ${c.req.method} ${c.req.path}`).body(), 404);
  });

  if (options.webDir && existsSync(join(options.webDir, "index.html"))) {
    const webDir = options.webDir;
    const index = readFileSync(join(webDir, "index.html"), "utf8");
    app.use(
      "/*",
      serveStatic({
        root: relative(process.cwd(), webDir) || ".",
        // dist/**/*.br and *.gz, made at build time (build.ts), for browsers that accept them.
        precompressed: true,
        // Hashed assets never change under their name; everything else is asked again each time.
        onFound: (path, c) => {
          c.header("Cache-Control", /\/assets\//.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
        },
      }),
    );
    // The app's own routes (deep links) get index.html.
    app.get("*", (c) => {
      if (c.req.path.startsWith("/api/")) return c.notFound();
      c.header("Cache-Control", "no-cache");
      return c.html(index);
    });
  }
  return app;
}
