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
