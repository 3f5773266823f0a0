/** GET /api/search: fuzzy, ranked search over names, acronyms and aliases. */
import { createRoute, z } from "@hono/zod-openapi";
import { searchCatalog } from "../../analyses/search.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse } from "../openapi.ts";

const route = createRoute({
  method: "get",
  path: "/api/search",
  summary: "Search names, acronyms and aliases (fuzzy, ranked)",
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1, "must not be empty")
        .max(200, "must be at most 200 characters")
        .openapi({ pattern: "\\S", example: "Prague" }),
      limit: z.coerce
        .number()
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(100, "must be at most 100")
        .optional()
        .openapi({ type: "integer", minimum: 1, maximum: 100, example: 10 }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            query: z.string(),
            hits: z.array(z.object({ id: z.string(), label: z.string(), name: z.string(), matched: z.string(), score: z.number() })),
          }),
        },
      },
      description: "Hits, best first",
    },
    400: errorResponse("Missing or invalid q/limit"),
    ...COMMON_ERRORS,
  },
});

export function searchRouter({ store }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json({ query: q, hits: searchCatalog(await store.catalog(), q, limit ?? 10) }, 200);
  });
}
