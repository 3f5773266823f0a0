/**
 * The registry of named analyses. Each entry (entries/<name>.ts, see contract.ts) carries its
 * parameters, typed columns and embedded runner; its Cypher twin is cypher/queries/<name>.cypher,
 * whose header is its documentation. The names are part of the interface (CLI, API, UI).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { isPartialDate } from "../model/time.ts";
import { CYPHER_DIR } from "../paths.ts";
import type { AnalysisDefinition } from "./contract.ts";
import { changes } from "./entries/changes.ts";
import { currency } from "./entries/currency.ts";
import { geographicOverlap } from "./entries/geographic-overlap.ts";
import { iscmOverlap } from "./entries/iscm-overlap.ts";
import { mostEngagedStates } from "./entries/most-engaged-states.ts";
import { overlapMatrix } from "./entries/overlap-matrix.ts";
import { path } from "./entries/path.ts";
import { secretariatHubs } from "./entries/secretariat-hubs.ts";
import { sharedIscms } from "./entries/shared-iscms.ts";
import { statePartners } from "./entries/state-partners.ts";
import { synergyCandidates } from "./entries/synergy-candidates.ts";
import { themeCoverage } from "./entries/theme-coverage.ts";
import { unionAlignment } from "./entries/union-alignment.ts";

export type { AnalysisDefinition, ParamSpec } from "./contract.ts";

/** Every named analysis. Adding one: an entry in entries/ and its cypher/queries/<name>.cypher. */
export const ANALYSES = [
  sharedIscms,
  statePartners,
  iscmOverlap,
  overlapMatrix,
  geographicOverlap,
  synergyCandidates,
  mostEngagedStates,
  secretariatHubs,
  themeCoverage,
  unionAlignment,
  path,
  changes,
  currency,
] as const;

export type AnalysisName = (typeof ANALYSES)[number]["name"];
/** One row of the named analysis, from its entry's columns: the one row type the web and the profiles use. */
export type RowOf<N extends AnalysisName> = NonNullable<Extract<(typeof ANALYSES)[number], { name: N }>["rowType"]>;
export const ANALYSIS_NAMES = ANALYSES.map((a) => a.name) as AnalysisName[];

export function findAnalysis(name: string): AnalysisDefinition | undefined {
  return (ANALYSES as readonly AnalysisDefinition[]).find((a) => a.name === name);
}

/** zod schema of an analysis's raw parameters (strings from a command line or query string). */
export function rawParamsSchema(def: AnalysisDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const p of def.params) {
    let schema: z.ZodType =
      p.kind === "integer"
        ? z.coerce.number().int(`must be a whole number`).min(p.min, `must be at least ${p.min}`).max(p.max, `must be at most ${p.max}`)
        : p.kind === "date"
          ? z.string().trim().refine(isPartialDate, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
          : z.string().trim().min(1, "must not be empty");
    if (!p.required) schema = schema.optional();
    shape[p.name] = schema;
  }
  return z.strictObject(shape);
}

export function analysisCypherPath(name: string): string {
  return join(CYPHER_DIR, "queries", `${name}.cypher`);
}

/** The analysis's Cypher file as a user would paste it into Neo4j Browser. */
export function analysisCypher(name: string): string {
  return readFileSync(analysisCypherPath(name), "utf8");
}

/** The description block of the analysis's Cypher header (the documentation users read). */
export function analysisDescription(name: string): string {
  const text = readFileSync(analysisCypherPath(name), "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("// description:"));
  if (start < 0) return "";
  const out = [(lines[start] as string).replace("// description:", "").trim()];
  for (const line of lines.slice(start + 1)) {
    if (!/^\/\/ {3}/.test(line)) break;
    out.push(line.replace(/^\/\/\s+/, ""));
  }
  return out.join(" ");
}

export function analysisUsage(def: AnalysisDefinition): string {
  const params = def.params.map((p) => {
    const kind = p.kind === "entity" ? p.labels.join("|") : p.kind;
    return `  --param ${`${p.name}=<${kind}>`.padEnd(28)} ${p.required ? "required" : "optional"}: ${p.description}`;
  });
  return [
    `Usage: npm run cli -- query ${def.name}${def.params.map((p) => (p.required ? ` --param ${p.name}=…` : ` [--param ${p.name}=…]`)).join("")}`,
    "",
    analysisDescription(def.name),
    "",
    ...(params.length ? params : ["  (no parameters)"]),
    "",
    `Example: npm run cli -- query ${def.name}${def.example ? ` ${def.example}` : ""}`,
  ].join("\n");
}
