/** GET /api/entities/{id}: one entity with its relationships (sources, as-of) and neighbours. */
import { createRoute, z } from "@hono/zod-openapi";
import { closestMatches } from "../../dataset/closest.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { localisedNames } from "../../model/names.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../model/vocabulary.ts";
import { ApiError } from "../errors.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse, NodeSchema, PropertiesSchema } from "../openapi.ts";

const route = createRoute({
  method: "get",
  path: "/api/entities/{id}",
  summary: "One entity, its relationships (with sources) and neighbours",
  request: {
    params: z.object({ id: z.string().min(1).max(200).openapi({ example: "prague-process" }) }),
    query: z.object({
      lang: z.enum(LOCALES).optional().openapi({
        description: "The language of the names (the node's name and shortName, the neighbours' names): en, fr, es; default en",
        example: "fr",
      }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          // The store's EntityDetails (store/types.ts), which the web client reads as its type too:
          // the handler returns it, so the compiler holds this schema to it.
          schema: z.object({
            node: NodeSchema,
            relationships: z.array(
              z.object({
                type: z.enum(RELATIONSHIP_TYPES),
                direction: z.enum(["out", "in"]),
                other: z.string(),
                properties: PropertiesSchema.and(z.object({ sources: z.array(z.string()), asOf: z.string() })),
              }),
            ),
            neighbours: z.array(z.object({ id: z.string(), label: z.enum(NODE_LABELS), name: z.string() })),
          }),
        },
      },
      description: "The entity",
    },
    400: errorResponse("An id longer than 200 characters, or an unknown lang"),
    404: errorResponse("No entity has this id (details.suggestions lists close ones)"),
    ...COMMON_ERRORS,
  },
});

export function entitiesRouter({ store }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const details = await store.entity(id);
    if (!details) {
      const catalog = await store.catalog();
      const suggestions = closestMatches(
        id,
        catalog.entries.flatMap((e) => [e.id, e.name].map((n) => [n, e.id] as [string, string])),
        3,
      );
      throw new ApiError(
        404,
        "not_found",
        `no entity has the id "${id}"${suggestions.length ? `; closest: ${suggestions.join(", ")}` : ""}`,
        {
          suggestions,
        },
      );
    }
    const { lang } = c.req.valid("query");
    if (!lang || lang === "en") return c.json(details, 200);
    // Names in the language asked for (sourced, else English: model/names.ts); ids and facts unchanged.
    const catalog = await store.catalog();
    const own = localisedNames(details.node.properties, lang, details.node.properties.name);
    return c.json(
      {
        ...details,
        node: { ...details.node, properties: { ...details.node.properties, ...own } },
        neighbours: details.neighbours.map((n) => ({ ...n, name: catalog.byId.get(n.id)?.localised[lang].name ?? n.name })),
      },
      200,
    );
  });
}
