/** tools/migrate-sources.ts: old-format citations become registry ids, and a second run changes nothing. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build.ts";
import { migrateSeed } from "../../tools/migrate-sources.ts";
import { FIXTURES } from "../helpers/seed-fixture.ts";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** The minimal seed with a line another agent added in the old format (plain URL, seed document line). */
function seedWithOldLine(): string {
  const parent = mkdtempSync(join(tmpdir(), "atlas-migrate-"));
  made.push(parent);
  const dir = join(parent, "seed");
  cpSync(join(FIXTURES, "minimal-seed"), dir, { recursive: true });
  const file = join(dir, "iscms", "prague-process.json");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      '{"state": "XKX", "sources": ["prague-process-about-states-partners"], "asOf": "2018"}',
      '{"state": "XKX", "sources": ["https://www.pragueprocess.eu/en/about/states-partners", "001_7939c0f69ec3242d.txt:1567 (Annex 2)", "https://www.iom.int/prague-process"], "asOf": "2018"}',
    ),
  );
  return dir;
}

describe("tools/migrate-sources.ts", () => {
  it("validate refuses the old format and says how to convert it", () => {
    const messages = buildDataset(seedWithOldLine()).issues.map((i) => `${i.path} ${i.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^members\[2\]\.sources\[0\] .*old form: run `npx tsx tools\/migrate-sources\.ts`/),
    );
  });

  it("rewrites old-format citations only, registers the new URL from its host, and is a no-op when run again", () => {
    const dir = seedWithOldLine();
    const before = readFileSync(join(dir, "iscms", "prague-process.json"), "utf8");
    const first = migrateSeed(dir);
    expect(first).toEqual({ added: 1, changed: 3, left: [] });
    const after = readFileSync(join(dir, "iscms", "prague-process.json"), "utf8");
    expect(after).toContain(
      '{"state": "XKX", "sources": ["prague-process-about-states-partners", {"source": "iom-2019-iscm-assessment", "at": "line 1567 (Annex 2)"}, "iom-prague-process"], "asOf": "2018"}',
    );
    // Every other line is byte for byte as it was.
    expect(after.split("\n").filter((l) => !before.split("\n").includes(l))).toHaveLength(1);
    const registry = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8")) as { sources: Record<string, unknown>[] };
    // Publisher and kind from the host; title and date left for a curator, never guessed.
    expect(registry.sources.find((s) => s.id === "iom-prague-process")).toEqual({
      id: "iom-prague-process",
      kind: "secondary",
      publisher: "IOM",
      title: null,
      published: null,
      url: "https://www.iom.int/prague-process",
      language: "en",
    });
    expect(buildDataset(dir).issues).toEqual([]);
    const registryText = readFileSync(join(dir, "sources.json"), "utf8");
    expect(migrateSeed(dir)).toEqual({ added: 0, changed: 0, left: [] });
    expect(readFileSync(join(dir, "iscms", "prague-process.json"), "utf8")).toBe(after);
    expect(readFileSync(join(dir, "sources.json"), "utf8")).toBe(registryText);
    expect(migrateSeed(dir, { check: true }).left).toEqual([]);
  });

  it("stops at a host it does not know, naming it", () => {
    const dir = seedWithOldLine();
    const file = join(dir, "iscms", "prague-process.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("https://www.iom.int/prague-process", "https://unknown.example/page"));
    const text = readFileSync(file, "utf8");
    expect(() => migrateSeed(dir)).toThrow(/the host unknown\.example is not classified; add it to HOSTS in tools\/migrate-sources\.ts/);
    // Nothing is half-converted.
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
