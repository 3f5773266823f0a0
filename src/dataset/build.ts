/**
 * seed/ → the normalised Dataset, with every referential check. A seed with any issue yields
 * no dataset at all: consumers never see a partial graph.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, withEdgeKeys } from "../model/graph.ts";
import type { SourceRecord } from "../model/source.ts";
import { today } from "../model/time.ts";
import {
  checkChangeLedger,
  checkEndpoints,
  checkMemberCounts,
  checkOrganizationSources,
  checkSourcePolicy,
  checkSourceRegistry,
} from "./build/checks.ts";
import type { Build, BuildResult } from "./build/context.ts";
import { addDerivedMembers, addIscmEdges, addThemeEdges, addUnionEdges } from "./build/edges.ts";
import { addSeedAliases, addTranslatedNames, addWikidataIds, checkNames } from "./build/names.ts";
import { addIscmNodes, addOrganizationNodes, addStateNodes, addThemeNodes, addUnionNodes } from "./build/nodes.ts";
import { applyMechanismStatus, checkChairs, markIntervals, markSourceDates } from "./build/status.ts";
import { summarise } from "./build/summary.ts";
import { SeedValidationError } from "./errors.ts";
import { readSeed } from "./read-seed.ts";
import { allCountryCodes, type StateOverrides } from "./states.ts";

export type { BuildResult, IscmCount, Summary } from "./build/context.ts";
export { ANNEX2_DAY } from "./build/context.ts";
export { addSearchNames } from "./build/names.ts";

export const DEFAULT_SEED_DIR = resolve(fileURLToPath(new URL("../../seed", import.meta.url)));

export function buildDataset(seedDir: string = DEFAULT_SEED_DIR): BuildResult {
  const { seed, issues, contents, brokenIds } = readSeed(seedDir);
  const digest = seedDigest(contents);
  const stateOverrides: StateOverrides = seed.states?.data ?? { codeMap: {}, overrides: {} };
  const build: Build = {
    seed,
    brokenIds,
    issues,
    nodes: new Map(),
    origin: new Map(),
    duplicateIds: new Set(),
    edges: new Map(),
    edgeOrigin: new Map(),
    knownCodes: new Set(allCountryCodes(stateOverrides)),
    nameOwners: new Map(),
    sources: new Map((seed.sources?.data.sources ?? []).map((s) => [s.id, s as SourceRecord])),
    lines: new Map(),
    contents: new Map(contents.map((c) => [c.file, c.text])),
  };
  checkSourceRegistry(build);
  addStateNodes(build, stateOverrides);
  addOrganizationNodes(build);
  addUnionNodes(build);
  addIscmNodes(build);
  addThemeNodes(build);
  checkOrganizationSources(build);
  addIscmEdges(build);
  addUnionEdges(build);
  addDerivedMembers(build);
  applyMechanismStatus(build);
  checkChairs(build);
  addThemeEdges(build);
  markIntervals(build);
  markSourceDates(build);
  checkMemberCounts(build);
  checkChangeLedger(build);
  // A defect of the build itself, so only asked of a seed without errors (a duplicate id, say, would echo here).
  if (issues.length === 0) checkEndpoints(build);
  checkSourcePolicy(build);
  checkNames(build);
  addSeedAliases(build);
  addTranslatedNames(build);
  addWikidataIds(build);
  if (issues.length > 0) return { issues, hash: digest };
  const dataset: Dataset = {
    nodes: [...build.nodes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)),
    edges: withEdgeKeys([...build.edges.values()]).sort((a, b) => a.key.localeCompare(b.key)),
    sources: [...build.sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  return { dataset, issues, summary: summarise(dataset, seed, today()), hash: digest };
}

/** sha256 of the seed files as read: the dataset's version. */
function seedDigest(contents: { file: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const c of contents) hash.update(c.file).update("\0").update(c.text).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** The dataset or a SeedValidationError listing every issue. */
export function loadDataset(seedDir: string = DEFAULT_SEED_DIR): Dataset {
  const result = buildDataset(seedDir);
  if (!result.dataset) throw new SeedValidationError(result.issues);
  return result.dataset;
}
