import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset, loadDataset } from "../../src/dataset/build.ts";
import { didYouMean } from "../../src/dataset/closest.ts";
import { formatIssue, formatIssues, SeedValidationError } from "../../src/dataset/errors.ts";
import { removeSeedCopies, seedWith } from "../helpers/seed-fixture.ts";

afterAll(removeSeedCopies);

const messages = (dir: string) => buildDataset(dir).issues.map(formatIssue);

describe("validate: the minimal fixture", () => {
  it("is valid and normalised", () => {
    const result = buildDataset(seedWith());
    expect(result.issues).toEqual([]);
    const ds = result.dataset;
    expect(ds).toBeDefined();
    // Kosovo keeps XKX although world-countries codes it UNK.
    expect(ds?.nodes.find((n) => n.id === "XKX")?.properties.name).toBe("Kosovo");
    // One COOPERATES_WITH edge for the pair, although both files state it, carrying both sources.
    const coop = ds?.edges.filter((e) => e.type === "COOPERATES_WITH") ?? [];
    expect(coop).toHaveLength(1);
    expect(coop[0]?.source).toBe("eap-panel");
    expect(coop[0]?.properties.sources).toEqual(["iom-2019-iscm-assessment", "reference-europe-eurasia"]);
    expect(coop[0]?.properties.sourceLocators).toEqual(["line 1280", "entry prague-process"]);
    // The registry travels with the dataset, sorted by id.
    expect(ds?.sources?.map((s) => s.id)).toEqual([
      "eap-panel-about-us",
      "eu-home",
      "iom-2019-iscm-assessment",
      "prague-process-about-states-partners",
      "reference-europe-eurasia",
    ]);
    // since/until travel onto the edge.
    expect(ds?.edges.find((e) => e.key === "MEMBER_OF:GBR->eu")?.properties.until).toBe("2020-01-31");
  });
});

describe("validate: every class of bad input is rejected with its file, path and reason", () => {
  const cases: [string, string][] = [
    ["bad-iso-code", 'seed/iscms/prague-process.json: members[2].state "XXX" is not a known State (did you mean'],
    ["unknown-iscm", 'seed/iscms/prague-process.json: cooperatesWith[0].iscm "eap-panell" is not a known ISCM (did you mean eap-panel'],
    ["duplicate-id", 'seed/unions/eu.json: id duplicate id "eu": already used by the Organization in seed/organizations.json'],
    ["missing-source", "seed/iscms/prague-process.json: members[1].sources every fact needs at least one source"],
    ["dangling-alias", 'seed/aliases.json: "PP" points to "prague-proces", which is not a known id (did you mean prague-process'],
    ["malformed-file", "seed/iscms/eap-panel.json: is not valid JSON"],
    [
      "count-without-reason",
      "seed/iscms/prague-process.json: memberCountNote is required: 3 member States hold as of 2019-06-30 but Annex 2 declares 50",
    ],
    ["mistyped-field", 'seed/iscms/prague-process.json: members[0] Unrecognized key: "soruces"'],
    ["bad-date", "seed/iscms/prague-process.json: chairs[0].asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD"],
    [
      "bad-source",
      "seed/iscms/prague-process.json: secretariats[0].sources[0] must be the id of a source in seed/sources.json (a lower-case slug); a URL or a seed-document line is the old form",
    ],
    [
      "unknown-source-id",
      'seed/iscms/prague-process.json: members[0].sources[0] cites "prague-process-states-partners", which is not in sources.json (did you mean prague-process-about-states-partners',
    ],
    // The source policy (seed/README.md, Sources): the file, the line, the relationship and the source.
    [
      "tertiary-only",
      "seed/iscms/prague-process.json:7: members[1] MEMBER_OF GEO → prague-process rests on tertiary sources only: wikimili-prague-process (tertiary, wikimili.com)",
    ],
    [
      "copy-without-copyof",
      "seed/sources.json:9: sources[5].copyOf is required when kind is copy: name the original (publisher, title, date)",
    ],
    ["ambiguous-alias", 'seed/aliases.json: "PP" "PP" would name both eap-panel and prague-process'],
    ["inferred-without-reason", "seed/iscms/prague-process.json: members[0].note is required when basis is inferred: say why"],
    ["ends-before-it-starts", "seed/iscms/prague-process.json: members[0].until ends (2021-02-28) before it starts (2021-06-01)"],
    ["derived-from-unknown-union", 'seed/iscms/prague-process.json: derivedMembers[0].union "eu-x" is not a known RegionalUnion'],
    ["ledger-claims-missing-change", "seed/changes-since-2019.json: [1] record 1: MEMBER_OF AUT → eu has no until 2021"],
  ];
  it.each(cases)("%s", (badCase, expected) => {
    const found = messages(seedWith(badCase));
    expect(
      found.some((m) => m.startsWith(expected)),
      `expected a message starting with\n  ${expected}\ngot\n  ${found.join("\n  ")}`,
    ).toBe(true);
    expect(buildDataset(seedWith(badCase)).dataset).toBeUndefined();
  });

  it("reports all errors of all files in one run", () => {
    const found = messages(seedWith("bad-iso-code", "dangling-alias", "malformed-file", "duplicate-id"));
    expect(found.filter((m) => m.includes('"XXX" is not a known State'))).toHaveLength(1);
    expect(found.filter((m) => m.includes('points to "prague-proces"'))).toHaveLength(1);
    expect(found.filter((m) => m.includes("is not valid JSON"))).toHaveLength(1);
    expect(found.filter((m) => m.includes('duplicate id "eu"'))).toHaveLength(1);
    // The broken eap-panel file is reported once, not again by every file that names it.
    expect(found).toHaveLength(4);
  });

  it("never yields a partial dataset: loadDataset throws with every issue", () => {
    expect(() => loadDataset(seedWith("bad-iso-code", "dangling-alias"))).toThrow(SeedValidationError);
    try {
      loadDataset(seedWith("bad-iso-code", "dangling-alias"));
    } catch (e) {
      expect((e as SeedValidationError).issues).toHaveLength(2);
    }
  });
});

describe("validate: unreadable and awkward files say what is wrong", () => {
  it("a UTF-8 byte-order mark is accepted", () => {
    const dir = seedWith();
    const file = join(dir, "themes.json");
    writeFileSync(file, `\uFEFF${readFileSync(file, "utf8")}`);
    expect(buildDataset(dir).issues).toEqual([]);
  });

  it("a JSON syntax error is given as line and column", () => {
    const dir = seedWith();
    writeFileSync(join(dir, "themes.json"), '{\n  "themes": [\n    "a" "b"\n  ]\n}\n');
    expect(messages(dir)).toContainEqual(expect.stringMatching(/^seed\/themes\.json: is not valid JSON: line 3, column 9: /));
  });

  it("a symbolic link loop is named as one, not as a bare ELOOP", () => {
    const dir = seedWith();
    symlinkSync("loop.json", join(dir, "iscms", "loop.json"));
    expect(messages(dir)).toContainEqual("seed/iscms/loop.json: is a symbolic link that leads to itself (a link loop, ELOOP)");
  });

  it("an unknown id with nothing close says so without an empty '(did you mean ?)'", () => {
    expect(didYouMean([])).toBe("");
    expect(didYouMean(["ARM", "AZE"])).toBe(" (did you mean ARM, AZE?)");
  });

  it("200,000 errors print the first 100 and one line counting the rest per file", () => {
    const issues = Array.from({ length: 200_000 }, (_, i) => ({
      file: `seed/iscms/f${i % 3}.json`,
      path: `members[${i}]`,
      message: "is wrong",
    }));
    const lines = formatIssues(issues);
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe(
      "… and 199,900 more errors in 3 files (seed/iscms/f1.json 66,634, seed/iscms/f0.json 66,633, seed/iscms/f2.json 66,633); --all-errors lists them all",
    );
    expect(formatIssues(issues, Number.POSITIVE_INFINITY)).toHaveLength(200_000);
  });
});
