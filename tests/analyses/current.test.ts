/**
 * "As of" has one definition per side: time.ts's `edgesHeldAt` for the embedded analyses and the
 * web app, and its Cypher forms HELD_CYPHER / MEMBER_AT_CYPHER for the queries. Neo4j 5 has no
 * user-defined Cypher functions without plugins, so the queries cannot call one: this test holds
 * every query to the one fragment instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_AT_CYPHER,
  asOfDay,
  describeInterval,
  edgesHeldAt,
  HELD_CYPHER,
  heldAt,
  heldWindow,
  intervalBasis,
  MEMBER_AT_CYPHER,
  mechanismBounds,
  periodEnd,
} from "../../src/model/time.ts";
import { CYPHER_DIR } from "../../src/paths.ts";

const files = readdirSync(join(CYPHER_DIR, "queries")).filter((f) => f.endsWith(".cypher"));
/** Annex 10's theme cells carry no dates: FOCUSES_ON holds at every day (its window is open). */
const UNDATED = /^FOCUSES_ON$/;

/** Analyses without a Cypher twin (contract.ts noCypherTwin) have a header-only file. */
const headerOnly = (f: string) =>
  readFileSync(join(CYPHER_DIR, "queries", f), "utf8")
    .split("\n")
    .every((l) => l.startsWith("//") || l.trim() === "");

describe.each(files.filter((f) => f !== "changes.cypher" && !headerOnly(f)))("%s", (file) => {
  const code = readFileSync(join(CYPHER_DIR, "queries", file), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("//"))
    .join("\n");

  it("names every dated relationship it matches, and filters each with the one 'as of' fragment", () => {
    const patterns = [...code.matchAll(/\[(\w*):([A-Z_|]+)[^\]]*\]/g)];
    expect(patterns.length).toBeGreaterThan(0);
    for (const [text, variable, types] of patterns) {
      if ((types as string).split("|").every((t) => UNDATED.test(t) || t === "SUSPENDED_FROM")) continue;
      expect(variable, `${file}: ${text} has no variable, so it cannot be filtered`).not.toBe("");
      expect(code, `${file}: ${variable} is not filtered by ${HELD_CYPHER(variable as string)}`).toContain(HELD_CYPHER(variable as string));
    }
  });

  it("sets a State's suspended memberships aside with MEMBER_AT_CYPHER", () => {
    for (const m of code.matchAll(/\((\w+):State[^)]*\)-\[(\w+):MEMBER_OF\]->\((\w+)/g)) {
      const [, s, r, i] = m as unknown as [string, string, string, string];
      expect(code, `${file}: ${r}`).toContain(MEMBER_AT_CYPHER(s, r, i));
    }
  });

  it("reads a mechanism's status on the day only through ACTIVE_AT_CYPHER (its inactive windows), never the June 2019 status", () => {
    expect(code).not.toMatch(/status: 'active'|\.status\s*=/);
    if (code.includes("inactiveFrom")) expect(code).toContain(ACTIVE_AT_CYPHER("i"));
  });

  it("reads dates only through the window (no since/until comparisons of its own)", () => {
    expect(code).not.toMatch(/\.(since|until|startedAfter|endedBefore)\b/);
  });
});

describe("time rule", () => {
  it("gives a partial date its whole period", () => {
    expect(heldWindow({ since: "2021", until: "2022-02" })).toEqual({ heldFrom: "2021-01-01", heldTo: "2022-02-28" });
    expect(heldWindow({ startedAfter: "2019-06", endedBefore: "2024" })).toEqual({ heldFrom: "2019-07-01", heldTo: "2023-12-31" });
    expect(heldWindow({})).toEqual({ heldFrom: "0000-01-01", heldTo: "9999-12-31" });
    expect(periodEnd("2024-02")).toBe("2024-02-29");
  });

  it("reads a partial asOf as its last day, and refuses what is not a date", () => {
    expect(asOfDay("2019-06")).toBe("2019-06-30");
    expect(asOfDay("2019")).toBe("2019-12-31");
    expect(asOfDay(undefined, new Date("2026-11-23T10:00:00Z"))).toBe("2026-11-23");
    expect(() => asOfDay("2019-13")).toThrow(/not a date/);
    expect(() => asOfDay("2019-02-30")).toThrow(/not a date/);
  });

  it("counts the UK in the EU through 31 January 2020, not a day later", () => {
    const uk = heldWindow({ until: "2020-01-31" });
    expect(heldAt(uk, "2020-01-31")).toBe(true);
    expect(heldAt(uk, "2020-02-01")).toBe(false);
  });

  it("sets a membership aside while a suspension between the same ends holds, and only then", () => {
    const e = (key: string, type: string, t: Parameters<typeof heldWindow>[0]) => ({
      key,
      type,
      source: "BLR",
      target: "eap-panel",
      properties: heldWindow(t),
    });
    const edges = [e("m", "MEMBER_OF", {}), e("s", "SUSPENDED_FROM", { since: "2021-06-28" })];
    expect(edgesHeldAt(edges, "2021-06-27").map((x) => x.key)).toEqual(["m"]);
    expect(edgesHeldAt(edges, "2021-06-28").map((x) => x.key)).toEqual(["s"]);
  });
});

describe("the observed-window rule: an undated relationship holds at its observation and is assumed around it", () => {
  it("counts an undated relationship at every day, but marks its interval assumed, unlike a dated one", () => {
    const undated = { asOf: "2019-06" };
    expect(heldAt(heldWindow(undated), "1990-01-01")).toBe(true);
    expect(heldAt(heldWindow(undated), "2026-12-01")).toBe(true);
    expect(intervalBasis(undated)).toBe("assumed");
    expect(intervalBasis({ since: "2009" })).toBe("assumed end");
    expect(intervalBasis({ until: "2020-01-31" })).toBe("assumed start");
    expect(intervalBasis({ since: "2011", until: "2018" })).toBe("stated");
    expect(intervalBasis({ endedWith: "merged 2011-12-08" })).toBe("assumed start");
  });

  it("describes a stated interval by its dates and an assumed one by its observation", () => {
    expect(describeInterval({ asOf: "2019-06" })).toBe("observed 2019-06; assumed before and since");
    expect(describeInterval({ since: "2009", asOf: "2019-06" })).toBe("since 2009");
    expect(describeInterval({ since: "2011", until: "2018" })).toBe("2011–2018");
    expect(describeInterval({ until: "2020-01-31", asOf: "2019-06" })).toBe("until 2020-01-31 (observed 2019-06; assumed before)");
    expect(describeInterval({ startedAfter: "2019-06", until: "2021" })).toBe("after 2019-06 (date unknown)–2021");
    expect(describeInterval({ asOf: "undated" })).toBe("undated source; assumed before and since");
    expect(describeInterval({ asOf: "2011", endedWith: "merged 2011-12-08" })).toBe(
      "observed 2011; assumed before; ended with it: merged 2011-12-08",
    );
  });

  it("reads a mechanism's end and its dormancies from its status changes", () => {
    expect(mechanismBounds([{ date: "2011-12-08", change: "merged" }])).toMatchObject({
      endDay: "2011-12-08",
      endedWith: "merged 2011-12-08",
    });
    expect(
      mechanismBounds([
        { date: "2016", change: "dormant" },
        { date: "2020-03", change: "relaunched" },
      ]).dormant,
    ).toEqual([{ from: "2016-01-01", to: "2020-02-29", date: "2016" }]);
    expect(mechanismBounds([{ date: null, change: "merged" }]).endDay).toBeUndefined();
  });
});
