/**
 * The data package as users get it: `npm run cli -- release` in a real process, validated by the
 * independent Frictionless validator (PyPI `frictionless`, pinned in .ci/run), read back by it into
 * the same graph, and its panel read by Python's own csv module.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build.ts";
import { exportCsv } from "../../src/dataset/export.ts";
import { datasetHash } from "../../src/dataset/hash.ts";
import { csvField } from "../../src/model/csv.ts";
import { tableCsv } from "../../src/profiles/document.ts";
import { ATLAS_VERSION } from "../../src/release/citation.ts";
import { FIELD_DESCRIPTIONS } from "../../src/release/fields.ts";
import { datasetFromTables, type TypedRow } from "../../src/release/read.ts";
import { writeRelease } from "../../src/release/write.ts";
import { testPython } from "../helpers/python.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PYTHON = testPython("frictionless");
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const python = (...args: string[]) => spawnSync(PYTHON, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

const work = mkdtempSync(join(tmpdir(), "atlas-release-"));
const out = join(work, "package");
let stdout = "";
const built = buildDataset();
/** The content hash both stores give (dataset/hash.ts): what the package and the pages cite. */
const hash = datasetHash(built.dataset ?? { nodes: [], edges: [] });

beforeAll(() => {
  const r = spawnSync("npm", ["run", "--silent", "cli", "--", "release", "--out", out, "--url", "https://atlas.example.org/"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  stdout = r.stdout;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const descriptor = () => JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));

describe("release: the data package", () => {
  it("writes every table with a Table Schema whose every field is typed and described", () => {
    expect(stdout).toMatch(/panel-state-iscm-year\.csv\s+[\d,]+ rows/);
    const d = descriptor();
    expect(d).toMatchObject({ name: "iscm-atlas", version: ATLAS_VERSION, datasetHash: hash, profile: "tabular-data-package" });
    expect(Date.parse(d.created)).not.toBeNaN();
    expect(d.citation).toBe(`ISCM Atlas ${ATLAS_VERSION} (dataset ${hash}), data as of ${d.dataAsOf}, https://atlas.example.org/`);
    const names = d.resources.map((r: { name: string }) => r.name);
    for (const t of [
      "states",
      "iscms",
      "organizations",
      "unions",
      "themes",
      "relationships",
      "sources",
      "changes",
      "panel-state-iscm-year",
      "panel-state-state-year",
    ])
      expect(names).toContain(t);
    const undescribed = d.resources.flatMap(
      (r: { name: string; schema: { fields: { name: string; type: string; description: string }[] } }) =>
        r.schema.fields.filter((f) => !f.description || !f.type).map((f) => `${r.name}.${f.name}`),
    );
    expect(undescribed, "add these to src/release/fields.ts").toEqual([]);
    const rel = d.resources.find((r: { name: string }) => r.name === "relationships");
    expect(rel.schema.primaryKey).toEqual(["key"]);
    expect(rel.schema.foreignKeys.map((k: { fields: string[] }) => k.fields[0])).toEqual(["from", "to", "via"]);
    expect(rel.schema.fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(["type", "from", "to", "since", "until", "heldFrom", "heldTo", "basis", "via", "note", "sourceIds"]),
    );
    expect(Object.keys(FIELD_DESCRIPTIONS).length).toBeGreaterThan(50);
  });

  it("is valid for the independent Frictionless validator (types, keys, foreign keys)", () => {
    const r = python("-m", "frictionless", "validate", "--json", join(out, "datapackage.json"));
    expect(
      r.error,
      "frictionless is not installed: python3 -m pip install frictionless==5.21.0 (tools/test-prereqs.sh does)",
    ).toBeUndefined();
    const report = JSON.parse(r.stdout);
    const errors = report.tasks.flatMap((t: { name: string; errors: { message: string }[] }) =>
      t.errors.map((e) => `${t.name}: ${e.message}`),
    );
    expect(errors.slice(0, 5)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.tasks.length).toBe(12);
    expect(r.status).toBe(0);
  }, 240_000);

  it("reads back through Frictionless into the same graph: same counts, same hash (an empty text reads as missing)", () => {
    const tables = ["sources", "relationships", "states", "iscms", "organizations", "unions", "themes"];
    const r = python(here("read_package.py"), out, ...tables);
    expect(r.status, r.stderr).toBe(0);
    const read = datasetFromTables(JSON.parse(r.stdout) as Record<string, TypedRow[]>);
    const dataset = built.dataset ?? { nodes: [], edges: [] };
    const count = (xs: string[]) => {
      const m: Record<string, number> = {};
      for (const x of xs) m[x] = (m[x] ?? 0) + 1;
      return m;
    };
    expect(count(read.nodes.map((n) => n.label))).toEqual(count(dataset.nodes.map((n) => n.label)));
    expect(count(read.edges.map((e) => e.type))).toEqual(count(dataset.edges.map((e) => e.type)));
    expect(read.edges.length).toBe(dataset.edges.length);
    // CSV cannot tell an empty text from a missing one: the two empty `notes` of the seed read back as missing.
    const withoutEmptyText = {
      nodes: dataset.nodes.map((n) => ({
        ...n,
        properties: Object.fromEntries(Object.entries(n.properties).filter(([, v]) => v !== "")) as typeof n.properties,
      })),
      edges: dataset.edges,
      sources: dataset.sources,
    };
    expect(read.sources?.length).toBe(dataset.sources?.length);
    expect(datasetHash(read)).toBe(datasetHash(withoutEmptyText));
  }, 120_000);

  it("wikidata.csv: the crosswalk, one row per entity with a QID, each with its source", () => {
    const [header, ...rows] = readFileSync(join(out, "wikidata.csv"), "utf8").trim().split("\n");
    expect(header).toBe("id,label,qid,uri,sourceIds");
    const withQid = (built.dataset?.nodes ?? []).filter((n) => typeof n.properties.wikidata === "string");
    expect(rows.length).toBe(withQid.length);
    expect(rows).toContain('BLR,State,Q184,http://www.wikidata.org/entity/Q184,"[""country-coder-borders""]"');
    expect(rows).toContain('eu,RegionalUnion,Q458,http://www.wikidata.org/entity/Q458,"[""country-coder-borders""]"');
  });

  it("panel: Belarus in the EaP Panel is a member (1) in 2020 and suspended (5) in 2022; -1 before the Panel existed", () => {
    const lines = readFileSync(join(out, "panel-state-iscm-year.csv"), "utf8").split("\n");
    const status = (state: string, iscm: string, year: number) =>
      lines.find((l) => l.startsWith(`${state},${iscm},${year},`))?.split(",")[3];
    expect(lines[0]).toBe("state,iscm,year,status");
    expect(status("BLR", "eap-panel", 2020)).toBe("1");
    expect(status("BLR", "eap-panel", 2022)).toBe("5");
    expect(status("ARM", "prague-process", 2000)).toBe("-1"); // established 2009
    expect(status("GBR", "eap-panel", 2019)).toBe("1");
    expect(status("GBR", "eap-panel", 2020)).toBe("0"); // left with the EU on 2020-01-31
  });

  it("panel read with Python's own csv module: the Prague Process has in 2019 the members Annex 2 declares", () => {
    const declared = JSON.parse(readFileSync(join(ROOT, "seed/iscms/prague-process.json"), "utf8")).declaredMemberCount;
    expect(declared).toBe(50);
    const r = python(here("panel_csv.py"), join(out, "panel-state-iscm-year.csv"), "prague-process", "2019");
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout.trim())).toBe(declared);
  });

  it("the dyad file is the panel's shared full memberships, pair by pair (2019)", () => {
    const dyads = readFileSync(join(out, "panel-state-state-year.csv"), "utf8").trim().split("\n").slice(1);
    const panel = readFileSync(join(out, "panel-state-iscm-year.csv"), "utf8").trim().split("\n").slice(1);
    const members = new Map<string, string[]>();
    for (const line of panel) {
      const [state, iscm, year, status] = line.split(",") as [string, string, string, string];
      if (year === "2019" && status === "1") members.set(iscm, [...(members.get(iscm) ?? []), state]);
    }
    const expected = new Map<string, number>();
    for (const states of members.values())
      for (const a of states) for (const b of states) if (a < b) expected.set(`${a},${b}`, (expected.get(`${a},${b}`) ?? 0) + 1);
    const got = new Map(
      dyads
        .filter((l) => l.split(",")[2] === "2019")
        .map((l) => {
          const [a, b, , n] = l.split(",");
          return [`${a},${b}`, Number(n)] as const;
        }),
    );
    expect(got.size).toBe(expected.size);
    expect(got).toEqual(expected);
    // Budapest, EaP Panel, GFMD, Prague (the Söderköping Process was succeeded in 2011: -1 after).
    expect(got.get("ARM,AZE")).toBe(4);
  });
});

describe("release: writing", () => {
  it("refuses a folder that is not a data package and leaves it as it was", () => {
    const folder = join(work, "notes");
    mkdirSync(folder);
    writeFileSync(join(folder, "mine.txt"), "keep");
    expect(() => writeRelease({ descriptor: {}, files: new Map([["datapackage.json", "{}"]]), rows: new Map() }, folder)).toThrow(
      /not a data package/,
    );
    expect(readdirSync(folder)).toEqual(["mine.txt"]);
  });
});

describe("release: bad options", () => {
  it("refuses a --url that is not http(s) and a --license that is not an SPDX id, exit 2, naming the option", () => {
    const run = (...args: string[]) =>
      spawnSync("npm", ["run", "--silent", "cli", "--", "release", "--out", join(work, "never"), ...args], { cwd: ROOT, encoding: "utf8" });
    const url = run("--url", "atlas.example.org");
    expect(url.status).toBe(2);
    expect(url.stderr).toContain('--url must be an http(s) URL (got "atlas.example.org")');
    const license = run("--license", "CC BY 4.0");
    expect(license.status).toBe(2);
    expect(license.stderr).toContain("--license must be an SPDX licence id");
    expect(readdirSync(work)).not.toContain("never");
  });
});

describe("csv: formula injection", () => {
  it("text a spreadsheet would run gets a leading apostrophe; numbers stay numbers", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField(-9)).toBe("-9");
    expect(csvField("plain")).toBe("plain");
  });

  it("every CSV the atlas writes goes through that one writer: the export's nodes.csv and a profile table too", () => {
    const hostile = '=HYPERLINK("http://evil.example")';
    const csv = exportCsv({
      nodes: [{ id: "XKX", label: "State", properties: { name: hostile, aliases: ["-2+3", "plain"] } }],
      edges: [],
    });
    expect(csv["nodes.csv"].split("\n")[1]).toBe(`XKX,State,"'-2+3; plain","'=HYPERLINK(""http://evil.example"")"`);
    const table = tableCsv(
      {
        path: "/x",
        title: "x",
        description: "x",
        kind: "State",
        asOf: "2020-01-01",
        explorerHref: "/",
        sections: [
          { heading: "h", blocks: [{ kind: "table", id: "t", caption: "c", columns: ["A"], rows: [[[hostile]], [["@SUM(A1)"]]] }] },
        ],
        footnotes: [],
      },
      "t",
    );
    expect(table?.split("\n").slice(1, 3)).toEqual([`"'=HYPERLINK(""http://evil.example"")",`, "'@SUM(A1),"]);
  });
});
