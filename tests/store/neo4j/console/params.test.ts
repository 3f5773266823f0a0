/** Console parameters are measured without recursion before anything recursive touches them. */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { paramsProblem, toCypherParams } from "../../../../src/store/neo4j/console/params.ts";

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe("paramsProblem", () => {
  it("accepts ordinary parameters", () => {
    expect(paramsProblem({ iscm: "prague-process", ids: ["ARM", "AZE"], limit: 5, opts: { deep: { ok: true } } })).toBeUndefined();
  });
  it("refuses 10,000 levels of nesting without overflowing the stack", () => {
    expect(paramsProblem(nested(10_000))).toBe("is nested more than 32 levels deep");
    expect(paramsProblem(nested(32))).toBeUndefined();
  });
  it("refuses more than 10,000 values", () => {
    expect(paramsProblem({ list: Array.from({ length: 20_000 }, (_, i) => i) })).toBe("has more than 10,000 values");
  });
});

describe("toCypherParams", () => {
  it("sends whole numbers as Neo4j integers and other numbers as floats", () => {
    const out = toCypherParams({ limit: 3, ratio: 0.5, list: [1, "x"] }) as Record<string, unknown>;
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.ratio).toBe(0.5);
    expect(neo4j.isInt((out.list as unknown[])[0])).toBe(true);
  });
});
