/**
 * GET /api/membership: the full membership table as of a day (dataset/membership-table.ts) as
 * JSON, CSV or XLSX — the same rows the CLI's `membership` command writes — and /data-dictionary,
 * the page that says what each of its columns holds.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { Hono } from "hono";
import {
  MEMBERSHIP_COLUMN_NAMES,
  MEMBERSHIP_COLUMNS,
  membershipCsv,
  membershipFileName,
  membershipRows,
  membershipXlsx,
} from "../../dataset/membership-table.ts";
import { asOfDay, isPartialDate, PARTIAL_DATE_PATTERN } from "../../model/time.ts";
import { renderProfile } from "../../profiles/render.tsx";
import { type ApiContext, COMMON_ERRORS, createRouter, errorResponse } from "../openapi.ts";

export const MEMBERSHIP_FORMATS = ["json", "csv", "xlsx"] as const;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const route = createRoute({
  method: "get",
  path: "/api/membership",
  summary: "Every State–ISCM relationship that counts on a day: the full membership table (JSON, CSV or XLSX)",
  request: {
    query: z.strictObject({
      asOf: z.string().refine(isPartialDate, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD").optional().openapi({
        type: "string",
        pattern: PARTIAL_DATE_PATTERN,
        description: "the day: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)",
        example: "2019-06",
      }),
      format: z.enum(MEMBERSHIP_FORMATS).optional().openapi({ description: "json (default), csv or xlsx" }),
    }),
  },
  responses: {
    200: {
      content: {
        "application/json": {
          schema: z.object({
            asOf: z.string(),
            columns: z.array(z.string()),
            rows: z.array(z.record(z.string(), z.union([z.string(), z.array(z.string())]))),
          }),
        },
        "text/csv": { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
      },
      description: "The table; /data-dictionary says what each column holds",
    },
    400: errorResponse("A bad asOf or format (the message names the parameter)"),
    ...COMMON_ERRORS,
  },
});

export function membershipRouter({ currentGraph }: ApiContext) {
  return createRouter().openapi(route, async (c) => {
    const { asOf, format = "json" } = c.req.valid("query");
    const day = asOfDay(asOf ?? null);
    const rows = membershipRows((await currentGraph()).dataset, day);
    if (format === "json") return c.json({ asOf: day, columns: MEMBERSHIP_COLUMN_NAMES, rows }, 200);
    c.header("Content-Disposition", `attachment; filename="${membershipFileName(day, format)}"`);
    if (format === "csv") return c.body(membershipCsv(rows), 200, { "Content-Type": "text/csv; charset=utf-8" }) as never;
    return c.body(new Uint8Array(await membershipXlsx(rows, day)), 200, { "Content-Type": XLSX_TYPE }) as never;
  });
}

/** /data-dictionary: the membership table's columns, for people, in the profile pages' style. */
export function dataDictionaryRouter() {
  return new Hono().get("/data-dictionary", (c) =>
    c.html(
      renderProfile(
        {
          path: "/data-dictionary",
          title: "Data dictionary: the membership table",
          description:
            "The full membership table lists every relationship between a State and an inter-State consultation mechanism on migration that counts on a chosen day, one row per State, mechanism and role. Download it from the explorer's side panel (Membership table), or from /api/membership?asOf=YYYY-MM-DD&format=csv (or xlsx, or json); the CLI writes the same rows with npm run cli -- membership.",
          kind: "Data dictionary",
          asOf: "",
          explorerHref: "/",
          sections: [
            {
              heading: "Columns",
              blocks: [{ kind: "facts", facts: MEMBERSHIP_COLUMNS.map((col) => ({ term: col.name, value: [col.description] })) }],
            },
          ],
          footnotes: [],
        },
        "index",
      ),
    ),
  );
}
