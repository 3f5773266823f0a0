/**
 * What every resource's routes share: the error shape, the graph's node and edge schemas, and a
 * router whose request validation answers 400 naming the field (hono-open-api-starter's
 * `createRouter`). The OpenAPI 3.1 document is generated from these same schemas.
 */

import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Positions } from "../dataset/layout.ts";
import type { Dataset } from "../model/graph.ts";
import type { GraphStore } from "../store/types.ts";
import { ApiError } from "./errors.ts";

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi("Error");

export const errorResponse = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

/** The errors any /api route can answer before or around its handler (guards.ts, errors.ts). */
export const COMMON_ERRORS = {
  403: errorResponse("A Host this server does not answer to, or a cross-origin write"),
  413: errorResponse("The request body is over the size limit"),
  503: errorResponse("Neo4j is not reachable or refuses the server's credentials, or the request took too long"),
};

export const PropertiesSchema = z.record(z.string(), z.unknown()).openapi("Properties");
export const NodeSchema = z.object({ id: z.string(), label: z.string(), properties: PropertiesSchema }).openapi("Node");
/** A source of seed/sources.json (model/source.ts, SourceRecord). */
export const SourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["official", "secondary", "copy", "tertiary"]),
    publisher: z.string().nullable(),
    title: z.string().nullable(),
    description: z.string().optional(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    retrieved: z.string().optional(),
    language: z.string().optional(),
    copyOf: z
      .object({ publisher: z.string(), title: z.string().nullable(), published: z.string().nullable(), url: z.string().optional() })
      .optional(),
    document: z.string().optional(),
    compilation: z.boolean().optional(),
    note: z.string().optional(),
  })
  .openapi("Source");

export const EdgeSchema = z
  .object({ key: z.string(), source: z.string(), target: z.string(), type: z.string(), properties: PropertiesSchema })
  .openapi("Edge");

/** A router for one resource; request validation failures are 400s naming each field. */
export function createRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((i) => ({
        field: i.path.join(".") || "(body)",
        message:
          i.code === "unrecognized_keys"
            ? `unknown parameter(s) ${i.keys.join(", ")}`
            : /received undefined/.test(i.message)
              ? "is required"
              : /received NaN/.test(i.message)
                ? "must be a number"
                : i.message,
      }));
      const message = problems.map((p) => `${p.field} ${p.message}`).join("; ");
      return c.json(new ApiError(400, "bad_request", message, { problems }).body(), 400);
    },
  });
}

/** What the handlers of every resource get: the store and the current graph (cached per store). */
export interface ApiContext {
  store: GraphStore;
  currentGraph(): Promise<CurrentGraph>;
}

export interface CurrentGraph {
  dataset: Dataset;
  hash: string;
  /** Its JSON gzipped, made once per graph by the first request that asks for it. */
  gzip?: Buffer;
  /** The same, with the names in French or Spanish (GET /api/graph?lang=), made on first ask. */
  gzipByLang?: Map<string, Buffer>;
  /** The network's first picture (dataset/layout.ts), computed once per graph when first asked. */
  positions?: Positions;
}
