/**
 * The names an entity answers to, and turning what a user typed (an id, a name, an acronym, an
 * alias) into one id — the same way for both stores, so both get the same parameters.
 */

import { localisedNames, shortNameOf } from "../model/names.ts";
import type { NodeLabel } from "../model/vocabulary.ts";
import { closestMatches } from "./closest.ts";
import { normaliseName } from "./names.ts";

export interface CatalogEntry {
  id: string;
  label: NodeLabel;
  name: string;
  /** The name people use first (an ISCM's "Rabat Process"; else the name): model/names.ts. */
  shortName: string;
  /** Acronym, aliases, other and official names; French and Spanish names and variants (`searchNames`). */
  otherNames: string[];
  subregion?: string;
  /** Its names in French and Spanish (model/names.ts: the English ones where none is sourced). */
  localised: Record<"fr" | "es", { name: string; shortName: string }>;
}

export interface Catalog {
  entries: CatalogEntry[];
  /** Per entry (same order): its name, id and other names, original and folded (for search). */
  names: { text: string; folded: string; words: string[] }[][];
  byId: Map<string, CatalogEntry>;
  subregions: string[];
}

/** A catalog entry from a node's id and properties, as either store reads them. */
export function catalogEntry(id: string, attrs: Record<string, unknown>): CatalogEntry {
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
  return {
    id,
    label: attrs.label as CatalogEntry["label"],
    name: String(attrs.name),
    shortName: shortNameOf(attrs, String(attrs.name)),
    otherNames: [
      ...strings(attrs.acronym),
      ...strings(attrs.aliases),
      ...strings(attrs.otherNames),
      ...strings(attrs.officialName),
      ...strings(attrs.searchNames),
    ],
    ...(typeof attrs.subregion === "string" ? { subregion: attrs.subregion } : {}),
    localised: { fr: localisedNames(attrs, "fr", String(attrs.name)), es: localisedNames(attrs, "es", String(attrs.name)) },
  };
}

export function makeCatalog(entries: CatalogEntry[]): Catalog {
  const subregions = [...new Set(entries.flatMap((e) => (e.subregion ? [e.subregion] : [])))].sort();
  const names = entries.map((e) =>
    // The id last: among equal matches, the one a person typed (a name, an acronym) is shown.
    [e.name, ...e.otherNames, e.id].map((text) => {
      const folded = foldName(text);
      return { text, folded, words: folded.split(/[\s\-–(),/]+/) };
    }),
  );
  return { entries, names, byId: new Map(entries.map((e) => [e.id, e])), subregions };
}

/** A value the user gave that names nothing (or several things); the message lists closest matches. */
export class UnknownEntityError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
    readonly suggestions: string[],
    message: string,
  ) {
    super(message);
  }
}

const describe = (e: CatalogEntry) => `${e.name} (${e.id})`;

/** normaliseName, and accents dropped: users type "Turkiye" and "Cote d'Ivoire". */
export function foldName(name: string): string {
  return normaliseName(name).normalize("NFD").replace(/\p{M}/gu, "");
}

export function resolveEntity(catalog: Catalog, parameter: string, value: string, labels: readonly NodeLabel[]): CatalogEntry {
  const allowed = catalog.entries.filter((e) => labels.includes(e.label));
  const exact = catalog.byId.get(value);
  if (exact && labels.includes(exact.label)) return exact;
  const wanted = foldName(value);
  const matches = allowed.filter((e) => [e.id, e.name, ...e.otherNames].some((n) => foldName(n) === wanted));
  const kinds = labels.join(" or ");
  if (matches.length === 1) return matches[0] as CatalogEntry;
  if (matches.length > 1) {
    const names = matches.map(describe);
    throw new UnknownEntityError(
      parameter,
      value,
      names,
      `${parameter}: "${value}" names several entities: ${names.join(", ")}; use an id`,
    );
  }
  const candidates: [string, string][] = allowed.flatMap((e) =>
    [e.id, e.name, ...e.otherNames].map((n) => [n, describe(e)] as [string, string]),
  );
  const suggestions = closestMatches(value, candidates, 3);
  throw new UnknownEntityError(
    parameter,
    value,
    suggestions,
    `${parameter}: no ${kinds} is called "${value}"${suggestions.length ? `; closest: ${suggestions.join(", ")}` : ""}`,
  );
}

export function resolveSubregion(catalog: Catalog, parameter: string, value: string): string {
  const found = catalog.subregions.find((s) => foldName(s) === foldName(value));
  if (found) return found;
  const suggestions = closestMatches(
    value,
    catalog.subregions.map((s) => [s, s] as [string, string]),
    3,
  );
  throw new UnknownEntityError(
    parameter,
    value,
    suggestions,
    `${parameter}: no UN subregion is called "${value}"; closest: ${suggestions.join(", ")} (all: ${catalog.subregions.join(", ")})`,
  );
}
