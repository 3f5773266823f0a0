/**
 * npm start: the API and the web app on one port. Embedded store unless NEO4J_URI is set.
 * Builds the web app first when dist/ is missing or older than its sources.
 */
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { buildDataset, DEFAULT_SEED_DIR } from "../dataset/build.ts";
import { formatIssue, SeedValidationError } from "../dataset/errors.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { describeTarget, type Neo4jConfig, Neo4jConfigError, REPO_ROOT, readNeo4jConfig } from "../store/neo4j/config.ts";
import { Neo4jStore } from "../store/neo4j/store.ts";
import type { GraphStore } from "../store/types.ts";
import { createApp } from "./app.ts";
import { ensureWebBuild } from "./build.ts";
import { readServerConfig, ServerConfigError } from "./config.ts";

const DIST = join(REPO_ROOT, "dist");

async function openStore(neo4j: Neo4jConfig | undefined, log: (m: string) => void): Promise<GraphStore> {
  if (neo4j) {
    const config = neo4j;
    const store = Neo4jStore.connect(config);
    log(`store: Neo4j at ${describeTarget(config)}${(await store.ping()) ? "" : " — NOT REACHABLE yet: the API answers 503 until it is"}`);
    return store;
  }
  const built = buildDataset(DEFAULT_SEED_DIR);
  if (!built.dataset) throw new SeedValidationError(built.issues);
  log(`store: embedded (seed ${built.hash}; set NEO4J_URI to use Neo4j)`);
  return new MemoryStore(built.dataset);
}

async function main(): Promise<void> {
  const log = (m: string) => process.stderr.write(`${m}\n`);
  // Every setting is checked before anything slow happens.
  const config = readServerConfig();
  const neo4j = process.env.NEO4J_URI ? readNeo4jConfig() : undefined;
  await ensureWebBuild(log);
  const store = await openStore(neo4j, log);
  const app = createApp({
    store,
    cypher: { timeoutMs: config.ATLAS_CYPHER_TIMEOUT_MS, rowCap: config.ATLAS_CYPHER_ROW_CAP },
    webDir: DIST,
    corsOrigin: config.ATLAS_CORS_ORIGIN,
  });
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    log(
      `ISCM Atlas on http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${info.port} (API: /api, OpenAPI: /api/openapi.json)`,
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
    for (const issue of e.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write("error: the seed is not valid; the server did not start.\n");
  } else if (e instanceof ServerConfigError || e instanceof Neo4jConfigError) {
    process.stderr.write(`error: ${e.message}\n`);
  } else {
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
  }
  process.exit(1);
});
