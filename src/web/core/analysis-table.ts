/**
 * An analysis's rows as people read them (the analyses panel): each cell through its column's
 * label (contract.ts ColumnLabel) — names for ids, percentages for shares, words for relationship
 * types — and the value a column sorts by. The CSV keeps the raw rows (ids, fractions).
 */
import type { ColumnLabel } from "../../analyses/contract.ts";
import { formatCell } from "../../analyses/format.ts";
import { relationshipPhrase } from "../../model/relationship-words.ts";

/** An id's name, else the value itself (a cell may hold a subregion, a source, free text). */
export type NameOf = (id: string) => string;

/** A column's header: its label and, when it has one, its unit in brackets. */
export function columnHeader(name: string, meta: ColumnLabel | undefined): string {
  if (!meta) return name;
  return meta.unit ? `${meta.label} (${meta.unit})` : meta.label;
}

function names(value: unknown, nameOf: NameOf): string {
  if (Array.isArray(value)) return value.map((v) => (Array.isArray(v) ? `[${names(v, nameOf)}]` : names(v, nameOf))).join(", ");
  return typeof value === "string" ? nameOf(value) : formatCell(value);
}

function role(value: unknown, nameOf: NameOf): string {
  if (!value || typeof value !== "object") return formatCell(value);
  const o = value as Record<string, unknown>;
  const what = typeof o.role === "string" ? o.role : typeof o.type === "string" ? relationshipPhrase(o.type) : "";
  const where = typeof o.iscm === "string" ? `${nameOf(o.iscm)}: ` : "";
  const since = typeof o.asOf === "string" ? ` (as of ${o.asOf})` : "";
  return `${where}${what}${since}`;
}

function link(value: unknown, nameOf: NameOf): string {
  if (!value || typeof value !== "object") return formatCell(value);
  const o = value as Record<string, unknown>;
  return `${nameOf(String(o.from))} ${relationshipPhrase(String(o.type))} ${nameOf(String(o.to))}`;
}

/** One cell as text for people. */
export function cellText(value: unknown, meta: ColumnLabel | undefined, nameOf: NameOf): string {
  if (value === null || value === undefined) return "";
  switch (meta?.kind) {
    case "share":
      return typeof value === "number" ? `${(value * 100).toFixed(1)}%` : formatCell(value);
    case "entity":
    case "entities":
      return names(value, nameOf);
    case "relationship":
      // The changes history's STATUS: a change of the mechanism itself (renamed, dormant…).
      return value === "STATUS"
        ? "Change of the mechanism"
        : typeof value === "string"
          ? relationshipPhrase(value, false)
          : formatCell(value);
    case "roles":
      return Array.isArray(value) ? value.map((v) => role(v, nameOf)).join("; ") : role(value, nameOf);
    case "links":
      return Array.isArray(value) ? value.map((v) => link(v, nameOf)).join("; ") : link(value, nameOf);
    default:
      return formatCell(value);
  }
}

/** What a column sorts by: numbers as numbers, lists by their length, the rest by the text shown. */
export function sortKey(value: unknown, meta: ColumnLabel | undefined, nameOf: NameOf): number | string {
  if (typeof value === "number") return value;
  if (Array.isArray(value) && meta?.kind !== "entity") return value.length;
  return cellText(value, meta, nameOf).toLocaleLowerCase("en");
}

export type SortOrder = { column: string; direction: "ascending" | "descending" } | null;

/** The rows in the order asked (a stable sort; empty cells last either way); null: as answered. */
export function sortRows<R extends Record<string, unknown>>(
  rows: readonly R[],
  order: SortOrder,
  labels: Readonly<Record<string, ColumnLabel>>,
  nameOf: NameOf,
): R[] {
  if (!order) return [...rows];
  const meta = labels[order.column];
  const sign = order.direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, key: row[order.column] == null ? null : sortKey(row[order.column], meta, nameOf) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) return x.key === y.key ? x.i - y.i : x.key === null ? 1 : -1;
    const c = typeof x.key === "number" && typeof y.key === "number" ? x.key - y.key : String(x.key).localeCompare(String(y.key), "en");
    return c === 0 ? x.i - y.i : sign * c;
  });
  return keyed.map((k) => k.row);
}
