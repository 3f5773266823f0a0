/// <reference types="vitest/config" />
// Vitest's `test` settings are typed by the reference above, not imported: `npm run build` and
// `npm start` load this file in a production install, which has Vite but not Vitest.
import { getRequestListener } from "@hono/node-server";
import { defineConfig, type Plugin } from "vite";

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
    // Every browser the app supports has modulepreload; the polyfill would also tie the floor
    // page to the app's landing chunk.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The benchmark's floor page is built beside the app (npm run bench:web compares the two).
      input: { main: "index.html", floor: "src/bench/floor/index.html" },
      // What a page needs before its first picture comes in two files, not a dozen: browsers open
      // six connections per host, and a dozen small chunks arrived in waves. sigma and graphology
      // (shared with the floor) are one; the rest of the landing's static imports the other.
      // Whatever is imported dynamically (other views, exports, the layout worker) stays apart.
      output: {
        codeSplitting: {
          groups: [
            { name: "graph", test: /node_modules[\\/](sigma|graphology)[\\/]/, tags: ["$initial"], priority: 2 },
            { name: "landing", test: (id) => !/[\\/]src[\\/]bench[\\/]/.test(id), tags: ["$initial"], priority: 1 },
          ],
        },
      },
    },
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
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/**/*.e2e.test.ts"],
          fileParallelism: false,
          // A page's answer can take seconds on a busy 2-core machine: expect.poll's 1 s default
          // failed there on a details panel that came 1.5 s late. A test that needs longer says so.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: "neo4j",
          include: ["tests/**/*.neo4j.test.ts"],
          globalSetup: ["tests/setup/neo4j.ts"],
          fileParallelism: false,
          // A real Neo4j on a busy 2-core machine: loads, CLI processes and restarts inside a test
          // ran past 60 s there. A test that needs longer (two server starts) says so itself.
          testTimeout: 180_000,
        },
      },
    ],
  },
});
