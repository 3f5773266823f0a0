/**
 * Sources as records. Every document, page or compilation a fact cites is one record of
 * seed/sources.json, cited by its id; a citation adds where in the source (a locator: a line, a
 * page, a paragraph) and the words that support the fact (a quote).
 *
 * The policy (seed/README.md, *Sources*): every relationship has at least one `official` or
 * `secondary` source, or a `copy` of one; a `tertiary` source may add context but never stands
 * alone. The build enforces it (dataset/build.ts, checkSourcePolicy).
 */

/**
 * - `official`: the mechanism itself, its secretariat, the union or IGO concerned, a government;
 * - `secondary`: UN/IOM/ICMPD reports, institutional research, established news media;
 * - `copy`: an official or secondary document hosted elsewhere; `copyOf` names the original;
 * - `tertiary`: encyclopedias, wiki mirrors, aggregators, forums, exam-preparation pages, and the
 *   atlas's own compilations of reference facts (`compilation: true`).
 */
import { isPartialDate, periodEnd, periodStart } from "./time.ts";
export const SOURCE_KINDS = ["official", "secondary", "copy", "tertiary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The original a copy reproduces: the footnote cites it and says where the copy is. */
export interface SourceOriginal {
  publisher: string;
  title: string | null;
  published: string | null;
  url?: string;
}

/**
 * One source of the dataset (`Dataset.sources`, seed/sources.json, Neo4j `:Source`). Unknown
 * fields are null, never guessed: a page whose title is unknown has `title: null` and is cited
 * as an untitled web page.
 */
export interface SourceRecord {
  /** A lower-case slug: `iom-2019-iscm-assessment`, `pragueprocess-states-partners`. */
  id: string;
  kind: SourceKind;
  publisher: string | null;
  title: string | null;
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD; null when the source carries no date. */
  published: string | null;
  url: string | null;
  /**
   * For a page that shows no title (`title: null`): what the page is, in a curator's words
   * ("Page on the Prague Process"). A citation prints it in square brackets, as reports print a
   * supplied description, so it is never mistaken for the page's own title.
   */
  description?: string;
  /** When a curator read the page (seed/README.md, *Sources*: the day the atlas first cited it). */
  retrieved?: string;
  /** ISO 639-1 code, where known. */
  language?: string;
  copyOf?: SourceOriginal;
  /** A seed document of ../shared/seeds (the file cited with a line). */
  document?: string;
  /** A compilation of reference facts (../shared/reference): tertiary, never stands alone. */
  compilation?: boolean;
  note?: string;
}

/** A citation resolved: the source id, and the locator and quote if any. */
export interface Citation {
  source: string;
  at?: string;
  quote?: string;
}

/** A citation as a seed line writes it: the source id alone, or with a locator and a quote (seed-schemas.ts, citationSchema). */
export type CitationInput = string | Citation;

export function citationOf(input: CitationInput): Citation {
  return typeof input === "string" ? { source: input } : input;
}

/** Whether a relationship citing these kinds meets the policy (some official, secondary or copy source). */
export function standsOnItsOwn(kind: SourceKind): boolean {
  return kind !== "tertiary";
}

/**
 * How a relationship is sourced, for the source mix: an official source; else a secondary one;
 * else only copies; else only tertiary sources (refused by validate).
 */
export type SourceMixClass = "official" | "secondary" | "copy" | "tertiary";
export function sourceMixClass(kinds: readonly SourceKind[]): SourceMixClass {
  if (kinds.includes("official")) return "official";
  if (kinds.includes("secondary")) return "secondary";
  if (kinds.includes("copy")) return "copy";
  return "tertiary";
}

export interface SourceMix {
  relationships: number;
  /** With at least one official source. */
  official: number;
  /** With a secondary source and no official one. */
  secondaryOnly: number;
  /** With only copies (and perhaps tertiary context). */
  copyOnly: number;
  /** Stated or derived, with tertiary sources only: 0 in a valid seed. */
  tertiaryOnly: number;
  /** Inferred (a curator's reading, its reason in the note) whose only sources are tertiary leads. */
  inferredOnTertiaryOnly: number;
  sources: number;
  sourcesByKind: Record<SourceKind, number>;
}

/** A citation's own words, in the three languages of the interface (what a source leaves unknown, the copy and retrieval phrases, the months). */
const CITATION_WORDS = {
  en: {
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    dayMonthYear: (d: number, m: string, y: string) => `${d} ${m} ${y}`,
    monthYear: (m: string, y: string) => `${m} ${y}`,
    unknownPublisher: "unknown publisher",
    untitledPage: "untitled web page",
    untitledDocument: "untitled document",
    undated: "undated",
    copyOf: "Copy of",
    at: "at",
    unknownAddress: "an unknown address",
    retrieved: "retrieved",
    original: "original",
    compilation: "a compilation of reference facts, not a source on its own",
    asOf: "as of",
  },
  fr: {
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    dayMonthYear: (d: number, m: string, y: string) => `${d} ${m} ${y}`,
    monthYear: (m: string, y: string) => `${m} ${y}`,
    unknownPublisher: "éditeur inconnu",
    untitledPage: "page web sans titre",
    untitledDocument: "document sans titre",
    undated: "non daté",
    copyOf: "Copie de",
    at: "à l’adresse",
    unknownAddress: "une adresse inconnue",
    retrieved: "consulté le",
    original: "original",
    compilation: "une compilation de faits de référence, pas une source à elle seule",
    asOf: "à la date du",
  },
  es: {
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    dayMonthYear: (d: number, m: string, y: string) => `${d} de ${m} de ${y}`,
    monthYear: (m: string, y: string) => `${m} de ${y}`,
    unknownPublisher: "editor desconocido",
    untitledPage: "página web sin título",
    untitledDocument: "documento sin título",
    undated: "sin fecha",
    copyOf: "Copia de",
    at: "en",
    unknownAddress: "una dirección desconocida",
    retrieved: "consultado el",
    original: "original",
    compilation: "una recopilación de hechos de referencia, no una fuente por sí sola",
    asOf: "a fecha de",
  },
} as const;

/** The languages a citation can be written in (i18n/locale.ts's locales). */
export type CitationLanguage = keyof typeof CITATION_WORDS;

/** "as of" in a citation's language: footnotes end with the day their fact was observed. */
export function citationAsOf(lang: CitationLanguage = "en"): string {
  return CITATION_WORDS[lang].asOf;
}

/** A date as a report writes it: "2019", "June 2019", "6 June 2019" (fr: "6 juin 2019", es: "6 de junio de 2019"). */
export function formatDate(date: string, lang: CitationLanguage = "en"): string {
  const w = CITATION_WORDS[lang];
  const [y, m, d] = date.split("-");
  if (!m) return y as string;
  const month = w.months[Number(m) - 1] ?? m;
  return d ? w.dayMonthYear(Number(d), month, y as string) : w.monthYear(month, y as string);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** "Publisher, *Title*, date" of a source or an original; gaps stay visible. */
function describe(
  s: { publisher: string | null; title: string | null; published: string | null; url?: string | null; description?: string },
  emphasis: (t: string) => string,
  lang: CitationLanguage,
): string {
  const w = CITATION_WORDS[lang];
  const publisher = s.publisher ?? (s.url ? hostOf(s.url) : w.unknownPublisher);
  const title = s.title ? emphasis(s.title) : s.description ? `[${s.description}]` : s.url ? w.untitledPage : w.untitledDocument;
  const date = s.published ? formatDate(s.published, lang) : w.undated;
  return `${publisher}, ${title}, ${date}`;
}

export interface CitationParts {
  /** "IOM, *Title*, June 2019, line 1567 (Annex 2)" — the text before the URL. */
  text: string;
  /** The URL to follow: the copy's own address for a copy (the original's, if any, is in the text). */
  url?: string;
}

/**
 * The one way a source is cited, everywhere a fact is shown (profile pages, Markdown and CSV,
 * the explorer's details, exports): "Publisher, *Title*, date, locator. URL (retrieved …)"; a copy
 * cites its original and says where the copy is: "…, copy of Publisher, *Title*, date, at URL".
 * `emphasis` marks the title (Markdown `*…*` by default; plain text passes `(t) => t`).
 */
export function formatCitation(
  source: SourceRecord,
  at?: string,
  emphasis: (title: string) => string = (t) => `*${t}*`,
  lang: CitationLanguage = "en",
): CitationParts {
  const w = CITATION_WORDS[lang];
  const locator = at ? `, ${at}` : "";
  const retrieved = source.retrieved ? ` (${w.retrieved} ${formatDate(source.retrieved, lang)})` : "";
  if (source.kind === "copy" && source.copyOf) {
    const original = describe(source.copyOf, emphasis, lang);
    const originalUrl = source.copyOf.url ? ` (${w.original}: ${source.copyOf.url})` : "";
    return {
      text: `${w.copyOf} ${original}${locator}, ${w.at} ${source.url ?? w.unknownAddress}${retrieved}${originalUrl}`,
      ...(source.url ? { url: source.url } : {}),
    };
  }
  const base = `${describe(source, emphasis, lang)}${locator}${source.compilation ? ` (${w.compilation})` : ""}.`;
  return {
    text: source.url ? `${base} ${source.url}${retrieved}` : `${base}${source.document ? ` [${source.document}]` : ""}`,
    ...(source.url ? { url: source.url } : {}),
  };
}

/** The citation as one line of plain text (CSV cells, CLI output). */
export function citationText(source: SourceRecord, at?: string, lang: CitationLanguage = "en"): string {
  return formatCitation(source, at, (t) => t, lang).text;
}

/** The 2019 IOM assessment report (../shared/seeds/001_…): Annex 2 and Annex 10 are cited from it. */
export const IOM_2019_REPORT = "iom-2019-iscm-assessment";
/** When Annex 2 describes the mechanisms (its facts are as of June 2019): the one place this date is written. */
export const ANNEX2_AS_OF = "2019-06";

/** Joins several citations into one string property (status changes keep one string per change). */
export const SOURCE_SEPARATOR = "; ";

/** A citation in one string, where a list of plain strings must hold it (node properties): `id` or `id @ locator`. */
export function citationKey(c: Citation): string {
  return c.at ? `${c.source} @ ${c.at}` : c.source;
}
export function parseCitationKey(key: string): Citation {
  const at = key.indexOf(" @ ");
  return at < 0 ? { source: key } : { source: key.slice(0, at), at: key.slice(at + 3) };
}

/** Where citations sit in a graph's properties: a relationship's sources, its dates' sources, an ISCM's rotation rule. */
export type CitationPrefix = "source" | "sinceSource" | "untilSource" | "rotationSource";

/**
 * A relationship's citations as properties (Neo4j holds lists of strings, not maps): `<prefix>`
 * the source ids, and only when any citation has one, `<prefix>Locators` and `<prefix>Quotes`,
 * parallel to the ids ("" where a citation has none). Prefix "source" gives sources,
 * sourceLocators, sourceQuotes; "sinceSource" gives sinceSources…
 */
export function citationProperties(prefix: CitationPrefix, citations: readonly Citation[]): Record<string, string[]> {
  const out: Record<string, string[]> = { [`${prefix}s`]: citations.map((c) => c.source) };
  if (citations.some((c) => c.at)) out[`${prefix}Locators`] = citations.map((c) => c.at ?? "");
  if (citations.some((c) => c.quote)) out[`${prefix}Quotes`] = citations.map((c) => c.quote ?? "");
  return out;
}

/** The citations of a relationship's properties, back from citationProperties. */
export function citationsOf(properties: Record<string, unknown>, prefix: CitationPrefix = "source"): Citation[] {
  const ids = properties[`${prefix}s`];
  if (!Array.isArray(ids)) return [];
  const locators = properties[`${prefix}Locators`] as string[] | undefined;
  const quotes = properties[`${prefix}Quotes`] as string[] | undefined;
  return (ids as string[]).map((source, i) => ({
    source,
    ...(locators?.[i] ? { at: locators[i] } : {}),
    ...(quotes?.[i] ? { quote: quotes[i] } : {}),
  }));
}

/** Citations without repeats (same source and locator), the first quote kept. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) {
    const key = citationKey(c);
    const known = seen.get(key);
    if (!known) seen.set(key, { ...c });
    else if (!known.quote && c.quote) known.quote = c.quote;
  }
  return [...seen.values()];
}

/**
 * A relationship's citations as one line of plain text, " | " between them — the column exports
 * add beside the ids (CSV, GEXF, GraphML). An id the registry does not know is shown as it is.
 */
export function citationsLine(properties: Record<string, unknown>, sources: ReadonlyMap<string, SourceRecord>): string {
  return citationsOf(properties)
    .map((c) => {
      const s = sources.get(c.source);
      return s ? citationText(s, c.at) : c.source;
    })
    .join(" | ");
}

const asDate = (value: unknown): string | null => (typeof value === "string" && isPartialDate(value) ? value : null);

/**
 * The date a relationship's sources state it — what "confirmed as of" reads, in ONE place: the
 * newer of the line's `asOf` (when its sources described the fact; "undated" → null) and
 * `sourcesPublished` (the newest publication date among the records it cites, set by the build:
 * `newestPublished`). A publication date replaces `asOf` only when it is wholly later (its first
 * day after asOf's last), so a 2019 report does not blur a line observed in June 2019, while a
 * curator who cites a 2024 article beside a 2016 list needs no second edit for it to count.
 */
export function sourceDate(fact: { asOf?: unknown; sources?: unknown; sourcesPublished?: unknown }): string | null {
  const asOf = asDate(fact.asOf);
  const published = asDate(fact.sourcesPublished);
  if (asOf === null || published === null) return asOf ?? published;
  return periodStart(published) > periodEnd(asOf) ? published : asOf;
}

/**
 * The newest publication date among the records a relationship cites for the fact itself (not its
 * since/until sources): a copy counts its original's date; tertiary leads and records without a
 * date count for nothing (they confirm nothing). Null when none is dated.
 */
export function newestPublished(ids: readonly string[], records: ReadonlyMap<string, SourceRecord>): string | null {
  let best: string | null = null;
  for (const id of ids) {
    const r = records.get(id);
    if (!r || r.kind === "tertiary") continue;
    const date = asDate(r.kind === "copy" ? (r.copyOf?.published ?? r.published) : r.published);
    if (date !== null && (best === null || periodEnd(date) > periodEnd(best))) best = date;
  }
  return best;
}
