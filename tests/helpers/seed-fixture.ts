import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));

const made: string[] = [];

/** Call from afterAll: removes every copy seedWith made. */
export function removeSeedCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh copy of the minimal seed, named seed/, with the files of each bad case laid over it. */
export function seedWith(...badCases: string[]): string {
  const parent = mkdtempSync(join(tmpdir(), "atlas-seed-"));
  made.push(parent);
  const dir = join(parent, "seed");
  cpSync(join(FIXTURES, "minimal-seed"), dir, { recursive: true });
  for (const c of badCases) cpSync(join(FIXTURES, "bad", c), dir, { recursive: true });
  return dir;
}
