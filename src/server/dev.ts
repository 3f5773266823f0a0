/** The API app for `npm run dev` (mounted by vite.config.ts), with the same settings as `npm start`. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { loadDataset } from "../dataset/build.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { Neo4jStore } from "../store/neo4j/store.ts";
import { createApp } from "./app.ts";
import { readServerConfig } from "./config.ts";

export async function createDevApp(): Promise<OpenAPIHono> {
  const config = readServerConfig();
  const store = process.env.NEO4J_URI ? Neo4jStore.connect(readNeo4jConfig()) : new MemoryStore(loadDataset());
  return createApp({ store, cypher: { timeoutMs: config.ATLAS_CYPHER_TIMEOUT_MS, rowCap: config.ATLAS_CYPHER_ROW_CAP } });
}
