/**
 * Rows as CSV (RFC 4180 quoting): lists joined with "; ", objects as JSON. Shared by the CLI, the
 * web and the data package (src/release). Text that a spreadsheet would run as a formula (it
 * begins with =, +, -, @, a tab or a carriage return) gets a leading apostrophe (OWASP's advice
 * against CSV injection); numbers are written as they are, so -9 stays a number.
 */
export function csvField(value: unknown): string {
  const raw =
    value === null || value === undefined
      ? ""
      : Array.isArray(value) && value.every((v) => typeof v !== "object")
        ? value.join("; ")
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  const text = typeof value !== "number" && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rowsToCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(","))].join("\n");
}
