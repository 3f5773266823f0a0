import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset, DEFAULT_SEED_DIR, loadDataset } from "../../src/dataset/build.ts";
import { didYouMean } from "../../src/dataset/closest.ts";
import { formatIssue, formatIssues, SeedValidationError } from "../../src/dataset/errors.ts";
import { MAX_SEED_FILE_BYTES } from "../../src/dataset/read-seed.ts";
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
      "prague-process-about-structure",
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
    ["unknown-names-id", 'seed/names.json: "prague-proces" "prague-proces" is not a known id (did you mean prague-process'],
    [
      "name-on-tertiary-only",
      'seed/names.json: "prague-process".fr.sources the French name "Processus de Prague" rests on tertiary sources only (reference-europe-eurasia)',
    ],
    ["wikidata-unknown-id", 'seed/wikidata.json: items."prague-proces" "prague-proces" is not a known id (did you mean prague-process'],
    ["wikidata-duplicate-qid", 'seed/wikidata.json: items."AUT".qid Q230 is already the QID of GEO'],
    ["wikidata-bad-qid", 'seed/wikidata.json: items.GEO.qid must be a Wikidata item id such as "Q889"'],
    [
      "name-unknown-source",
      'seed/names.json: "prague-process".es.sources[0] cites "prague-process-about-structur", which is not in sources.json (did you mean prague-process-about-structure',
    ],
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
      "date-on-tertiary-only",
      "seed/iscms/prague-process.json:7: members[1].untilSources the end of MEMBER_OF GEO → prague-process rests on tertiary sources only: wikimili-prague-process",
    ],
    [
      "copy-without-copyof",
      "seed/sources.json:9: sources[5].copyOf is required when kind is copy: name the original (publisher, title, date)",
    ],
    [
      "description-with-title",
      "seed/sources.json:9: sources[5].description is only for a page with no title (title null): the citation prints the title itself",
    ],
    ["ambiguous-alias", 'seed/aliases.json: "PP" "PP" would name both eap-panel and prague-process'],
    ["inferred-without-reason", "seed/iscms/prague-process.json: members[0].note is required when basis is inferred: say why"],
    ["ends-before-it-starts", "seed/iscms/prague-process.json: members[0].until ends (2021-02-28) before it starts (2021-06-01)"],
    ["derived-from-unknown-union", 'seed/iscms/prague-process.json: derivedMembers[0].union "eu-x" is not a known RegionalUnion'],
    ["ledger-claims-missing-change", "seed/changes-since-2019.json: [1] record 1: MEMBER_OF AUT → eu has no until 2021"],
    ["ledger-cited-as-unknown", "seed/changes-since-2019.json: [1] record 1: citedAs names no source in seed/sources.json: no-such-source"],
    [
      "overlapping-chairs",
      "seed/iscms/prague-process.json: chairs LTU (2019-06-01–2020-12-31) and CZE (2020-06-01–2021-12-31) overlap, but the rotation (single) declares no co-chairs",
    ],
    ["chair-without-window", "seed/iscms/prague-process.json: chairs[0] has no window: a chair holds for its term"],
  ];
  it.each(cases)("%s", (badCase, expected) => {
    const found = messages(seedWith(badCase));
    expect(
      found.some((m) => m.startsWith(expected)),
      `expected a message starting with\n  ${expected}\ngot\n  ${found.join("\n  ")}`,
    ).toBe(true);
    expect(buildDataset(seedWith(badCase)).dataset).toBeUndefined();
  });

  it("a ledger record whose URL was a tertiary lead is checked against the source it names in citedAs, and only that", () => {
    // Record 0 cites a blog in the reference file; the edge cites the EU's page instead, which citedAs names.
    const found = messages(seedWith("ledger-cited-as-unknown"));
    expect(found.filter((m) => m.includes("record 0"))).toEqual([]);
    expect(found).toEqual(["seed/changes-since-2019.json: [1] record 1: citedAs names no source in seed/sources.json: no-such-source"]);
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

/** The minimal seed with prague-process.json changed by `edit` (the parsed file). */
function seedEditing(edit: (file: Record<string, unknown> & { chairs: Record<string, unknown>[] }) => void): string {
  const dir = seedWith();
  const file = join(dir, "iscms", "prague-process.json");
  const data = JSON.parse(readFileSync(file, "utf8"));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
  return dir;
}
const annex2 = { source: "iom-2019-iscm-assessment", at: "line 1567 (Annex 2)" };
const czech = "prague-process-about-states-partners";

describe("validate: chairs follow their rotation", () => {
  it("accepts overlapping chairs when the rotation declares co-chairs", () => {
    const dir = seedEditing((f) => {
      f.rotation = { ...(f.rotation as object), kind: "co-chairs", coChairs: true };
      f.chairs.push({ state: "CZE", sources: [czech], asOf: "2021", since: "2020-06", until: "2021-12" });
    });
    expect(messages(dir)).toEqual([]);
  });

  it("accepts a chair with no window only when the rotation is a standing chair", () => {
    const standing = seedEditing((f) => {
      f.rotation = { ...(f.rotation as object), standing: true };
      f.chairs = [{ state: "LTU", sources: [annex2], asOf: "2019-06" }];
    });
    expect(messages(standing)).toEqual([]);
    const openEnded = seedEditing((f) => {
      f.chairs = [{ state: "LTU", sources: [annex2], asOf: "2019-06", since: "2019-06" }];
    });
    expect(messages(openEnded)).toContainEqual(expect.stringMatching(/^seed\/iscms\/prague-process\.json: chairs\[0\] has no end: /));
  });

  it("lets successive chairs share the handover period: the same day, or the same month or year when known no better", () => {
    for (const [until, since] of [
      ["2020-12-07", "2020-12-07"],
      ["2020", "2020"],
      ["2020-12-04", "2020-12"],
    ]) {
      const dir = seedEditing((f) => {
        f.chairs = [
          { state: "LTU", sources: [annex2], asOf: "2019-06", since: "2019-06", until },
          { state: "CZE", sources: [czech], asOf: "2021", since, until: "2021-12" },
        ];
      });
      expect(messages(dir), `${until} / ${since}`).toEqual([]);
    }
  });

  it("needs a rotation wherever chairs are listed", () => {
    const dir = seedEditing((f) => {
      delete f.rotation;
    });
    expect(messages(dir)).toEqual([
      "seed/iscms/prague-process.json: rotation is required when chairs are listed: say how the chair works, with its source",
    ]);
  });
});

describe("validate: a mechanism's status bounds its relationships", () => {
  const merged = { date: "2020-06-30", change: "merged", note: "Merged (test).", sources: [czech], basis: "stated" };
  it("ends a merged mechanism's memberships and chairs with it, and says so on the edge", () => {
    const ds = loadDataset(
      seedEditing((f) => {
        f.statusChanges = [merged];
      }),
    );
    const member = ds.edges.find((e) => e.key === "MEMBER_OF:AUT->prague-process");
    expect(member?.properties).toMatchObject({ heldTo: "2020-06-30", endedWith: "merged 2020-06-30", interval: "assumed start" });
    expect(ds.edges.find((e) => e.type === "CHAIRS")?.properties.heldTo).toBe("2020-06-30");
  });

  it("a dormant mechanism keeps its members, marked, and has no chair", () => {
    const dormant = { ...merged, date: "2020-01", change: "dormant" };
    const ds = loadDataset(
      seedEditing((f) => {
        f.statusChanges = [dormant];
      }),
    );
    const member = ds.edges.find((e) => e.key === "MEMBER_OF:AUT->prague-process");
    expect(member?.properties).toMatchObject({ heldTo: "9999-12-31", dormantFrom: "2020-01" });
    expect(ds.edges.find((e) => e.type === "CHAIRS")?.properties).toMatchObject({ heldTo: "2019-12-31", endedWith: "dormant 2020-01" });
    const chairWhileDormant = seedEditing((f) => {
      f.statusChanges = [dormant];
      f.chairs = [{ state: "LTU", sources: [annex2], asOf: "2021", since: "2021", until: "2021" }];
    });
    expect(messages(chairWhileDormant)).toContainEqual(
      expect.stringContaining("would chair prague-process while it is dormant (from 2020-01)"),
    );
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

describe("validate: what is on disk — sizes, links, folders, the folder's name", () => {
  const CAP = `over the cap of 4.0 MiB (${MAX_SEED_FILE_BYTES.toLocaleString("en")} bytes) for one seed file; it was not read`;

  it("a seed file over the size cap is refused unread, with its size and the cap (57 MB as probed, and one byte over)", () => {
    const dir = seedWith();
    // Sparse files: their size is real, nothing is written (zeros would not parse as JSON: the message proves they were not read).
    writeFileSync(join(dir, "iscms", "huge.json"), "");
    truncateSync(join(dir, "iscms", "huge.json"), 57_000_000);
    truncateSync(join(dir, "states.json"), MAX_SEED_FILE_BYTES + 1);
    const found = messages(dir);
    expect(found).toContain(`seed/iscms/huge.json: is 54.4 MiB (57,000,000 bytes), ${CAP}`);
    expect(found).toContain(`seed/states.json: is 4.0 MiB (${(MAX_SEED_FILE_BYTES + 1).toLocaleString("en")} bytes), ${CAP}`);
    expect(found.filter((m) => m.includes("not valid JSON"))).toEqual([]);
    expect(buildDataset(dir).dataset).toBeUndefined();
  });

  it("a folder linked under the name x.json is reported, not skipped in silence; a link to a valid file is reported too, never followed", () => {
    const dir = seedWith();
    symlinkSync(join(dir, "unions"), join(dir, "iscms", "x.json"));
    symlinkSync("prague-process.json", join(dir, "iscms", "copy.json"));
    mkdirSync(join(dir, "unions", "folder.json"));
    const found = messages(dir);
    expect(found).toContain(
      `seed/iscms/x.json: is a symbolic link (to "${join(dir, "unions")}"), which the seed does not follow: put the file itself here`,
    );
    expect(found).toContain(
      'seed/iscms/copy.json: is a symbolic link (to "prague-process.json"), which the seed does not follow: put the file itself here',
    );
    expect(found).toContain("seed/unions/folder.json: is a folder, not a file");
  });

  it("links that would loop are reported, never followed: a link to its own folder, a linked unions/ folder, a dangling optional file", () => {
    const dir = seedWith();
    symlinkSync(".", join(dir, "iscms", "up.json"));
    symlinkSync("nowhere.json", join(dir, "changes-since-2019.json"));
    const found = messages(dir);
    expect(found).toContain('seed/iscms/up.json: is a symbolic link (to "."), which the seed does not follow: put the file itself here');
    expect(found).toContain(
      'seed/changes-since-2019.json: is a symbolic link (to "nowhere.json"), which the seed does not follow: put the file itself here',
    );
    const linked = seedWith();
    cpSync(join(linked, "unions"), join(linked, "..", "unions-elsewhere"), { recursive: true });
    rmSync(join(linked, "unions"), { recursive: true });
    symlinkSync(join(linked, "..", "unions-elsewhere"), join(linked, "unions"));
    expect(messages(linked)).toContain(
      `seed/unions: is a symbolic link (to "${join(linked, "..", "unions-elsewhere")}"), which the seed does not follow: put the folder itself here`,
    );
  });

  it("a named pipe is not read (it would block): reported as not a regular file", () => {
    const dir = seedWith();
    const made = spawnSync("mkfifo", [join(dir, "iscms", "pipe.json")]);
    expect(made.status, "mkfifo").toBe(0);
    expect(messages(dir)).toContain("seed/iscms/pipe.json: is not a regular file (a pipe, socket or device)");
  });

  it("the seed validates under any folder name, with the same dataset hash (the change ledger names files seed/…)", () => {
    const parent = mkdtempSync(join(tmpdir(), "atlas-any-name-"));
    try {
      const dir = join(parent, "my data");
      cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
      const copy = buildDataset(dir);
      expect(copy.issues.map(formatIssue)).toEqual([]);
      expect(copy.hash).toBe(buildDataset(DEFAULT_SEED_DIR).hash);
      // Messages still name the folder as it is called.
      writeFileSync(join(dir, "themes.json"), "{");
      expect(messages(dir)).toContainEqual(expect.stringMatching(/^my data\/themes\.json: is not valid JSON/));
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
