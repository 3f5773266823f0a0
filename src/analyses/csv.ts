/** Rows as CSV (RFC 4180 quoting): lists joined with "; ", objects as JSON. Shared by CLI and web. */
export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : Array.isArray(value) && value.every((v) => typeof v !== "object")
        ? value.join("; ")
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rowsToCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(","))].join("\n");
}
