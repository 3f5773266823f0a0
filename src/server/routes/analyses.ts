/**
 * GET /api/analyses (the list, with parameters and Cypher text) and GET /api/analyses/{name} for
 * each entry of the registry: its parameters as query fields, its rows typed by its columns.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { COLUMN_KINDS } from "../../analyses/contract.ts";
import { ANALYSES, type AnalysisDefinition, analysisCypher, analysisDescription, rawParamsSchema } from "../../analyses/registry.ts";
import { runAnalysis } from "../../analyses/run.ts";
import { localiseAnalysis } from "../../analyses/words.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { PARTIAL_DATE_PATTERN } from "../../model/time.ts";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse } from "../openapi.ts";

const listRoute = createRoute({
  method: "get",
  path: "/api/analyses",
  summary: "The named analyses: parameters, columns and their Cypher",
  request: {
    query: z.object({
      lang: z.enum(LOCALES).optional().openapi({
        description:
          "The language of the titles, summaries, column labels and parameter descriptions: en, fr, es; default en (names, Cypher and ids unchanged)",
      }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            analyses: z.array(
              z.object({
                name: z.string(),
                title: z.string().openapi({ description: "What the interface calls it" }),
                summary: z.string().openapi({ description: "One paragraph for people, without query vocabulary" }),
                description: z.string().openapi({ description: "The Cypher file's description (query vocabulary)" }),
                columns: z.array(z.string()),
                columnLabels: z
                  .record(
                    z.string(),
                    z.object({
                      label: z.string(),
                      unit: z.string().optional(),
                      kind: z.enum(COLUMN_KINDS).optional(),
                    }),
                  )
                  .openapi({ description: "Each column's label, unit and how its values read" }),
                cypher: z.string().openapi({ description: "cypher/queries/<name>.cypher, as a user pastes it into Neo4j Browser" }),
                params: z.array(
                  z.object({
                    name: z.string(),
                    kind: z.enum(["entity", "integer", "subregion", "date"]),
                    required: z.boolean(),
                    description: z.string(),
                    labels: z.array(z.string()).optional(),
                    bound: z
                      .enum(["start", "end"])
                      .optional()
                      .openapi({ description: "a date: resolved to the first or last day it may mean" }),
                  }),
                ),
              }),
            ),
          }),
        },
      },
      description: "The analyses",
    },
    400: errorResponse("An unknown lang"),
    ...COMMON_ERRORS,
  },
});

type OpenApiAware = z.ZodType & { openapi(meta: Record<string, unknown>): z.ZodType };

/** Example values by kind of entity, for the document (and for tools that try the API with it). */
const EXAMPLES: Record<string, string[]> = {
  State: ["ARM", "AZE"],
  ISCM: ["prague-process", "eap-panel", "budapest-process"],
  Theme: ["labour-migration"],
  subregion: ["Eastern Europe"],
};

/** The registry's parameter schema, with what OpenAPI needs to know of each field: integers and their bounds, examples. */
function querySchema(def: AnalysisDefinition) {
  const shape = rawParamsSchema(def).shape as Record<string, OpenApiAware>;
  const fields: Record<string, z.ZodType> = {};
  const used = new Map<string, number>();
  for (const p of def.params) {
    const field = shape[p.name] as OpenApiAware;
    if (p.kind === "integer") {
      fields[p.name] = field.openapi({ type: "integer", minimum: p.min, maximum: p.max, description: p.description });
      continue;
    }
    if (p.kind === "date") {
      fields[p.name] = field.openapi({
        type: "string",
        pattern: PARTIAL_DATE_PATTERN,
        description: p.description,
        example: "2019-06",
      });
      continue;
    }
    const kind = p.kind === "subregion" ? "subregion" : (p.labels[0] as string);
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    const example = EXAMPLES[kind]?.[n];
    fields[p.name] = field.openapi({
      type: "string",
      minLength: 1,
      pattern: "\\S",
      description: p.description,
      ...(example ? { example } : {}),
    });
  }
  return z.strictObject(fields);
}

/** Analyses that also answer at a path of their own, for people who look for them there. */
const SHORT_PATHS: Partial<Record<string, string>> = { changes: "/api/changes", currency: "/api/currency" };

function analysisRoute(def: AnalysisDefinition, path = `/api/analyses/${def.name}`) {
  return createRoute({
    method: "get",
    path,
    summary: analysisDescription(def.name),
    request: { query: querySchema(def) as unknown as z.ZodObject },
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              analysis: z.literal(def.name),
              store: z.enum(["memory", "neo4j"]),
              params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
              columns: z.array(z.string()),
              rows: z.array(def.row),
            }),
          },
        },
        description: `Rows with columns ${def.columns.join(", ")}`,
      },
      400: errorResponse("A missing, unknown or invalid parameter"),
      404: errorResponse("A name that matches no entity of the kind asked for (code unknown_entity; details.suggestions)"),
      ...COMMON_ERRORS,
    },
  });
}

export function analysesRouter({ store }: ApiContext) {
  const router = createRouter().openapi(listRoute, (c) => {
    const lang = c.req.valid("query").lang ?? "en";
    return c.json(
      {
        analyses: (ANALYSES as readonly AnalysisDefinition[]).map((def) =>
          localiseAnalysis(
            {
              name: def.name,
              title: def.title,
              summary: def.summary,
              description: analysisDescription(def.name),
              columns: def.columns,
              columnLabels: def.columnLabels,
              cypher: analysisCypher(def.name),
              params: def.params.map((p) => ({
                name: p.name,
                kind: p.kind,
                required: p.required,
                description: p.description,
                ...(p.kind === "entity" ? { labels: [...p.labels] } : {}),
                ...(p.kind === "date" ? { bound: p.bound } : {}),
              })),
            },
            lang,
          ),
        ),
      },
      200,
    );
  });
  for (const def of ANALYSES as readonly AnalysisDefinition[]) {
    for (const path of [`/api/analyses/${def.name}`, SHORT_PATHS[def.name]].filter((p): p is string => p !== undefined)) {
      router.openapi(analysisRoute(def, path), async (c) =>
        c.json((await runAnalysis(store, def.name, c.req.valid("query") as Record<string, unknown>)) as never, 200),
      );
    }
  }
  return router;
}
