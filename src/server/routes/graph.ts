/**
 * GET /api/graph: every node and edge with the network's first picture (positions computed once
 * per graph, dataset/layout.ts), gzipped once per graph, with the dataset hash as ETag.
 */
import { gzipSync } from "node:zlib";
import { createRoute, z } from "@hono/zod-openapi";
import { computeLayout } from "../../dataset/layout.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { localisedNames } from "../../model/names.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, EdgeSchema, errorResponse, NodeSchema, SourceSchema } from "../openapi.ts";

const route = createRoute({
  method: "get",
  path: "/api/graph",
  summary: "The whole graph (ETag: the dataset hash)",
  request: {
    query: z.object({
      lang: z.enum(LOCALES).optional().openapi({
        description:
          "The language of the nodes' `name` and `shortName` (sourced French or Spanish names, else English; model/names.ts): en, fr, es; default en. Ids, edges and sources never change.",
      }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            hash: z.string(),
            nodes: z.array(NodeSchema),
            edges: z.array(EdgeSchema),
            sources: z.array(SourceSchema).describe("Every source the edges' `sources` ids name (seed/sources.json)"),
            positions: z
              // An array of two, not a tuple: OpenAPI 3.1 has no tuple form in this generator's output.
              .record(z.string(), z.array(z.number()).length(2))
              .describe("Node id → [x, y]: a deterministic layout of this graph (the same hash, the same positions)"),
          }),
        },
      },
      description: "All entities and relationships, and where the network draws them first",
    },
    304: { description: "Unchanged since the ETag sent in If-None-Match" },
    400: errorResponse("An unknown lang"),
    ...COMMON_ERRORS,
  },
});

export function graphRouter({ currentGraph }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const graph = await currentGraph();
    const { dataset, hash } = graph;
    const lang = c.req.valid("query").lang ?? "en";
    // Another language is another representation of the same graph: its own ETag.
    const etag = lang === "en" ? `"${hash}"` : `"${hash}-${lang}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    // Compression turns the ETag weak (W/"…"); both forms name the same graph.
    const sent = (c.req.header("If-None-Match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (sent.includes(etag)) return c.body(null, 304);
    graph.positions ??= computeLayout(dataset);
    const nodes =
      lang === "en"
        ? dataset.nodes
        : dataset.nodes.map((n) => ({ ...n, properties: { ...n.properties, ...localisedNames(n.properties, lang, n.properties.name) } }));
    const body = () => ({
      hash,
      nodes,
      edges: dataset.edges,
      sources: dataset.sources ?? [],
      positions: graph.positions ?? {},
    });
    if (/\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
      // Compressed once per graph, not once per request (the compress middleware skips encoded bodies).
      let gzip: Buffer;
      if (lang === "en") gzip = graph.gzip ??= gzipSync(JSON.stringify(body()));
      else {
        graph.gzipByLang ??= new Map();
        gzip = graph.gzipByLang.get(lang) ?? gzipSync(JSON.stringify(body()));
        graph.gzipByLang.set(lang, gzip);
      }
      c.header("Content-Encoding", "gzip");
      c.header("Content-Type", "application/json");
      c.header("Vary", "Accept-Encoding");
      return c.body(new Uint8Array(gzip), 200) as never;
    }
    return c.json(body(), 200);
  });
}
