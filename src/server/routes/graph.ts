/** GET /api/graph: every node and edge, gzipped once per graph, with the dataset hash as ETag. */
import { gzipSync } from "node:zlib";
import { createRoute, z } from "@hono/zod-openapi";
import { type ApiContext, COMMON_ERRORS, createRouter, EdgeSchema, NodeSchema } from "../openapi.ts";

const route = createRoute({
  method: "get",
  path: "/api/graph",
  summary: "The whole graph (ETag: the dataset hash)",
  responses: {
    200: {
      content: { "application/json": { schema: z.object({ hash: z.string(), nodes: z.array(NodeSchema), edges: z.array(EdgeSchema) }) } },
      description: "All entities and relationships",
    },
    304: { description: "Unchanged since the ETag sent in If-None-Match" },
    ...COMMON_ERRORS,
  },
});

export function graphRouter({ currentGraph }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const graph = await currentGraph();
    const { dataset, hash } = graph;
    const etag = `"${hash}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    // Compression turns the ETag weak (W/"…"); both forms name the same graph.
    const sent = (c.req.header("If-None-Match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (sent.includes(etag)) return c.body(null, 304);
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
}
