/** The expression-bounds check on its own: what it refuses (with the cap in the message) and what it lets through. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../src/paths.ts";
import { checkExpressionBounds, MAX_STEPS } from "../../../../src/store/neo4j/console/bounds.ts";
import { ForbiddenQueryError } from "../../../../src/store/neo4j/console/errors.ts";

const refusal = (query: string, params: Record<string, unknown> = {}) => {
  try {
    checkExpressionBounds(query, params);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ForbiddenQueryError);
    return (e as Error).message;
  }
};

describe("checkExpressionBounds", () => {
  it("refuses the two queries of issue 21, saying how many values and what the cap is", () => {
    expect(refusal("RETURN size([x IN range(1, 100000000) | toString(x)]) AS n")).toBe(
      "refused: `range(1, 100000000)` makes 100,000,000 values; range() in an expression may make at most 1,000,000 " +
        "(UNWIND range(…) AS x, which makes rows that Neo4j's time limit stops, takes any bounds)",
    );
    expect(refusal("RETURN reduce(s = 0, x IN range(1, 2000000000) | s + x) AS s")).toMatch(
      /^refused: `range\(1, 2000000000\)` makes 2,000,000,000 values; .* at most 1,000,000/,
    );
  });

  it.each([
    ["a range in any expression", "RETURN 5 IN range(1, 2000000000)"],
    ["a returned range", "RETURN range(1, 10000000) AS r"],
    ["a hexadecimal bound", "RETURN size(range(0, 0x7fffffff))"],
    ["a parameter bound", "RETURN [x IN range(1, $n) | x]"],
    ["a quantifier", "RETURN any(x IN range(1, 3000000) WHERE x = 5)"],
    ["a range inside a comprehension that feeds reduce", "RETURN reduce(s = 0, x IN [y IN range(1, 100000000) | y] | s)"],
    ["a huge negative bound beside size()", "RETURN [x IN range(-5000000, size([1])) | x]"],
  ])("refuses %s over the cap", (_name, query) => {
    expect(refusal(query, { n: neo4j.int(2_000_000) })).toMatch(/values; range\(\) in an expression may make at most 1,000,000/);
  });

  it("refuses a range() whose bounds it cannot size, naming the argument", () => {
    expect(refusal("WITH 5 AS n RETURN [x IN range(1, n) | x]")).toMatch(
      /^refused: the check cannot size `range\(1, n\)` \(its argument `n`\): range\(\) here takes whole numbers, integer parameters or size\(list\) ± a number/,
    );
    expect(refusal("RETURN [x IN range(1, $s) | x]", { s: "many" })).toMatch(/its argument `\$ s`|its argument `\$s`/);
  });

  it("multiplies nested loops, counts reduce() twice, and a list of unknown size as 100", () => {
    expect(refusal("RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x + y]]")).toBeUndefined();
    expect(refusal("RETURN [x IN range(1, 1000) | [y IN range(1, 1001) | x + y]]")).toMatch(
      /may take 1,001,000 steps; an expression here may take at most 1,000,000/,
    );
    expect(refusal("RETURN reduce(s = '', x IN range(1, 1000) | s + 'abcdefghij')")).toBeUndefined();
    expect(refusal("RETURN reduce(s = '', x IN range(1, 1001) | s + 'a')")).toMatch(/may take 1,002,001 steps/);
    const unknown = "MATCH (a) WITH collect(a) AS l RETURN [x IN l | [y IN l | [z IN l | 1]]]";
    expect(refusal(unknown)).toBeUndefined(); // 100³
    expect(refusal("MATCH (a) WITH collect(a) AS l RETURN [x IN l | [y IN l | [z IN l | [w IN l | 1]]]]")).toMatch(/100,000,000 steps/);
    // A parameter's list counts as its length; a literal list as its items.
    expect(refusal("RETURN [x IN $l | [y IN range(1, 1000000) | y]]", { l: [1] })).toBeUndefined();
    expect(refusal("RETURN [x IN $l | [y IN range(1, 1000000) | y]]", { l: [1, 2] })).toMatch(/2,000,000 steps/);
    expect(refusal("RETURN [x IN [1, 2, 3] | [y IN range(1, 400000) | y]]")).toMatch(/1,200,000 steps/);
    // The list a loop runs over is made once, not once per step.
    expect(refusal("RETURN [x IN [y IN range(1, 1000000) | y] | x]")).toBeUndefined();
  });

  it("refuses loops nested too deeply to check with a 400, not a crash", () => {
    const deep = `RETURN ${"[x IN ".repeat(3300)}[1]${"]".repeat(3300)}`;
    expect(refusal(deep)).toMatch(/^refused: (the query nests loops too deeply|.*steps)/);
  });

  it("lets UNWIND range(…) AS make any number of rows (Neo4j's time limit stops rows)", () => {
    expect(refusal("UNWIND range(1, 2000000000) AS x RETURN sum(x)")).toBeUndefined();
    expect(refusal("UNWIND range(x + 1, size(ids) - 1) AS y RETURN y")).toBeUndefined();
    // …but not a range inside what it unwinds.
    expect(refusal("UNWIND [x IN range(1, 2000000000) | x] AS y RETURN y")).toMatch(/2,000,000,000 values/);
  });

  it("accepts every named analysis (the console's templates) and ordinary queries", () => {
    const dir = join(REPO_ROOT, "cypher", "queries");
    const files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(refusal(readFileSync(join(dir, f), "utf8")), f).toBeUndefined();
    for (const q of [
      "MATCH (i:ISCM) RETURN i.name LIMIT 5",
      "RETURN [x IN range(0, size([1, 2]) - 1) | x]",
      "RETURN date.truncate('month', date('2021-06-15')) AS d",
      "RETURN 'range(1, 100000000)' AS text // range(1, 100000000)",
    ])
      expect(refusal(q), q).toBeUndefined();
    expect(MAX_STEPS).toBe(1_000_000);
  });
});
