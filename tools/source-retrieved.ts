/**
 * Gives every web source of seed/sources.json that has no `retrieved` date the day a curator
 * read it: the day the atlas first cited its address (the first commit of seed/ whose text
 * contains the URL). A page the history does not know yet (added in the working tree) gets
 * today's date. Re-runnable: a source that has a date keeps it.
 *
 *   npx tsx tools/source-retrieved.ts [--dry-run]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeSourceRegistry } from "./source-registry.ts";

const root = join(import.meta.dirname, "..");
const registryPath = join(root, "seed", "sources.json");

function firstCited(url: string): string | null {
  const out = execFileSync("git", ["log", "--reverse", "--format=%ad", "--date=short", "-S", url, "--", "seed"], {
    cwd: root,
    encoding: "utf8",
  });
  return out.split("\n").find((line) => /^\d{4}-\d{2}-\d{2}$/.test(line)) ?? null;
}

const dryRun = process.argv.includes("--dry-run");
const registry = JSON.parse(readFileSync(registryPath, "utf8")) as { note: string; sources: Record<string, unknown>[] };
const today = new Date().toISOString().slice(0, 10);
let dated = 0;
const sources = registry.sources.map((record) => {
  if (typeof record.url !== "string" || typeof record.retrieved === "string") return record;
  const day = firstCited(record.url) ?? today;
  dated += 1;
  // Keep the record's key order; the date goes after the address.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = v;
    if (k === "url") out.retrieved = day;
  }
  return out;
});
console.log(`${dated} web source${dated === 1 ? "" : "s"} given a retrieved date${dryRun ? " (dry run: nothing written)" : ""}`);
if (!dryRun) writeSourceRegistry(registryPath, registry.note, sources);
