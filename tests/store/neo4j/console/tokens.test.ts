/** Namespaced calls found by the real Cypher lexer: strings, comments and quoted names are not calls. */
import { describe, expect, it } from "vitest";
import { checkCalls, namespacedCalls } from "../../../../src/store/neo4j/console/tokens.ts";

const BUILT_INS = new Set(["date.truncate", "point.distance", "count", "size"]);

describe("namespacedCalls", () => {
  it("finds procedures after CALL and functions elsewhere, with quoted names unquoted", () => {
    expect(namespacedCalls("CALL db.labels() YIELD label RETURN apoc.text.join([label], ',') AS x, `my`.`fn`(1)")).toEqual([
      { name: "db.labels", procedure: true },
      { name: "apoc.text.join", procedure: false },
      { name: "my.fn", procedure: false },
    ]);
  });

  it("sees nothing inside strings or comments, including URLs and /* in strings", () => {
    expect(namespacedCalls("MATCH (n) WHERE n.url STARTS WITH 'https://apoc.load.json(x)' RETURN n /* apoc.x.y() */")).toEqual([]);
    expect(namespacedCalls("RETURN '/*' AS a, apoc.x.y(1) AS b, '*/' AS c")).toEqual([{ name: "apoc.x.y", procedure: false }]);
  });

  it("ends a // comment at \\r as Cypher does, so a call after it is seen", () => {
    expect(namespacedCalls("RETURN 1 // comment\rCALL db.stats.retrieve('QUERIES')")).toEqual([
      { name: "db.stats.retrieve", procedure: true },
    ]);
  });

  it("sees calls split by spaces and comments", () => {
    expect(namespacedCalls("CALL db . /* x */ stats.retrieve ('QUERIES')")).toEqual([{ name: "db.stats.retrieve", procedure: true }]);
  });
});

describe("checkCalls", () => {
  it("accepts allowlisted procedures and built-in functions, whatever their case", () => {
    expect(() => checkCalls("CALL db.labels() YIELD label RETURN Date.Truncate('month', date()) AS d", BUILT_INS)).not.toThrow();
  });
  it("refuses other procedures and plugin functions, naming them", () => {
    expect(() => checkCalls("CALL db.prepareForReplanning()", BUILT_INS)).toThrow(/procedure db\.prepareForReplanning is not allowed/);
    expect(() => checkCalls("RETURN apoc.util.sleep(1)", BUILT_INS)).toThrow(/apoc\.util\.sleep is not one of Neo4j's built-in functions/);
  });
});
