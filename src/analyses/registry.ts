/**
 * The named analyses: their parameters (typed, validated with zod) and columns. The queries
 * themselves live in cypher/queries/<name>.cypher (Neo4j) and src/analyses/memory/ (embedded);
 * the names are part of the interface (CLI, API, UI).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { NodeLabel } from "../model/vocabulary.ts";
import { CYPHER_DIR } from "../paths.ts";

export type ParamSpec =
  | { name: string; kind: "entity"; labels: readonly NodeLabel[]; required: boolean; description: string }
  | { name: string; kind: "integer"; min: number; required: boolean; default?: number; description: string }
  | { name: string; kind: "subregion"; required: boolean; description: string };

export interface AnalysisDefinition {
  name: string;
  params: ParamSpec[];
  columns: string[];
  example: string;
}

const participant = ["State"] as const;
const limit = (description = "at most this many rows (default: all)"): ParamSpec => ({
  name: "limit",
  kind: "integer",
  min: 1,
  required: false,
  description,
});

export const ANALYSES = [
  {
    name: "shared-iscms",
    params: [
      { name: "a", kind: "entity", labels: participant, required: true, description: "a State (id, name or alias)" },
      { name: "b", kind: "entity", labels: participant, required: true, description: "another State" },
    ],
    columns: ["iscm", "name", "rolesA", "rolesB"],
    example: "--param a=Armenia --param b=Azerbaijan",
  },
  {
    name: "state-partners",
    params: [{ name: "state", kind: "entity", labels: participant, required: true, description: "a State" }, limit()],
    columns: ["state", "name", "shared", "iscms"],
    example: "--param state=Moldova --param limit=10",
  },
  {
    name: "iscm-overlap",
    params: [
      { name: "a", kind: "entity", labels: ["ISCM"], required: true, description: "an ISCM (id, name, acronym or alias)" },
      { name: "b", kind: "entity", labels: ["ISCM"], required: true, description: "another ISCM" },
      { name: "c", kind: "entity", labels: ["ISCM"], required: false, description: "optional third ISCM" },
    ],
    columns: ["a", "b", "c", "memberCounts", "sharedCount", "shared", "onlyA", "onlyB", "onlyC", "jaccard", "overlapCoefficient"],
    example: '--param a="Prague Process" --param b="EaP Panel"',
  },
  {
    name: "overlap-matrix",
    params: [{ name: "min", kind: "integer", min: 1, required: false, description: "smallest shared count to list (default 1)" }],
    columns: ["a", "b", "shared", "sizeA", "sizeB", "jaccard", "overlapCoefficient"],
    example: "--param min=5",
  },
  {
    name: "geographic-overlap",
    params: [
      { name: "subregion", kind: "subregion", required: false, description: 'one UN subregion, e.g. "Eastern Africa" (default: all)' },
      limit(),
    ],
    columns: ["a", "b", "subregion", "sharedStates", "states"],
    example: '--param subregion="Eastern Europe"',
  },
  {
    name: "synergy-candidates",
    params: [limit()],
    columns: ["a", "b", "score", "memberJaccard", "themeJaccard", "sharedMemberCount", "sharedThemeCount", "sharedMembers", "sharedThemes"],
    example: "--param limit=10",
  },
  {
    name: "most-engaged-states",
    params: [limit()],
    columns: ["state", "name", "iscms", "member", "observer", "chair", "secretariat"],
    example: "--param limit=10",
  },
  {
    name: "secretariat-hubs",
    params: [],
    columns: ["id", "label", "name", "iscms", "serves"],
    example: "",
  },
  {
    name: "theme-coverage",
    params: [{ name: "theme", kind: "entity", labels: ["Theme"], required: false, description: "one Annex 10 theme (default: all)" }],
    columns: ["theme", "name", "iscmCount", "statesReached", "iscms"],
    example: '--param theme="Labour migration"',
  },
  {
    name: "union-alignment",
    params: [{ name: "iscm", kind: "entity", labels: ["ISCM"], required: true, description: "an ISCM" }],
    columns: ["union", "name", "sources", "insideCount", "outsideCount", "missingCount", "inside", "outside", "missing"],
    example: "--param iscm=MiD-IGAD",
  },
  {
    name: "path",
    params: [
      {
        name: "a",
        kind: "entity",
        labels: ["State", "ISCM", "Organization", "RegionalUnion", "Theme"],
        required: true,
        description: "any entity",
      },
      {
        name: "b",
        kind: "entity",
        labels: ["State", "ISCM", "Organization", "RegionalUnion", "Theme"],
        required: true,
        description: "another entity",
      },
      { name: "limit", kind: "integer", min: 1, required: false, default: 25, description: "at most this many paths (default 25)" },
    ],
    columns: ["length", "nodes", "relationships"],
    example: '--param a=Armenia --param b="Budapest Process"',
  },
] as const satisfies readonly AnalysisDefinition[];

export type AnalysisName = (typeof ANALYSES)[number]["name"];
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
        ? z.coerce.number().int(`must be a whole number`).min(p.min, `must be at least ${p.min}`)
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
