/**
 * Lock 1 of the read-only console: Neo4j's own plan decides. The query is EXPLAINed (planned,
 * not run) and accepted only if every operator of the plan is a reading operator listed here and
 * every procedure it calls is listed here. Anything else — LoadCSV, writes, schema and admin
 * commands, CALL … IN TRANSACTIONS, procedures that change or reveal server state — is refused by
 * name, including operators that future Neo4j versions add: unknown means refused.
 */
import { ForbiddenQueryError } from "./errors.ts";

/** Operators that only read the graph or compute on rows (Neo4j 5 operator summary). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Leaves: scans and seeks.
  "AllNodesScan",
  "Argument",
  "ArgumentTracker",
  "AssertingMultiNodeIndexSeek",
  "DirectedAllRelationshipsScan",
  "DirectedRelationshipByElementIdSeek",
  "DirectedRelationshipByIdSeek",
  "DirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "DirectedRelationshipIndexScan",
  "DirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipTypeScan",
  "DirectedRelationshipUniqueIndexSeek",
  "DirectedRelationshipUniqueIndexSeekByRange",
  "DirectedUnionRelationshipTypesScan",
  "IntersectionNodeByLabelsScan",
  "MultiNodeIndexSeek",
  "NodeByElementIdSeek",
  "NodeByIdSeek",
  "NodeByLabelScan",
  "NodeCountFromCountStore",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "NodeIndexScan",
  "NodeIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeek",
  "NodeUniqueIndexSeekByRange",
  "RelationshipCountFromCountStore",
  "SubtractionNodeByLabelsScan",
  "UndirectedAllRelationshipsScan",
  "UndirectedRelationshipByElementIdSeek",
  "UndirectedRelationshipByIdSeek",
  "UndirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipTypeScan",
  "UndirectedRelationshipUniqueIndexSeek",
  "UndirectedRelationshipUniqueIndexSeekByRange",
  "UndirectedUnionRelationshipTypesScan",
  "UnionNodeByLabelsScan",
  // Traversal.
  "BFSPruningVarLengthExpand",
  "Expand(All)",
  "Expand(Into)",
  "OptionalExpand(All)",
  "OptionalExpand(Into)",
  "ProjectEndpoints",
  "Repeat(Trail)",
  "ShortestPath",
  "StatefulShortestPath(All)",
  "StatefulShortestPath(Into)",
  "Trail",
  "TriadicBuild",
  "TriadicFilter",
  "TriadicSelection",
  "VarLengthExpand(All)",
  "VarLengthExpand(Into)",
  "VarLengthExpand(Pruning)",
  "VarLengthExpand(Pruning,BFS)",
  // Rows: filtering, projecting, joining, ordering, aggregating.
  "Anti",
  "AntiConditionalApply",
  "AntiSemiApply",
  "Apply",
  "AssertSameNode",
  "AssertSameRelationship",
  "CacheProperties",
  "CartesianProduct",
  "ConditionalApply",
  "Distinct",
  "Eager",
  "EagerAggregation",
  "EmptyResult",
  "ExhaustiveLimit",
  "Filter",
  "LetAntiSemiApply",
  "LetSelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSemiApply",
  "Limit",
  "NodeHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "NullifyMetadata",
  "Optional",
  "OrderedAggregation",
  "OrderedDistinct",
  "OrderedUnion",
  "PartialSort",
  "PartialTop",
  "ProduceResults",
  "Projection",
  "RollUpApply",
  "SelectOrAntiSemiApply",
  "SelectOrSemiApply",
  "SemiApply",
  "Skip",
  "Sort",
  "Top",
  "Union",
  "Unwind",
  "ValueHashJoin",
  // Procedure calls: allowed only for the procedures below (checked separately).
  "ProcedureCall",
  // Schema inspection commands (SHOW INDEXES, SHOW CONSTRAINTS, SHOW FUNCTIONS, SHOW PROCEDURES).
  "ShowConstraints",
  "ShowFunctions",
  "ShowIndexes",
  "ShowProcedures",
]);

/** Procedures that only describe the graph's schema or search it. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  // Not dbms.components: Neo4j classifies any query calling it as a DBMS query ("s"), which the
  // console refuses as not read-only, so listing it only promised what never ran.
]);

/** The part of the driver's plan the check reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** "Expand(All)@neo4j" → "Expand(All)": Neo4j 5 suffixes each operator with its database. */
export function operatorName(operatorType: string): string {
  const at = operatorType.lastIndexOf("@");
  return at > 0 ? operatorType.slice(0, at) : operatorType;
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
export function procedureName(details: unknown): string | undefined {
  const m = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_`][\w`]*)*)\s*\(/.exec(String(details ?? ""));
  return m?.[1]?.replace(/`/g, "");
}

/**
 * Throws ForbiddenQueryError naming the first operator or procedure that is not allowed.
 * `database`: the database the console serves; a plan for any other (USE …) is refused.
 */
export function checkPlan(plan: PlanNode, planDatabase: string | undefined, database: string | undefined): void {
  if (database !== undefined && planDatabase !== undefined && planDatabase !== database)
    throw new ForbiddenQueryError(`refused: the query targets database "${planDatabase}"; this console reads "${database}" only`);
  const stack = [plan];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    if (++seen > 10_000) throw new ForbiddenQueryError("refused: the query's plan has more than 10,000 operators");
    const op = operatorName(node.operatorType);
    if (!READ_OPERATORS.has(op)) {
      throw new ForbiddenQueryError(`refused: the plan uses the operator ${op}, which is not a reading operator; this console only reads`);
    }
    if (op === "ProcedureCall") {
      const name = procedureName(node.arguments?.Details);
      if (!name || !ALLOWED_PROCEDURES.has(name)) {
        throw new ForbiddenQueryError(
          `refused: the procedure ${name ?? "(unnamed)"} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(", ")}`,
        );
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}
