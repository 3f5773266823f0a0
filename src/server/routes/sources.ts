/**
 * GET /api/sources: every source with the source mix (the same figures as `validate`);
 * GET /api/sources/{id}: one source, cited, and every relationship it supports with its quote.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { closestMatches } from "../../dataset/closest.ts";
import { factsCiting, sourceMixOf } from "../../dataset/source-mix.ts";
import { citationText, SOURCE_KINDS } from "../../model/source.ts";
import { ApiError } from "../errors.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse, SourceSchema } from "../openapi.ts";

const MixSchema = z
  .object({
    relationships: z.number().int(),
    official: z.number().int().describe("with at least one official source"),
    secondaryOnly: z.number().int().describe("with a secondary source and no official one"),
    copyOnly: z.number().int().describe("with copies of official or secondary documents only"),
    inferredOnTertiaryOnly: z.number().int().describe("inferred (the reason in its note), on tertiary leads only"),
    tertiaryOnly: z.number().int().describe("stated on tertiary sources only: 0 (validate refuses them)"),
    sources: z.number().int(),
    sourcesByKind: z.object(
      Object.fromEntries(SOURCE_KINDS.map((k) => [k, z.number().int()])) as Record<(typeof SOURCE_KINDS)[number], z.ZodNumber>,
    ),
  })
  .openapi("SourceMix");

const listRoute = createRoute({
  method: "get",
  path: "/api/sources",
  summary: "Every source (publisher, title, date, kind) and how the relationships are sourced",
  responses: {
    200: {
      content: { "application/json": { schema: z.object({ mix: MixSchema, sources: z.array(SourceSchema) }) } },
      description: "The source registry and the source mix",
    },
    ...COMMON_ERRORS,
  },
});

const oneRoute = createRoute({
  method: "get",
  path: "/api/sources/{id}",
  summary: "One source, its citation, and every relationship it supports with the supporting words",
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ example: "iom-2019-iscm-assessment" }) }) },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            source: SourceSchema,
            citation: z.string(),
            facts: z.array(
              z.object({
                key: z.string(),
                type: z.string(),
                source: z.string(),
                target: z.string(),
                what: z.enum(["relationship", "start", "end"]),
                at: z.string().optional(),
                quote: z.string().optional(),
              }),
            ),
          }),
        },
      },
      description: "The source and what it supports",
    },
    400: errorResponse("An id longer than 200 characters"),
    404: errorResponse("No source has this id (details.suggestions lists close ones)"),
    ...COMMON_ERRORS,
  },
});

export function sourcesRouter({ currentGraph }: ApiContext) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const { dataset } = await currentGraph();
      return c.json({ mix: sourceMixOf(dataset), sources: dataset.sources ?? [] }, 200);
    })
    .openapi(oneRoute, async (c) => {
      const { id } = c.req.valid("param");
      const { dataset } = await currentGraph();
      const source = dataset.sources?.find((s) => s.id === id);
      if (!source) {
        const suggestions = closestMatches(
          id,
          (dataset.sources ?? []).map((s): [string, string] => [s.id, s.id]),
          3,
        );
        throw new ApiError(
          404,
          "not_found",
          `no source has the id "${id}"${suggestions.length ? `; closest: ${suggestions.join(", ")}` : ""}`,
          {
            suggestions,
          },
        );
      }
      const facts = factsCiting(dataset, id).map(({ edge, what, at, quote }) => ({
        key: edge.key,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        what,
        ...(at ? { at } : {}),
        ...(quote ? { quote } : {}),
      }));
      return c.json({ source, citation: citationText(source), facts }, 200);
    });
}
