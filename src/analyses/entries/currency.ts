import { z } from "zod";
import type { EdgeProperties, GraphEdge, GraphNode } from "../../model/graph.ts";
import type { RelationshipType } from "../../model/vocabulary.ts";
import { AS_OF_PARAM, defineAnalysis, entityLabel, ids, limitParam } from "../contract.ts";
import { CURRENCY_ISSUES, currencyFindings } from "../currency.ts";

/**
 * What most needs a curator on a day: chairs held past their term, ISCMs whose current chair is
 * unknown (with what was searched), aspects last confirmed more than 18 months before, and
 * disagreements between sources. It reads the whole history (terms, status changes), so it is not
 * run on the graph as of a day; its Cypher file documents it and both stores serve this runner.
 */
export const currency = defineAnalysis({
  name: "currency",
  title: "How current the atlas is",
  summary:
    "What most needs a curator on a day, most urgent first: chairs held past their term, mechanisms whose chair for the current term was not found (with what was searched), members, chairs, secretariats or observers last confirmed by a source more than 18 months before, and facts on which sources disagree, each claim with its source.",
  params: [limitParam(), AS_OF_PARAM],
  columns: {
    entity: z.string(),
    name: z.string(),
    issue: z.enum(CURRENCY_ISSUES),
    aspect: z.string(),
    confirmedAsOf: z.string().nullable(),
    monthsOld: z.number().int().nullable(),
    detail: z.string(),
    sources: ids,
  },
  labels: {
    entity: entityLabel("Mechanism or union"),
    name: { label: "Name" },
    issue: { label: "What needs a curator" },
    aspect: { label: "Aspect" },
    confirmedAsOf: { label: "Last confirmed", unit: "date of the newest source" },
    monthsOld: { label: "Age", unit: "months" },
    detail: { label: "Detail" },
    sources: { label: "Sources" },
  },
  example: "--param asOf=2026-06",
  asOf: false,
  noCypherTwin:
    "it compares dates read through one TypeScript function (source.ts sourceDate) against each rotation's term and the status rule; a Cypher copy of both would be a second rule, so the Neo4j store runs this runner over its own graph",
  run(graph, params) {
    const nodes = graph.mapNodes((id, a): GraphNode => ({ id, label: a.label, properties: a }));
    const edges = graph.mapEdges(
      (key, a, source, target): GraphEdge => ({ key, source, target, type: a.type as RelationshipType, properties: a as EdgeProperties }),
    );
    const rows = currencyFindings(nodes, edges, String(params.asOf));
    return params.limit === null ? rows : rows.slice(0, params.limit);
  },
});
