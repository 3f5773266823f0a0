/**
 * npm start: the API and the web app on one port. Embedded store unless NEO4J_URI is set.
 * Builds the web app first when dist/ is missing or older than its sources.
 */
import { serve } from "@hono/node-server";
import { formatIssues, SeedValidationError } from "../dataset/errors.ts";
import { DIST } from "../paths.ts";
import { Neo4jConfigError, readNeo4jConfig } from "../store/neo4j/config.ts";
import { openStore } from "../store/open.ts";
import { createApp, warmUp } from "./app.ts";
import { ensureWebBuild } from "./build.ts";
import { allowedHosts, consoleSettings, readServerConfig, ServerConfigError } from "./config.ts";

async function main(): Promise<void> {
  const log = (m: string) => process.stderr.write(`${m}\n`);
  // Every setting is checked before anything slow happens.
  const config = readServerConfig();
  const neo4j = process.env.NEO4J_URI ? readNeo4jConfig() : undefined;
  await ensureWebBuild(log);
  const store = await openStore({ neo4j, neo4jMode: "serve", console: consoleSettings(config), log });
  const app = createApp({
    store,
    webDir: DIST,
    corsOrigin: config.ATLAS_CORS_ORIGIN,
    embedFrameAncestors: config.ATLAS_EMBED_FRAME_ANCESTORS,
    guards: { allowedHosts: allowedHosts(config) },
  });
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const origin = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${info.port}`;
    log(`ISCM Atlas on ${origin} (API: /api, OpenAPI: /api/openapi.json)`);
    // The graph's layout, its compressed JSON and the search catalogue: now, not for the first visitor.
    warmUp(app).then(
      (ms) => log(`ready: graph laid out and compressed, search catalogue built (${ms.toFixed(0)} ms)`),
      (e: Error) => log(`warning: ${e.message}`),
    );
  });
  server.on("error", (e: NodeJS.ErrnoException) => {
    log(e.code === "EADDRINUSE" ? `error: port ${config.PORT} is in use (set PORT)` : `error: ${e.message}`);
    process.exit(1);
  });
  const stop = () => {
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  if (e instanceof SeedValidationError) {
    for (const line of formatIssues(e.issues)) process.stderr.write(`${line}\n`);
    process.stderr.write("error: the seed is not valid; the server did not start.\n");
  } else if (e instanceof ServerConfigError || e instanceof Neo4jConfigError) {
    process.stderr.write(`error: ${e.message}\n`);
  } else {
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
  }
  process.exit(1);
});
