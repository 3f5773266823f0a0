/** CITATION.cff is valid for cffconvert (PyPI, pinned, in its own venv by tools/test-prereqs.sh) and names the package's version. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { exportGexf, exportGraphml, exportJson } from "../../src/dataset/export.ts";
import { exportDataset } from "../../src/dataset/export-files.ts";
import { ATLAS_VERSION, citationLine, DATA_LICENSE } from "../../src/release/citation.ts";
import { makeRelease } from "../../src/release/write.ts";
import { cffconvertCommand } from "../helpers/python.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CFFCONVERT = cffconvertCommand();
const validate = (file: string) => spawnSync(CFFCONVERT, ["--validate", "-i", file], { encoding: "utf8" });
const work = mkdtempSync(join(tmpdir(), "atlas-cff-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("CITATION.cff", () => {
  const text = readFileSync(join(ROOT, "CITATION.cff"), "utf8");

  it("is valid CFF 1.2.0 for cffconvert, which refuses a copy without authors", () => {
    const r = validate(join(ROOT, "CITATION.cff"));
    expect(r.error, "cffconvert is not installed: see tools/test-prereqs.sh (cffconvert==2.0.0 in its own venv)").toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/valid according to schema version 1\.2\.0/);
    const broken = join(work, "CITATION.cff");
    writeFileSync(broken, text.replace(/^authors:\n {2}- name: .*\n/m, ""));
    expect(readFileSync(broken, "utf8")).not.toMatch(/^authors:/m);
    expect(validate(broken).status).not.toBe(0);
  });

  it("names package.json's version", () => {
    expect(text).toMatch(new RegExp(`^version: ${ATLAS_VERSION.replaceAll(".", "\\.")}$`, "m"));
  });

  it("names the data's licence, the one the data package declares unless --license says otherwise", async () => {
    expect(DATA_LICENSE).toBe("CC-BY-4.0");
    expect(text).toMatch(/^license: CC-BY-4\.0$/m);
    const dataset = loadDataset();
    const licenses = async (license?: string) =>
      (await makeRelease(dataset, license ? { license } : {})).descriptor.licenses as { name: string; path: string }[];
    expect((await licenses())[0]).toMatchObject({ name: "CC-BY-4.0", path: "https://spdx.org/licenses/CC-BY-4.0.html" });
    expect((await licenses("ODbL-1.0"))[0]?.name).toBe("ODbL-1.0");
  }, 60_000);
});

describe("citationLine", () => {
  it("says ISCM Atlas, version, dataset hash, data as of and URL", () => {
    expect(citationLine({ hash: "0123456789abcdef", asOf: "2019-06-30", url: "https://atlas.example.org/iscm/prague-process" })).toBe(
      `ISCM Atlas ${ATLAS_VERSION} (dataset 0123456789abcdef), data as of 2019-06-30, https://atlas.example.org/iscm/prague-process`,
    );
  });
});

describe("exports carry the citation line", () => {
  const dataset = loadDataset();
  const line = citationLine({ hash: "0123456789abcdef", asOf: "2026-01-31" });

  it("in JSON's citation, GEXF's meta description, a GraphML comment and CITATION.txt beside the CSV files", () => {
    expect(JSON.parse(exportJson(dataset, line)).citation).toBe(line);
    expect(exportGexf(dataset, line)).toContain(`<description>${line}</description>`);
    expect(exportGraphml(dataset, line).split("\n")[1]).toBe(`<!-- ${line} -->`);
    const folder = join(work, "csv");
    exportDataset(dataset, "csv", folder, line);
    expect(readFileSync(join(folder, "CITATION.txt"), "utf8")).toBe(`${line}\n`);
  });
});
