/** The plan check on its own: what it lets through and what it refuses, by operator and procedure name. */
import { describe, expect, it } from "vitest";
import { checkPlan, operatorName, type PlanNode, procedureName } from "../../../../src/store/neo4j/console/plan.ts";

const plan = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
/** A plan as Neo4j 5 gives it for MATCH (i:ISCM)-[:MEMBER_OF]-(s) RETURN i, s. */
const readPlan = plan("ProduceResults@neo4j", [plan("Expand(All)@neo4j", [plan("NodeByLabelScan@neo4j")])]);

describe("checkPlan", () => {
  it("accepts a plan of reading operators on the console's database", () => {
    expect(() => checkPlan(readPlan, "neo4j", "neo4j")).not.toThrow();
  });

  it.each([
    ["LoadCSV"],
    ["Create"],
    ["SetProperty"],
    ["DetachDelete"],
    ["Foreach"],
    ["TransactionForeach"],
    ["TransactionApply"],
    ["Merge"],
    ["CreateIndex"],
    ["ShowUsers"],
    ["SomeOperatorOfAFutureNeo4j"],
  ])("refuses %s anywhere in the plan, naming it", (op) => {
    const nested = plan("ProduceResults@neo4j", [plan("Apply@neo4j", [plan("Argument@neo4j"), plan(`${op}@neo4j`)])]);
    expect(() => checkPlan(nested, "neo4j", "neo4j")).toThrow(new RegExp(`operator ${op.replace(/[()]/g, "\\$&")}\\b`));
  });

  it("allows only the listed procedures", () => {
    const call = (details: string) => plan("ProduceResults@neo4j", [plan("ProcedureCall@neo4j", [], details)]);
    expect(() => checkPlan(call("db.labels() :: (label :: STRING)"), "neo4j", "neo4j")).not.toThrow();
    expect(() => checkPlan(call("db.stats.retrieve($autostring_0) :: (data :: MAP)"), "neo4j", "neo4j")).toThrow(
      /procedure db\.stats\.retrieve is not allowed/,
    );
    expect(() => checkPlan(call(""), "neo4j", "neo4j")).toThrow(/procedure \(unnamed\)/);
  });

  it("refuses a plan for another database (USE)", () => {
    expect(() => checkPlan(readPlan, "system", "neo4j")).toThrow(/targets database "system"/);
  });

  it("names operators without the @database suffix and procedures without backticks", () => {
    expect(operatorName("Expand(All)@neo4j")).toBe("Expand(All)");
    expect(operatorName("Filter")).toBe("Filter");
    expect(procedureName("db.schema.visualization() :: (nodes :: LIST<NODE>)")).toBe("db.schema.visualization");
  });
});
