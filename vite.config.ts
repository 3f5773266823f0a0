import { getRequestListener } from "@hono/node-server";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { loadDataset } from "./src/dataset/build.ts";

/**
 * Until the HTTP API exists, the page gets the validated dataset as a build-time module:
 * a broken seed fails the build with the validator's messages instead of shipping a partial graph.
 */
function atlasDataset(): Plugin {
  const id = "virtual:atlas-dataset";
  return {
    name: "atlas-dataset",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => {
      if (resolved !== `\0${id}`) return undefined;
      const { nodes, edges } = loadDataset();
      // Only what the first page shows: the ISCM nodes and the totals.
      const page = { iscms: nodes.filter((n) => n.label === "ISCM"), nodeCount: nodes.length, edgeCount: edges.length };
      return `export default ${JSON.stringify(page)}`;
    },
  };
}

/**
 * `npm run dev`: Vite's hot reload with the real API behind /api (same app as `npm start`;
 * embedded store unless NEO4J_URI is set).
 */
function atlasApi(): Plugin {
  return {
    name: "atlas-api",
    apply: "serve",
    async configureServer(server) {
      const { createDevApp } = await import("./src/server/dev.ts");
      const listener = getRequestListener((await createDevApp()).fetch);
      server.middlewares.use((req, res, next) => (req.url?.startsWith("/api/") ? listener(req, res) : next()));
    },
  };
}

export default defineConfig({
  root: ".",
  plugins: [atlasDataset(), atlasApi()],
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: process.env.HOST ?? "127.0.0.1", port: Number(process.env.PORT ?? 8080) },
  build: { outDir: "dist" },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      // Pure tests: parallel, no servers.
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/**/*.neo4j.test.ts"] } },
      // Tests against a real Neo4j: one database, so files run one after another.
      {
        extends: true,
        test: {
          name: "neo4j",
          include: ["tests/**/*.neo4j.test.ts"],
          globalSetup: ["tests/setup/neo4j.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
