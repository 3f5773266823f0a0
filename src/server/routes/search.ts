/** GET /api/search: fuzzy, ranked search over names, acronyms and aliases. */
import { createRoute, z } from "@hono/zod-openapi";
import { searchCatalog } from "../../analyses/search.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { NODE_LABELS } from "../../model/vocabulary.ts";
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
      label: z.enum(NODE_LABELS).optional().openapi({ description: "Only entities of this kind (ISCM, State, …)", example: "ISCM" }),
      lang: z
        .enum(LOCALES)
        .optional()
        .openapi({ description: "The language of the names returned (en, fr, es; default en); every language is searched", example: "fr" }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            query: z.string(),
            hits: z.array(
              z.object({
                id: z.string(),
                label: z.string(),
                name: z.string(),
                shortName: z
                  .string()
                  .openapi({ description: "The name people use first (an ISCM's usual short name)", example: "Rabat Process" }),
                matched: z.string(),
                match: z
                  .enum(["exact", "prefix", "word", "substring", "near"])
                  .openapi({ description: "How it matched; near: a near miss offered when the query matches nothing better, not a match" }),
                score: z.number(),
              }),
            ),
          }),
        },
      },
      description: "Hits, best first; with no match at all, the closest names as near misses",
    },
    400: errorResponse("Missing or invalid q/limit"),
    ...COMMON_ERRORS,
  },
});

export function searchRouter({ store }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const { q, limit, label, lang } = c.req.valid("query");
    return c.json({ query: q, hits: searchCatalog(await store.catalog(), q, limit ?? 10, label ? [label] : undefined, lang) }, 200);
  });
}
