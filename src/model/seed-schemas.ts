/**
 * zod schemas of the human-edited files in seed/. Objects are strict so that a mistyped
 * field name is an error rather than a silently ignored fact.
 */
import { z } from "zod";
import { SOURCE_KINDS } from "./source.ts";
import { heldWindow, isPartialDate } from "./time.ts";
import { ISCM_STATUSES, ISCM_TYPES, RELATIONSHIP_TYPES } from "./vocabulary.ts";

/** What can happen to a mechanism or union itself (a `statusChanges` entry); their words: change-words.ts. */
export const STATUS_CHANGE_KINDS = ["created", "renamed", "dormant", "relaunched", "merged", "ended", "legal-basis"] as const;
export type StatusChangeKind = (typeof STATUS_CHANGE_KINDS)[number];

const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });
/** A date at the precision the source gives: year, year-month or a full day. */
export const partialDate = z.string().refine(isPartialDate, { error: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD" });
// Sources (model/source.ts describes the record and the policy).
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lower-case slug such as iom-2019-iscm-assessment" });

export const sourceRecordSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(SOURCE_KINDS),
    publisher: nonEmpty.nullable(),
    title: nonEmpty.nullable(),
    published: partialDate.nullable(),
    url: z.url().nullable(),
    description: nonEmpty.optional(),
    retrieved: partialDate.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    copyOf: z
      .strictObject({ publisher: nonEmpty, title: nonEmpty.nullable(), published: partialDate.nullable(), url: z.url().optional() })
      .optional(),
    document: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional(),
    compilation: z.literal(true).optional(),
    note: nonEmpty.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "copy" && !s.copyOf)
      ctx.addIssue({
        code: "custom",
        path: ["copyOf"],
        message: "is required when kind is copy: name the original (publisher, title, date)",
      });
    if (s.kind !== "copy" && s.copyOf) ctx.addIssue({ code: "custom", path: ["copyOf"], message: 'is only for kind "copy"' });
    if (s.description && s.title)
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: "is only for a page with no title (title null): the citation prints the title itself",
      });
    if (s.compilation && s.kind !== "tertiary") ctx.addIssue({ code: "custom", path: ["kind"], message: "a compilation is tertiary" });
    if (!s.url && !s.document && !s.compilation)
      ctx.addIssue({ code: "custom", path: ["url"], message: "is required unless the source is a seed document or a compilation" });
  });

export const sourcesFileSchema = z.strictObject({ note: z.string().optional(), sources: z.array(sourceRecordSchema) });

/** A citation as a seed line writes it: the source id alone, or with a locator and a quote. */
const citedId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error:
    "must be the id of a source in seed/sources.json (a lower-case slug); a URL or a seed-document line is the old form: run `npx tsx tools/migrate-sources.ts`",
});
export const citationSchema = z.union(
  [
    citedId,
    z.strictObject({
      source: citedId,
      /** Where in the source: "line 1567 (Annex 2)", "p. 12", "entry prague-process". */
      at: nonEmpty.optional(),
      /** The words of the source that support the fact, verbatim. */
      quote: nonEmpty.optional(),
    }),
  ],
  {
    error:
      'must be a source id of seed/sources.json or {"source", "at"?, "quote"?}; a URL or a seed-document line is the old form: run `npx tsx tools/migrate-sources.ts`',
  },
);

/** A citation: a source id of seed/sources.json, or {"source", "at"?, "quote"?}. */
export const sourceString = citationSchema;
const sources = z.array(citationSchema, { error: "sources must be a list" }).min(1, {
  error: "every fact needs at least one source",
});
/** A file's quotes: the words of a source that support the facts of that file citing it without a quote of their own. */
const fileQuotes = z.array(z.strictObject({ source: z.string(), quote: z.string(), what: z.string().optional() }));

/** The endpoint keys an edge entry may name, and the node kind each one refers to. */
export const ENDPOINT_KEYS = { state: "State", org: "Organization", union: "RegionalUnion", iscm: "ISCM" } as const;
export type EndpointKey = keyof typeof ENDPOINT_KEYS;

/** When the source described the fact; "undated" when the source carries no date (a web page without one). */
const asOf = z.union([partialDate, z.literal("undated")], { error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"' });

const edgeFields = {
  sources,
  asOf,
  since: partialDate.optional(),
  until: partialDate.optional(),
  /** The start is unknown but later than this date (a member by 2024 that was not one in 2019). */
  startedAfter: partialDate.optional(),
  /** The end is unknown but earlier than this date ("past secretariat" in a 2019 source). */
  endedBefore: partialDate.optional(),
  /** The sources for `since`/`startedAfter` and for `until`/`endedBefore`, when they are not `sources`. */
  sinceSources: z.array(sourceString).min(1).optional(),
  untilSources: z.array(sourceString).min(1).optional(),
  /** `stated` (default) or `inferred`; `derived` relationships are made by the build, never written. */
  basis: z.enum(["stated", "inferred"]).optional(),
  note: nonEmpty.optional(),
  role: nonEmpty.optional(),
  /** Which side of an interregional dialogue the member sits on ("EU member State", "African partner country"). */
  side: nonEmpty.optional(),
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
    checkTimeFields(entry as TimeEntry, ctx);
  });
}
interface TimeEntry {
  since?: string;
  until?: string;
  startedAfter?: string;
  endedBefore?: string;
  basis?: string;
  note?: string;
  sinceSources?: string[];
  untilSources?: string[];
}

/** Dates that cannot all be true, and an inference without its reason, are errors. */
function checkTimeFields(entry: TimeEntry, ctx: z.RefinementCtx): void {
  const { since, until, startedAfter, endedBefore } = entry;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (since && startedAfter) issue("startedAfter", "cannot be given with since: one start per relationship");
  if (until && endedBefore) issue("endedBefore", "cannot be given with until: one end per relationship");
  for (const d of [since, until, startedAfter, endedBefore]) if (d !== undefined && !isPartialDate(d)) return;
  const { heldFrom, heldTo } = heldWindow(entry);
  if (heldFrom > heldTo) issue(until ? "until" : "endedBefore", `ends (${heldTo}) before it starts (${heldFrom})`);
  if (entry.basis === "inferred" && !entry.note) issue("note", "is required when basis is inferred: say why");
  if (entry.sinceSources && !since && !startedAfter) issue("sinceSources", "needs since or startedAfter");
  if (entry.untilSources && !until && !endedBefore) issue("untilSources", "needs until or endedBefore");
}

export type EdgeEntry = z.infer<ReturnType<typeof edgeEntry<EndpointKey>>>;

const gap = z.strictObject({ text: nonEmpty, sources });

/**
 * Members that follow from a union's membership (the EaP Panel's European side = the EU member
 * States): the build makes one `derived` MEMBER_OF per member of the union, with that
 * membership's dates, and carries the union's suspensions over.
 */
const derivedMembers = z.array(z.strictObject({ union: nonEmpty, side: nonEmpty.optional(), sources, asOf: partialDate, note: nonEmpty }));

/** A change of the mechanism itself: renamed, dormant, relaunched… with its date (null: unknown). */
const statusChanges = z.array(
  z.strictObject({
    date: partialDate.nullable(),
    change: z.enum(STATUS_CHANGE_KINDS),
    note: nonEmpty,
    sources,
    basis: z.enum(["stated", "inferred"]),
  }),
);
export type StatusChange = z.infer<typeof statusChanges>[number];

/**
 * How an ISCM's chair works (issue 23), as its source states it: `kind` single | co-chairs |
 * troika | pro-tempore (a presidency pro tempore) | none (no chair: convened by a secretariat);
 * `coChairs`: more than one holder at a time is part of the rule (co-chairs, a troika, a stated
 * joint presidency) — otherwise `validate` refuses overlapping chairs; `standing`: a permanent
 * chair, whose holders need no window; `termMonths`: the term when a source states one (6, 12,
 * 24), null otherwise, with `term` and `handover` in the source's words.
 */
export const rotationSchema = z
  .strictObject({
    kind: z.enum(["single", "co-chairs", "troika", "pro-tempore", "none"]),
    coChairs: z.boolean(),
    standing: z.boolean(),
    termMonths: z.number().int().positive().nullable(),
    term: nonEmpty,
    handover: nonEmpty,
    sources,
    asOf,
    note: nonEmpty.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.kind === "co-chairs" && !r.coChairs)
      ctx.addIssue({ code: "custom", path: ["coChairs"], message: "must be true when kind is co-chairs" });
  });
export type Rotation = z.infer<typeof rotationSchema>;

/** A year whose chair was looked for and not found: shown as "chair not found for 2021", never a stretched term. */
const chairGaps = z.array(
  z.strictObject({
    year: z.number().int().min(1990).max(2100),
    /** What was searched (queries, pages read). */
    searched: z.array(nonEmpty).min(1),
    note: nonEmpty.optional(),
  }),
);

/**
 * Sources that disagree (a member count, a founding year, a date): each claim kept with its
 * source and quote, none picked silently. `about` names the fact ("yearEstablished",
 * "exit of RWA from ECCAS").
 */
export const disagreementsSchema = z.array(
  z.strictObject({
    about: nonEmpty,
    claims: z
      .array(z.strictObject({ value: nonEmpty, sources, asOf, quote: nonEmpty }))
      .min(2, { error: "a disagreement needs at least two claims" }),
    note: nonEmpty.optional(),
  }),
);
export type Disagreement = z.infer<typeof disagreementsSchema>[number];

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
  membersSources: fileQuotes,
  notes: z.string(),
  members: z.array(edgeEntry(["state", "org"] as const)),
  observers: z.array(edgeEntry(["state", "org", "union"] as const)),
  secretariats: z.array(edgeEntry(["org", "state"] as const)),
  chairs: z.array(edgeEntry(["state", "org"] as const)),
  associatedWith: z.array(edgeEntry(["union", "org"] as const)),
  cooperatesWith: z.array(edgeEntry(["iscm", "org", "union"] as const)),
  succeeds: z.array(edgeEntry(["iscm"] as const)),
  participants: z.array(edgeEntry(["state", "org", "union"] as const)).default([]),
  suspensions: z.array(edgeEntry(["state"] as const)).default([]),
  derivedMembers: derivedMembers.default([]),
  statusChanges: statusChanges.default([]),
  gaps: z.array(gap),
  rotation: rotationSchema.optional(),
  chairGaps: chairGaps.default([]),
  disagreements: disagreementsSchema.default([]),
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
  sources: fileQuotes,
  members: z.array(edgeEntry(["state"] as const)),
  suspensions: z.array(edgeEntry(["state"] as const)).default([]),
  statusChanges: statusChanges.default([]),
  disagreements: disagreementsSchema.default([]),
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

export const statesFileSchema = z.strictObject({
  note: z.string(),
  /** our id → the package's cca3, where they differ (Kosovo). */
  codeMap: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[A-Z]{3}$/)),
  overrides: z.record(z.string().regex(/^[A-Z]{3}$/), z.strictObject({ name: nonEmpty.optional(), note: nonEmpty.optional() })),
});

/** Extra name variants (as spelled in the sources) → the id they mean. */
export const aliasesFileSchema = z.record(nonEmpty, nonEmpty);

/** An official French or Spanish name: shown in that language, with the source that gives it. */
const translatedNameSchema = z.strictObject({
  name: nonEmpty,
  acronym: nonEmpty.optional(),
  /** Sources of seed/sources.json; a name that rests on tertiary sources only is refused (seed/README.md, *Sources*). */
  sources: z.array(citationSchema).min(1),
  /** Verbatim from the source. */
  quote: nonEmpty,
  /** official: the entity's own site or parent body; authoritative-secondary: IOM, UN, EU, governments. */
  confidence: z.enum(["official", "authoritative-secondary"]),
});

/**
 * seed/names.json: per entity id, its sourced French and Spanish names (displayed), and `aliases`:
 * other spellings in any language (press-only names, unsourced variants) that search finds but the
 * atlas never shows as a name.
 */
export const namesFileSchema = z.record(
  nonEmpty,
  z.strictObject({ fr: translatedNameSchema.optional(), es: translatedNameSchema.optional(), aliases: z.array(nonEmpty).optional() }),
);

/**
 * seed/wikidata.json: per entity id, its Wikidata identifier (QID) with the source it is read from
 * (tools/wikidata-crosswalk.ts writes it); `notFound` lists the ids looked for and not found.
 */
export const wikidataFileSchema = z.strictObject({
  note: z.string().optional(),
  items: z.record(
    nonEmpty,
    z.strictObject({
      qid: z.string().regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as "Q889"' }),
      sources: z.array(citationSchema).min(1),
    }),
  ),
  notFound: z.array(nonEmpty).optional(),
});

/**
 * seed/changes-since-2019.json: each record of ../shared/reference/changes-since-2019.json with
 * how it entered the atlas — a relationship's date (`edge`), a membership derived from a union
 * (`derived`), a status change, a source on an existing relationship, a gap — or why it did not.
 * The build checks every applied record against the dataset it built.
 */
export const changeLedgerSchema = z.array(
  z
    .strictObject({
      n: z.number().int().nonnegative(),
      subject: nonEmpty,
      relation: nonEmpty,
      object: nonEmpty,
      change: nonEmpty,
      date: partialDate.nullable(),
      confidence: z.enum(["stated", "implied"]),
      url: z.url(),
      quote: nonEmpty,
      note: nonEmpty.optional(),
      how: z.enum(["edge", "derived", "status", "source", "gap", "not-applied"]),
      type: z.enum(RELATIONSHIP_TYPES).optional(),
      source: nonEmpty.optional(),
      target: nonEmpty.optional(),
      field: z.enum(["since", "until", "startedAfter", "endedBefore"]).optional(),
      via: nonEmpty.optional(),
      /** The date as applied, when it differs from `date` (null: applied without an exact date). */
      appliedDate: partialDate.nullable().optional(),
      dateNote: nonEmpty.optional(),
      node: nonEmpty.optional(),
      event: nonEmpty.optional(),
      file: nonEmpty.optional(),
      why: nonEmpty.optional(),
      /**
       * The source the atlas cites for this record instead of its `url`, when that URL is a tertiary
       * lead (a blog, an aggregator): the record keeps the reference file's URL, the seed cites a
       * citable page, and `citedAsWhy` says why the lead was not kept.
       */
      citedAs: nonEmpty.optional(),
      citedAsWhy: nonEmpty.optional(),
    })
    .superRefine((e, ctx) => {
      const need = (keys: (keyof typeof e)[]) => {
        for (const k of keys)
          if (e[k] === undefined) ctx.addIssue({ code: "custom", path: [k], message: `is required when how is "${e.how}"` });
      };
      if (e.how === "edge" || e.how === "derived") need(["type", "source", "target", "field"]);
      if (e.how === "derived") need(["via"]);
      if (e.how === "source") need(["type", "source", "target", "why"]);
      if (e.how === "status") need(["node", "event"]);
      if (e.how === "gap") need(["file", "why"]);
      if (e.how === "not-applied") need(["why"]);
      if (e.citedAs !== undefined) need(["citedAsWhy"]);
    }),
);
export type ChangeLedger = z.infer<typeof changeLedgerSchema>;
