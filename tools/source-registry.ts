/**
 * seed/sources.json as the tools write it: one record a line, so a change to one source is one
 * line of the diff. The one writer of tools/migrate-sources.ts and tools/source-retrieved.ts.
 */
import { writeFileSync } from "node:fs";

export const REGISTRY_NOTE =
  "Every source the seed cites, once. Policy and fields: seed/README.md (Sources). Unknown titles and dates are null, never guessed.";

export function writeSourceRegistry(path: string, note: string | undefined, records: readonly unknown[]): void {
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(",\n");
  writeFileSync(path, `{\n  "note": ${JSON.stringify(note ?? REGISTRY_NOTE)},\n  "sources": [\n${body}\n  ]\n}\n`);
}
