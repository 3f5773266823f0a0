/**
 * "Current" has one definition per side: isCurrent in src/model/membership.ts for the embedded
 * analyses and the web app, and its Cypher form CURRENT_CYPHER for the queries. Neo4j 5 has no
 * user-defined Cypher functions without plugins, so the queries cannot call one: this test holds
 * every query to the one fragment instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CURRENT_CYPHER, isCurrent, isCurrentMembership } from "../../src/model/membership.ts";
import { CYPHER_DIR } from "../../src/paths.ts";

/** Queries that list ended relationships on purpose, and why. */
const LISTS_ENDED: Record<string, string> = {
  "shared-iscms.cypher": "lists every role two States have held, each with its dates",
};

const files = readdirSync(join(CYPHER_DIR, "queries")).filter((f) => f.endsWith(".cypher"));

describe.each(files)("%s", (file) => {
  const code = readFileSync(join(CYPHER_DIR, "queries", file), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("//"))
    .join("\n");

  it("filters every MEMBER_OF relationship it binds with the one 'current' fragment", () => {
    const variables = [...code.matchAll(/\[(\w+):[A-Z_|]*\bMEMBER_OF\b[A-Z_|]*\]/g)].map((m) => m[1] as string);
    for (const r of variables) {
      if (file in LISTS_ENDED) continue;
      expect(code, `${file}: ${r} is not filtered by ${CURRENT_CYPHER(r)}`).toContain(CURRENT_CYPHER(r));
    }
    // A MEMBER_OF pattern without a variable could not be filtered at all.
    expect(code).not.toMatch(/\[:[A-Z_|]*\bMEMBER_OF\b/);
  });

  it("tests `until` only through that fragment", () => {
    const uses = [...code.matchAll(/(\w+)\.until\b[^\n]{0,12}/g)].map((m) => m[0]);
    for (const use of uses) expect(use).toMatch(/^\w+\.until IS NULL/);
  });
});

describe("isCurrent", () => {
  it("is true without an end date, false with one", () => {
    expect(isCurrent({})).toBe(true);
    expect(isCurrent({ until: "2020-01-31" })).toBe(false);
    expect(isCurrentMembership("MEMBER_OF", { since: "2009" })).toBe(true);
    expect(isCurrentMembership("OBSERVER_OF", {})).toBe(false);
  });
});
