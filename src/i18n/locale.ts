/**
 * The atlas's languages (IOM's three working languages) and how one is chosen: `?lang=` first
 * (the explorer and the profile pages alike; it is kept in shared links), else the browser's
 * languages (Accept-Language / navigator.languages) on a first visit, else English.
 */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The first of the user's languages ("fr-CA", "es-419;q=0.8") that the atlas speaks; English otherwise. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** An Accept-Language header's tags, most wanted first. */
export function acceptLanguageTags(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.tag !== "" && x.tag !== "*" && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.tag);
}

/** `?lang=` when it names a language the atlas speaks, else the negotiated one. */
export function localeFrom(search: string, preferred: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get("lang");
  return isLocale(asked) ? asked : negotiateLocale(preferred);
}
