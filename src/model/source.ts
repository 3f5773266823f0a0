/**
 * Where a fact comes from. Three forms, all plain strings so that a seed line stays short:
 * - a seed document with a line or range and an optional section: `001_7939c0f69ec3242d.txt:1567 (Annex 2)`
 * - a file of ../shared/reference with an anchor: `reference/europe-eurasia.json#eap-panel`
 * - a URL: `https://www.pragueprocess.eu/en/about/states-partners`
 */
export type SourceRef =
  | { kind: "seed"; file: string; lines?: string; section?: string }
  | { kind: "reference"; file: string; anchor?: string }
  | { kind: "url"; url: string };

const SEED_RE = /^(\d{3}_[0-9a-f]{16}\.txt)(?::(\d+(?:-\d+)?))?(?: \((.+)\))?$/;
const REFERENCE_RE = /^reference\/([a-z0-9-]+\.json)(?:#([\w-]+))?$/;
const URL_RE = /^https?:\/\/[^\s]+$/;

export function parseSource(text: string): SourceRef | undefined {
  const seed = SEED_RE.exec(text);
  if (seed) {
    const [, file, lines, section] = seed;
    return { kind: "seed", file: file as string, lines, section };
  }
  const ref = REFERENCE_RE.exec(text);
  if (ref) return { kind: "reference", file: ref[1] as string, anchor: ref[2] };
  if (URL_RE.test(text)) return { kind: "url", url: text };
  return undefined;
}

export const SOURCE_FORMS = "a seed document with a line (001_7939c0f69ec3242d.txt:1567), reference/<file>.json#<id>, or an http(s) URL";

/** Joins several sources into one string property (status changes keep one string per change). */
export const SOURCE_SEPARATOR = "; ";

/**
 * The date a relationship's sources state it — what "confirmed as of" reads, in ONE place. Today
 * a relationship's sources are strings and the date is the line's `asOf` (when the source described
 * the fact; "undated" → null); once sources are records with a publication date, this reads the
 * newest of those instead.
 */
export function sourceDate(fact: { asOf?: unknown; sources?: unknown }): string | null {
  const asOf = fact.asOf;
  return typeof asOf === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf) ? asOf : null;
}
