/**
 * One cell of an analysis result as text, for people: the CLI's table and the web app's table.
 * Lists may be shortened (`listPreview`); relationships and roles read as "A -TYPE-> B", "iscm (role)".
 */
export function formatCell(value: unknown, listPreview = Number.POSITIVE_INFINITY): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (Array.isArray(value)) {
    const shown = value.slice(0, listPreview).map((v) => formatCell(v, listPreview));
    return value.length > listPreview ? `${shown.join(", ")} … (+${value.length - listPreview})` : shown.join(", ");
  }
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    // A node from the Cypher console: its name.
    if (Array.isArray(o.labels) && o.properties && typeof o.properties === "object") {
      const p = o.properties as Record<string, unknown>;
      return String(p.name ?? o.id);
    }
    const sources = Array.isArray(o.sources) ? ` [${o.sources.length} source${o.sources.length === 1 ? "" : "s"}]` : "";
    if (typeof o.from === "string" && typeof o.to === "string") return `${o.from} -${o.type}-> ${o.to}${sources}`;
    if (typeof o.iscm === "string") return `${o.iscm} (${o.role ?? o.type})${sources}`;
    if (typeof o.type === "string") return `${o.type}${o.asOf ? ` ${o.asOf}` : ""}${sources}`;
    return JSON.stringify(o);
  }
  return String(value);
}
