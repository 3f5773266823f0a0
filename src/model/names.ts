/**
 * How an entity is named to people. The dataset decides each ISCM's common short name once
 * (dataset/build.ts: its acronym or usual name, "Rabat Process"; `shortName` on the node) and
 * every answer of the API carries it; these only read and format it, for the web and the API alike.
 */

/** The name people use first: the node's `shortName` when it has one, else its name. */
export function shortNameOf(properties: { name?: unknown; shortName?: unknown }, fallback = ""): string {
  const short = properties.shortName ?? properties.name;
  return typeof short === "string" ? short : fallback;
}

/** "Rabat Process — Euro-African Dialogue on Migration and Development"; one name when both are the same. */
export function displayName(shortName: string, name: string): string {
  return shortName && shortName !== name ? `${shortName} — ${name}` : name || shortName;
}

/**
 * An entity's name and short name in one of the atlas's languages: its sourced French or Spanish
 * name (seed/names.json; States: world-countries' translations) and acronym, else the English
 * ones. Never a guess: with no sourced translation, the English name is shown.
 */
export function localisedNames(
  properties: Record<string, unknown>,
  lang: "en" | "fr" | "es",
  fallback = "",
): { name: string; shortName: string } {
  const name = typeof properties.name === "string" ? properties.name : fallback;
  const shortName = shortNameOf(properties, name);
  if (lang === "en") return { name, shortName };
  const suffix = lang === "fr" ? "Fr" : "Es";
  const translated = properties[`name${suffix}`];
  const acronym = properties[`acronym${suffix}`];
  if (typeof translated !== "string") return { name, shortName };
  return { name: translated, shortName: typeof acronym === "string" ? acronym : shortName === name ? translated : shortName };
}

/** Every entity's name (or short name) in `lang`, by id: one look-up for a list, a table or a panel. */
export function localisedNameMap(
  nodes: readonly { id: string; properties: Record<string, unknown> }[],
  lang: "en" | "fr" | "es",
  which: "name" | "shortName" = "name",
): Map<string, string> {
  return new Map(nodes.map((n) => [n.id, localisedNames(n.properties, lang, n.id)[which]]));
}
