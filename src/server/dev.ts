/** The API app for `npm run dev` (mounted by vite.config.ts), with the same settings as `npm start`. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { readNeo4jConfig } from "../store/neo4j/config.ts";
import { openStore } from "../store/open.ts";
import { createApp } from "./app.ts";
import { allowedHosts, consoleSettings, readServerConfig } from "./config.ts";

export async function createDevApp(): Promise<OpenAPIHono> {
  const config = readServerConfig();
  const neo4j = process.env.NEO4J_URI ? readNeo4jConfig() : undefined;
  const store = await openStore({ neo4j, neo4jMode: "serve", console: consoleSettings(config), log: (m) => console.error(m) });
  return createApp({ store, corsOrigin: config.ATLAS_CORS_ORIGIN, guards: { allowedHosts: allowedHosts(config) } });
}
