import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));

/** A fresh copy of the minimal seed, named seed/, with the files of each bad case laid over it. */
export function seedWith(...badCases: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), "atlas-seed-")), "seed");
  cpSync(join(FIXTURES, "minimal-seed"), dir, { recursive: true });
  for (const c of badCases) cpSync(join(FIXTURES, "bad", c), dir, { recursive: true });
  return dir;
}
