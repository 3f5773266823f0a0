/** `npm run cli -- query` on the embedded store, as a user runs it. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
const query = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "cli", "--", "query", ...args], { cwd: ROOT, encoding: "utf8", env });

describe("cli query", () => {
  it("--list names every analysis with its parameters", () => {
    const r = query("--list");
    expect(r.status).toBe(0);
    for (const line of [
      "shared-iscms(a, b, asOf?)",
      "iscm-overlap(a, b, c?, asOf?)",
      "geographic-overlap(subregion?, limit?, asOf?)",
      "path(a, b, limit?, asOf?)",
      "changes(from?, to?, iscm?, limit?)",
    ]) {
      expect(r.stdout).toContain(line);
    }
  });

  it("prints a table by default, on the memory store when NEO4J_URI is not set", () => {
    const r = query("iscm-overlap", "--param", "a=Prague Process", "--param", "b=EaP Panel", "--param", "asOf=2019-06");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^a\s+b\s+c\s+memberCounts/);
    expect(r.stdout).toMatch(/prague-process\s+eap-panel\s+50, 34\s+34\s+ARM, AUT, AZE/);
    expect(r.stdout).toContain("1 row · iscm-overlap a=prague-process b=eap-panel asOf=2019-06-30 · memory store");
  });

  it("--format json carries full lists and the sources of every relationship", () => {
    const r = query("path", "--param", "a=Armenia", "--param", "b=ICMPD", "--format", "json");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ analysis: "path", store: "memory", params: { a: "ARM", b: "icmpd", limit: 25 } });
    for (const row of result.rows) for (const rel of row.relationships) expect(rel.sources.length).toBeGreaterThan(0);
  });

  it("--format csv has a header and one line per row", () => {
    const r = query("most-engaged-states", "--param", "limit=3", "--format", "csv");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("state,name,iscms,member,observer,chair,secretariat");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ESP,Spain,14,/);
  });

  it("<analysis> --help prints its usage with an example", () => {
    const r = query("geographic-overlap", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: npm run cli -- query geographic-overlap [--param subregion=…] [--param limit=…]");
    expect(r.stdout).toContain('Example: npm run cli -- query geographic-overlap --param subregion="Eastern Europe"');
  });

  it("bad input: exit 2, one message, no stack trace", () => {
    const unknown = query("state-partners", "--param", "state=Moldovia");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      'error: state: no State is called "Moldovia"; closest: Republic of Moldova (MDA), Bolivia (Plurinational State of) (BOL), Mongolia (MNG)',
    );
    const missing = query("iscm-overlap", "--param", "a=gfmd");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing parameter b");
    expect(missing.stderr).toContain("Usage: npm run cli -- query iscm-overlap");
    const malformed = query("overlap-matrix", "--param", "min");
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--param takes key=value (got "min")');
    const store = query("overlap-matrix", "--store", "sqlite");
    expect(store.status).toBe(2);
    expect(store.stderr).toContain('--store must be memory or neo4j (got "sqlite")');
    const format = query("overlap-matrix", "--format", "xml");
    expect(format.status).toBe(2);
    for (const r of [unknown, missing, malformed, store, format]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
