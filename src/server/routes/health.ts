/** GET /api/health: the store, the graph's hash and counts, Neo4j's reachability. */
import { createRoute, z } from "@hono/zod-openapi";
import { type ApiContext, COMMON_ERRORS, createRouter } from "../openapi.ts";

const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    store: z.enum(["memory", "neo4j"]),
    dataset: z.object({ hash: z.string(), nodes: z.number().int(), edges: z.number().int() }).nullable(),
    neo4j: z.object({ reachable: z.boolean() }).optional(),
  })
  .openapi("Health");

const route = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Store kind, dataset hash and counts, Neo4j reachability",
  responses: {
    200: { content: { "application/json": { schema: HealthSchema } }, description: "The server and its store answer" },
    ...COMMON_ERRORS,
    503: {
      content: { "application/json": { schema: HealthSchema } },
      description: "The store does not answer (the body is the health report)",
    },
  },
});

export function healthRouter({ store, currentGraph }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    if (!(await store.ping())) {
      return c.json({ status: "degraded" as const, store: store.kind, dataset: null, neo4j: { reachable: false } }, 503);
    }
    const { dataset, hash } = await currentGraph();
    return c.json(
      {
        status: "ok" as const,
        store: store.kind,
        dataset: { hash, nodes: dataset.nodes.length, edges: dataset.edges.length },
        ...(store.kind === "neo4j" ? { neo4j: { reachable: true } } : {}),
      },
      200,
    );
  });
}
