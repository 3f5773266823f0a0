/** The command line as a user runs it: a real process through npm, its stdout, stderr and exit code. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { removeSeedCopies, seedWith } from "../helpers/seed-fixture.ts";

afterAll(removeSeedCopies);

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const cli = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "cli", "--", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

describe("cli", () => {
  it("a reader that stops early (| head -1) ends the output quietly: exit 0, no EPIPE stack trace", () => {
    const r = spawnSync("bash", ["-o", "pipefail", "-c", "npm run --silent cli -- changes --from 2019-06 | head -1"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(/^\d+ changes from 2019-06-01 to /);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.status).toBe(0);
  });

  it("validate prints the summary and exits 0 on the real seed", () => {
    const r = cli("validate");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ISCM\s+37/);
    expect(r.stdout).toMatch(/midcom\s+21 \/ 19\s+≠/);
    expect(r.stdout).toMatch(/midcom: 21 listed against 19 declared/);
  });

  it("changes --lang fr|es says what changed in that language, with the names in it; a bad --lang is a usage error", () => {
    const en = cli("changes", "--from", "2021", "--iscm", "eap-panel");
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(
      /^1 changes from 2021-01-01 to \d{4}-\d{2}-\d{2} \(eap-panel\):\n {2}2021-06-28 {3}Belarus was suspended from /,
    );
    const fr = cli("changes", "--from", "2021", "--iscm", "eap-panel", "--lang", "fr");
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(
      /^1 changement du 2021-01-01 au \d{4}-\d{2}-\d{2} \(eap-panel\):\n {2}2021-06-28 {3}Biélorussie a vu sa participation suspendue dans .* \[déduit\]/,
    );
    // The citation's own words follow the language too: "non daté … (consulté le …)".
    expect(fr.stdout).toMatch(/non daté\. https:\/\/en\.armradio\.am\/\S+ \(consulté le \d{1,2} [a-zéû]+ \d{4}\)/);
    const es = cli("changes", "--from", "2021", "--iscm", "eap-panel", "--lang", "es");
    expect(es.stdout).toContain("Bielorrusia vio suspendida su participación en");
    expect(es.stdout).toMatch(/sin fecha\. https:\/\/en\.armradio\.am\/\S+ \(consultado el \d{1,2} de [a-z]+ de \d{4}\)/);
    expect(en.stdout).toMatch(/undated\. https:\/\/en\.armradio\.am\/\S+ \(retrieved \d{1,2} [A-Z][a-z]+ \d{4}\)/);
    const bad = cli("changes", "--lang", "de");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of en, fr, es (got "de")');
  });

  it("query --lang es heads the table's columns and names its entities in Spanish; JSON keeps ids; a bad --lang is a usage error", () => {
    const es = cli("query", "iscm-overlap", "--param", "a=rabat-process", "--param", "b=khartoum-process", "--lang", "es");
    expect(es.status).toBe(0);
    expect(es.stdout.split("\n")[0]).toMatch(/^Primer mecanismo\s+Segundo mecanismo\s+/);
    expect(es.stdout).toContain("Alemania");
    const json = cli(
      "query",
      "iscm-overlap",
      "--param",
      "a=rabat-process",
      "--param",
      "b=khartoum-process",
      "--lang",
      "es",
      "--format",
      "json",
    );
    expect(JSON.parse(json.stdout).rows[0].a).toBe("rabat-process");
    const bad = cli("query", "iscm-overlap", "--lang", "xx");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of en, fr, es (got "xx")');
  });

  it("validate exits 1 and names file, path and reason for a broken seed", () => {
    const r = cli("validate", "--seed", seedWith("bad-iso-code"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seed/iscms/prague-process.json: members[2].state "XXX" is not a known State (did you mean');
    expect(r.stdout).toBe("");
  });

  it("validate --seed DIR: a copy of the seed in a folder of any name is valid, with the seed's dataset hash", () => {
    const parent = mkdtempSync(join(tmpdir(), "atlas-cli-seed-"));
    try {
      cpSync(join(ROOT, "seed"), join(parent, "curated"), { recursive: true });
      const r = cli("validate", "--seed", join(parent, "curated"));
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const hash = /seed is valid \(dataset ([0-9a-f]+)\)/.exec(r.stdout)?.[1];
      expect(hash).toBeDefined();
      expect(cli("validate").stdout).toContain(`seed is valid (dataset ${hash})`);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it("export --format json prints valid JSON only", () => {
    const r = cli("export", "--format", "json");
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.nodes.length).toBeGreaterThan(300);
    expect(data.edges[0]).toHaveProperty("properties.sources");
  });

  it("export --format csv writes nodes.csv and edges.csv into --out", () => {
    const out = join(mkdtempSync(join(tmpdir(), "atlas-csv-")), "csv");
    const r = cli("export", "--format", "csv", "--out", out);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, "nodes.csv"), "utf8")).toMatch(/^id,label,/);
    expect(existsSync(join(out, "edges.csv"))).toBe(true);
    rmSync(join(out, ".."), { recursive: true, force: true });
  });

  it("bad parameters get one clear line and exit 2, never a stack trace", () => {
    const r = cli("export", "--format", "xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format must be one of json, graphml, gexf, csv (got "xlsx")');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const csv = cli("export", "--format", "csv");
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain("give it with --out DIR");
    expect(cli("frobnicate").status).toBe(2);
  });

  it("export refuses a broken seed and writes nothing to stdout", () => {
    const r = cli("export", "--format", "json", "--seed", seedWith("dangling-alias"));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"PP" points to "prague-proces"');
  });
});
