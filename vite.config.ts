import { getRequestListener } from "@hono/node-server";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

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
  plugins: [atlasApi()],
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: process.env.HOST ?? "127.0.0.1", port: Number(process.env.PORT ?? 8080) },
  build: {
    outDir: "dist",
    // The benchmark's floor page is built beside the app (npm run bench:web compares the two).
    rollupOptions: { input: { main: "index.html", floor: "src/bench/floor/index.html" } },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      // Pure tests: parallel, no servers.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/**/*.neo4j.test.ts", "tests/**/*.e2e.test.ts"],
        },
      },
      // Tests against a real Neo4j: one database, so files run one after another.
      // The explorer in Debian's chromium against the real server.
      { extends: true, test: { name: "e2e", include: ["tests/**/*.e2e.test.ts"], fileParallelism: false } },
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
