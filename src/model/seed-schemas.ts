/**
 * zod schemas of the human-edited files in seed/. Objects are strict so that a mistyped
 * field name is an error rather than a silently ignored fact.
 */
import { z } from "zod";
import { parseSource, SOURCE_FORMS } from "./source.ts";
import { ISCM_STATUSES, ISCM_TYPES } from "./vocabulary.ts";

const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });
/** A date at the precision the source gives: year, year-month or a full day. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  error: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
});
export const sourceString = z.string().refine((s) => parseSource(s) !== undefined, {
  error: `is not a source: use ${SOURCE_FORMS}`,
});
const sources = z.array(sourceString, { error: "sources must be a list" }).min(1, {
  error: "every fact needs at least one source",
});

/** The endpoint keys an edge entry may name, and the node kind each one refers to. */
export const ENDPOINT_KEYS = { state: "State", org: "Organization", union: "RegionalUnion", iscm: "ISCM" } as const;
export type EndpointKey = keyof typeof ENDPOINT_KEYS;

const edgeFields = {
  sources,
  asOf: partialDate,
  since: partialDate.optional(),
  until: partialDate.optional(),
  note: nonEmpty.optional(),
  role: nonEmpty.optional(),
  via: nonEmpty.optional(),
};

/** One relationship line: `{"state": "ALB", "sources": [...], "asOf": "2018"}`. */
function edgeEntry<const K extends EndpointKey>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, nonEmpty.optional()])) as Record<K, z.ZodOptional<typeof nonEmpty>>;
  return z.strictObject({ ...shape, ...edgeFields }).superRefine((entry, ctx) => {
    const present = keys.filter((k) => (entry as Record<string, unknown>)[k] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `needs exactly one of ${keys.map((k) => `"${k}"`).join(", ")} (found ${present.length})`,
      });
    }
    const { since, until } = entry as { since?: string; until?: string };
    if (since && until && since > until) {
      ctx.addIssue({ code: "custom", path: ["until"], message: `is before since (${since})` });
    }
  });
}
export type EdgeEntry = z.infer<ReturnType<typeof edgeEntry<EndpointKey>>>;

const gap = z.strictObject({ text: nonEmpty, sources });

export const annex2Schema = z.strictObject({
  line: z.number().int().positive(),
  row: z.number().int().positive(),
  name: nonEmpty,
  type: nonEmpty,
  memberStates: z.number().int().nonnegative(),
  yearEstablished: nonEmpty,
  regionsCovered: z.array(nonEmpty),
  associated: z.array(nonEmpty),
  chair: nonEmpty,
  secretariats: z.array(nonEmpty),
  roleOfIOM: z.array(nonEmpty),
});

export const iscmFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lower-case slug such as prague-process" }),
  name: nonEmpty,
  acronym: nonEmpty.nullable(),
  aliases: z.array(nonEmpty),
  type: z.enum(ISCM_TYPES),
  status: z.enum(ISCM_STATUSES),
  statusNote: nonEmpty.optional(),
  yearEstablished: z.number().int().min(1900).max(2100).nullable(),
  regionsCovered: z.array(nonEmpty),
  declaredMemberCount: z.number().int().nonnegative().nullable(),
  declaredMemberCountAsOf: partialDate.nullable(),
  memberCountNote: nonEmpty.optional(),
  roleOfIOM: z.array(nonEmpty),
  website: z.url().optional(),
  annex2: annex2Schema.nullable(),
  membersAsOf: partialDate.nullable(),
  membersAsOfNote: nonEmpty.nullable(),
  membersSources: z.array(z.strictObject({ url: z.url(), excerpt: z.string(), what: z.string().optional() })),
  notes: z.string(),
  members: z.array(edgeEntry(["state", "org"] as const)),
  observers: z.array(edgeEntry(["state", "org", "union"] as const)),
  secretariats: z.array(edgeEntry(["org", "state"] as const)),
  chairs: z.array(edgeEntry(["state", "org"] as const)),
  associatedWith: z.array(edgeEntry(["union", "org"] as const)),
  cooperatesWith: z.array(edgeEntry(["iscm", "org", "union"] as const)),
  succeeds: z.array(edgeEntry(["iscm"] as const)),
  gaps: z.array(gap),
});
export type IscmFile = z.infer<typeof iscmFileSchema>;

export const unionFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lower-case slug such as eu" }),
  name: nonEmpty,
  acronym: nonEmpty.nullable(),
  kind: nonEmpty,
  otherNames: z.array(nonEmpty),
  membersAsOfNote: nonEmpty,
  membershipChanges: z.array(z.record(z.string(), z.unknown())),
  notes: z.string().nullable(),
  sources: z.array(z.strictObject({ url: z.url(), excerpt: z.string() })),
  members: z.array(edgeEntry(["state"] as const)),
});
export type UnionFile = z.infer<typeof unionFileSchema>;

export const organizationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lower-case slug such as iom" }),
  name: nonEmpty,
  acronym: nonEmpty.nullable(),
  kind: nonEmpty,
  otherNames: z.array(nonEmpty),
  sources,
  notes: z.string().nullable(),
});
export const organizationsFileSchema = z.array(organizationSchema);
export type Organization = z.infer<typeof organizationSchema>;

export const themesFileSchema = z.strictObject({
  source: sourceString,
  asOf: partialDate,
  columns: z.array(nonEmpty),
  notInTable: z.array(nonEmpty),
  note: z.string(),
  themes: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      name: nonEmpty,
      line: z.number().int().positive(),
      iscms: z.array(nonEmpty),
      uncertain: z.array(nonEmpty).optional(),
      defect: nonEmpty.optional(),
      rawCells: nonEmpty.optional(),
    }),
  ),
});
export type ThemesFile = z.infer<typeof themesFileSchema>;

/** The documents a source may cite: seed documents (../shared/seeds) and reference files (../shared/reference). */
export const documentsFileSchema = z.strictObject({
  documents: z.array(
    z.strictObject({
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
      title: nonEmpty,
      publisher: nonEmpty,
      year: z.number().int(),
    }),
  ),
  references: z.array(z.string().regex(/^[a-z0-9-]+\.json$/)),
});

export const statesFileSchema = z.strictObject({
  note: z.string(),
  /** our id → the package's cca3, where they differ (Kosovo). */
  codeMap: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[A-Z]{3}$/)),
  overrides: z.record(z.string().regex(/^[A-Z]{3}$/), z.strictObject({ name: nonEmpty.optional(), note: nonEmpty.optional() })),
});

/** Extra name variants (as spelled in the sources) → the id they mean. */
export const aliasesFileSchema = z.record(nonEmpty, nonEmpty);
