/**
 * What the build steps share: the Build being made, the seed lists and how they become edges, the day Annex 2 describes, and small helpers every step uses.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import type { Dataset, GraphEdge, GraphNode } from "../../model/graph.ts";
import { ANNEX2_AS_OF, type CitationInput, citationKey, citationOf, type SourceMix, type SourceRecord } from "../../model/source.ts";
import { asOfDay } from "../../model/time.ts";
import type { NodeLabel, RelationshipType } from "../../model/vocabulary.ts";
import { closestMatches, didYouMean } from "../closest.ts";
import type { SeedIssue } from "../errors.ts";
import { jsonLines } from "../json-lines.ts";
import type { readSeed } from "../read-seed.ts";

/** The seed list an entry sits in, and how it becomes an edge. */
export const ISCM_LISTS: Record<
  "members" | "observers" | "secretariats" | "chairs" | "associatedWith" | "cooperatesWith" | "succeeds" | "participants" | "suspensions",
  { type: RelationshipType; iscmIs: "target" | "source" }
> = {
  members: { type: "MEMBER_OF", iscmIs: "target" },
  observers: { type: "OBSERVER_OF", iscmIs: "target" },
  secretariats: { type: "SECRETARIAT_OF", iscmIs: "target" },
  chairs: { type: "CHAIRS", iscmIs: "target" },
  associatedWith: { type: "ASSOCIATED_WITH", iscmIs: "source" },
  cooperatesWith: { type: "COOPERATES_WITH", iscmIs: "source" },
  succeeds: { type: "SUCCEEDS", iscmIs: "source" },
  participants: { type: "PARTICIPATES_IN", iscmIs: "target" },
  suspensions: { type: "SUSPENDED_FROM", iscmIs: "target" },
};

/** The day Annex 2 of the 2019 report describes: declared member counts are reconciled as of it. */
export const ANNEX2_DAY = asOfDay(ANNEX2_AS_OF);

/** What the build steps share: the seed as read, the issues found so far, and the graph being built. */
export interface Build {
  seed: ReturnType<typeof readSeed>["seed"];
  brokenIds: ReturnType<typeof readSeed>["brokenIds"];
  issues: SeedIssue[];
  nodes: Map<string, GraphNode>;
  /** id → the file that defined it. */
  origin: Map<string, string>;
  duplicateIds: Set<string>;
  edges: Map<string, GraphEdge>;
  /** edge key → "file path" that stated it. */
  edgeOrigin: Map<string, string>;
  /** Every ISO alpha-3 code world-countries knows (and the seed's own mappings). */
  knownCodes: Set<string>;
  /** Normalised name → the one entity it leads to (checkNames, addSeedAliases). */
  nameOwners: Map<string, string>;
  /** seed/sources.json by id (empty when the file is broken: reported already). */
  sources: Map<string, SourceRecord>;
  /** Seed file → path → line, for issues that name a line. */
  lines: Map<string, Map<string, number>>;
  contents: Map<string, string>;
}

export interface IscmCount {
  id: string;
  /** Member States as of the day the declared count describes (Annex 2: 2019-06). */
  listed: number;
  declared: number | null;
  declaredAsOf: string | null;
  /** Member States today. */
  today: number;
  note?: string;
}

export interface Summary {
  nodes: Record<NodeLabel, number>;
  edges: Record<RelationshipType, number>;
  iscmCounts: IscmCount[];
  gaps: number;
  uncertainThemeCells: number;
  /** The day `iscmCounts[].today` counts at. */
  today: string;
  /** How the relationships are sourced (the policy in seed/README.md, *Sources*). */
  sourceMix: SourceMix;
}

export interface BuildResult {
  dataset?: Dataset;
  issues: SeedIssue[];
  summary?: Summary;
  /** sha256 of the seed files and the country package version: the dataset's version. */
  hash: string;
}

/** Adds a node, or reports its id as a duplicate (naming where the id was first used). */
export function addNode(build: Build, node: GraphNode, file: string, path: string): void {
  const existing = build.nodes.get(node.id);
  if (existing) {
    build.duplicateIds.add(node.id);
    build.issues.push({
      file,
      path,
      message: `duplicate id "${node.id}": already used by the ${existing.label} in ${build.origin.get(node.id)}`,
    });
    return;
  }
  build.nodes.set(node.id, node);
  build.origin.set(node.id, file);
}

/** Citations in one-string form (`id` or `id @ locator`), for node properties. */
export function citationKeys(inputs: readonly CitationInput[]): string[] {
  return inputs.map((c) => citationKey(citationOf(c)));
}

/** Every citation names a source of seed/sources.json. */
export function checkSources(build: Build, sources: readonly CitationInput[], file: string, path: string): void {
  if (!build.seed.sources) return; // sources.json itself is broken: reported already
  sources.forEach((input, i) => {
    const id = citationOf(input).source;
    if (!build.sources.has(id)) {
      const candidates = [...build.sources.keys()].map((k): [string, string] => [k, k]);
      build.issues.push({
        file,
        path: `${path}.sources[${i}]`,
        message: `cites "${id}", which is not in sources.json${didYouMean(closestMatches(id, candidates))}`,
      });
    }
  });
}

/** The line of a seed file a path sits on (`members[12]` → 47), when known. */
export function lineOf(build: Build, file: string, path: string): number | undefined {
  let lines = build.lines.get(file);
  if (!lines) {
    const text = build.contents.get(file);
    if (text === undefined) return undefined;
    lines = jsonLines(text);
    build.lines.set(file, lines);
  }
  return lines.get(path.replace(/ \(.*\)$/, ""));
}
