/**
 * seed/ → the normalised Dataset, with every referential check. A seed with any issue yields
 * no dataset at all: consumers never see a partial graph.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compactProperties,
  type Dataset,
  type EdgeProperties,
  edgeKey,
  type GraphEdge,
  type GraphNode,
  withEdgeKeys,
} from "../model/graph.ts";
import {
  type Disagreement,
  type EdgeEntry,
  ENDPOINT_KEYS,
  type EndpointKey,
  type IscmFile,
  type StatusChange,
} from "../model/seed-schemas.ts";
import {
  ANNEX2_AS_OF,
  type Citation,
  type CitationInput,
  citationKey,
  citationOf,
  citationProperties,
  citationsOf,
  SOURCE_SEPARATOR,
  type SourceMix,
  type SourceRecord,
  sourceMixClass,
  uniqueCitations,
} from "../model/source.ts";
import {
  asOfDay,
  edgesHeldAt,
  heldWindow,
  inactiveWindows,
  intervalBasis,
  mechanismBounds,
  OPEN_END,
  OPEN_START,
  today,
  windowsOverlap,
} from "../model/time.ts";
import {
  endpointViolations,
  isStateMembership,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "../model/vocabulary.ts";
import { closestMatches, didYouMean } from "./closest.ts";
import { type SeedIssue, SeedValidationError } from "./errors.ts";
import { jsonLines } from "./json-lines.ts";
import { normaliseName } from "./names.ts";
import { readSeed } from "./read-seed.ts";
import { citedKinds, sourceMixOf } from "./source-mix.ts";
import { allCountryCodes, type StateOverrides, stateNode, unMemberIds } from "./states.ts";

export const DEFAULT_SEED_DIR = resolve(fileURLToPath(new URL("../../seed", import.meta.url)));

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

/** The seed list an entry sits in, and how it becomes an edge. */
const ISCM_LISTS: Record<
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
interface Build {
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

/** Adds a node, or reports its id as a duplicate (naming where the id was first used). */
function addNode(build: Build, node: GraphNode, file: string, path: string): void {
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

/** States come from world-countries: every UN member, plus any code the seed names. */
function addStateNodes(build: Build, stateOverrides: StateOverrides): void {
  const { seed, knownCodes } = build;
  const referencedStates = new Set<string>(unMemberIds(stateOverrides));
  for (const { data } of seed.iscms) {
    for (const list of Object.keys(ISCM_LISTS) as (keyof typeof ISCM_LISTS)[]) {
      for (const e of data[list] as EdgeEntry[]) if (e.state && knownCodes.has(e.state)) referencedStates.add(e.state);
    }
  }
  for (const { data } of seed.unions)
    for (const e of data.members) if (knownCodes.has(e.state as string)) referencedStates.add(e.state as string);
  for (const id of [...referencedStates].sort()) {
    const node = stateNode(id, stateOverrides);
    if (node) addNode(build, node, "world-countries", "");
  }
}

function addOrganizationNodes(build: Build): void {
  const organizations = build.seed.organizations;
  if (!organizations) return;
  organizations.data.forEach((o, i) => {
    addNode(
      build,
      {
        id: o.id,
        label: "Organization",
        properties: {
          ...compactProperties({
            acronym: o.acronym,
            kind: o.kind,
            otherNames: o.otherNames,
            sources: citationKeys(o.sources),
            notes: o.notes,
          }),
          name: o.name,
        },
      },
      organizations.file,
      `[${i}].id`,
    );
  });
}

function addUnionNodes(build: Build): void {
  for (const { file, data: u } of build.seed.unions) {
    addNode(
      build,
      {
        id: u.id,
        label: "RegionalUnion",
        properties: {
          ...compactProperties({
            acronym: u.acronym,
            kind: u.kind,
            otherNames: u.otherNames,
            membersAsOfNote: u.membersAsOfNote,
            notes: u.notes,
            sources: u.sources.map((s) => s.source),
            ...statusChangeProperties(u.statusChanges),
            disagreements: disagreementProperty(u.disagreements),
          }),
          name: u.name,
        },
      },
      file,
      "id",
    );
  }
}

function addIscmNodes(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    addNode(
      build,
      {
        id: m.id,
        label: "ISCM",
        properties: {
          ...compactProperties({
            acronym: m.acronym,
            aliases: m.aliases,
            type: m.type,
            status: m.status,
            statusNote: m.statusNote,
            yearEstablished: m.yearEstablished,
            regionsCovered: m.regionsCovered,
            declaredMemberCount: m.declaredMemberCount,
            declaredMemberCountAsOf: m.declaredMemberCountAsOf,
            memberCountNote: m.memberCountNote,
            roleOfIOM: m.roleOfIOM,
            website: m.website,
            annex2Line: m.annex2?.line,
            annex2Name: m.annex2?.name,
            annex2YearEstablished: m.annex2?.yearEstablished,
            annex2Associated: m.annex2?.associated,
            annex2Chair: m.annex2?.chair,
            annex2Secretariats: m.annex2?.secretariats,
            membersAsOf: m.membersAsOf,
            membersAsOfNote: m.membersAsOfNote,
            membersSources: m.membersSources.map((s) => s.source),
            notes: m.notes || undefined,
            gaps: m.gaps.map((g) => `${g.text} [${citationKeys(g.sources).join(SOURCE_SEPARATOR)}]`),
            ...statusChangeProperties(m.statusChanges),
            ...inactiveProperties(m.statusChanges),
            ...rotationProperties(m),
            disagreements: disagreementProperty(m.disagreements),
          }),
          name: m.name,
          // The name people use first (the explorer, search, the API's answers): its usual short
          // name where the seed has one ("Rabat Process", "GFMD"), else the name itself.
          shortName: m.acronym ?? m.name,
        },
      },
      file,
      "id",
    );
  }
}

/**
 * Status changes as parallel lists on the node (Neo4j properties hold no maps): the i-th date,
 * change, basis, note and sources ("; "-joined) describe one change; an unknown date is "".
 */
function statusChangeProperties(changes: StatusChange[]) {
  return {
    statusChangeDates: changes.map((c) => c.date ?? ""),
    statusChanges: changes.map((c) => c.change),
    statusChangeBases: changes.map((c) => c.basis),
    statusChangeNotes: changes.map((c) => c.note),
    statusChangeSources: changes.map((c) => citationKeys(c.sources).join(SOURCE_SEPARATOR)),
  };
}

/** The days the mechanism is not active (model/time.ts, inactiveWindows), as parallel lists; none: no property. */
function inactiveProperties(changes: StatusChange[]) {
  const windows = inactiveWindows(changes.map((c) => ({ change: c.change, date: c.date ?? null })));
  return windows.length ? { inactiveFrom: windows.map((w) => w.from), inactiveTo: windows.map((w) => w.to) } : {};
}

/**
 * The chair's rotation on the ISCM node (Neo4j properties hold no maps): kind, co-chairs,
 * standing, term and handover with its sources; the years whose chair was not found as
 * `chairGapYears` with what was searched (`chairGapSearched`, one "; "-joined string per year).
 */
function rotationProperties(m: IscmFile) {
  const r = m.rotation;
  return {
    rotationKind: r?.kind,
    rotationCoChairs: r?.coChairs,
    rotationStanding: r?.standing,
    rotationTermMonths: r?.termMonths ?? undefined,
    rotationTerm: r?.term,
    rotationHandover: r?.handover,
    ...(r ? citationProperties("rotationSource", r.sources.map(citationOf)) : {}),
    rotationAsOf: r?.asOf,
    chairGapYears: m.chairGaps.map((g) => g.year),
    chairGapSearched: m.chairGaps.map((g) => [...g.searched, ...(g.note ? [g.note] : [])].join(SOURCE_SEPARATOR)),
  };
}

/** Disagreements as one JSON text each (a list of maps is no Neo4j property); `readDisagreements` reads them back. */
function disagreementProperty(list: Disagreement[]): string[] {
  return list.map((d) => JSON.stringify(d));
}

function addThemeNodes(build: Build): void {
  const themes = build.seed.themes;
  if (!themes) return;
  themes.data.themes.forEach((t, i) => {
    addNode(
      build,
      {
        id: t.id,
        label: "Theme",
        properties: {
          ...compactProperties({ annex10Line: t.line, uncertainIscms: t.uncertain, defect: t.defect }),
          name: t.name,
        },
      },
      themes.file,
      `themes[${i}].id`,
    );
  });
}

/** Citations in one-string form (`id` or `id @ locator`), for node properties. */
function citationKeys(inputs: readonly CitationInput[]): string[] {
  return inputs.map((c) => citationKey(citationOf(c)));
}

/** seed/sources.json: ids are unique. */
function checkSourceRegistry(build: Build): void {
  const file = build.seed.sources;
  if (!file) return;
  const seen = new Set<string>();
  file.data.sources.forEach((s, i) => {
    if (seen.has(s.id)) build.issues.push({ file: file.file, path: `sources[${i}].id`, message: `duplicate source id "${s.id}"` });
    seen.add(s.id);
  });
}

/** Every citation names a source of seed/sources.json. */
function checkSources(build: Build, sources: readonly CitationInput[], file: string, path: string): void {
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

function checkOrganizationSources(build: Build): void {
  const organizations = build.seed.organizations;
  organizations?.data.forEach((o, i) => {
    checkSources(build, o.sources, organizations.file, `[${i}]`);
  });
}

/** "… is not a known State (did you mean …?)": candidates by id and name, and every country code for States. */
function unknownEndpoint(build: Build, key: EndpointKey, id: string): string {
  const label = ENDPOINT_KEYS[key];
  const candidates = [...build.nodes.values()]
    .filter((n) => n.label === label)
    .flatMap((n): [string, string][] => [
      [n.id, n.id],
      [String(n.properties.name), n.id],
    ]);
  if (label === "State") for (const code of build.knownCodes) candidates.push([code, code]);
  return `"${id}" is not a known ${label}${didYouMean(closestMatches(id, candidates))}`;
}

/** The id an entry points to, if it is a node of the right kind; otherwise reported (once) and undefined. */
function endpointOf(build: Build, entry: EdgeEntry, file: string, path: string): string | undefined {
  const key = (Object.keys(ENDPOINT_KEYS) as EndpointKey[]).find((k) => entry[k] !== undefined) as EndpointKey;
  const id = entry[key] as string;
  const node = build.nodes.get(id);
  // Reported already with the file that broke or duplicated it: do not cascade.
  if (build.duplicateIds.has(id)) return undefined;
  if (!node && ((key === "iscm" && build.brokenIds.get(id) === "iscms") || (key === "union" && build.brokenIds.get(id) === "unions")))
    return undefined;
  if (!node || node.label !== ENDPOINT_KEYS[key]) {
    build.issues.push({ file, path: `${path}.${key}`, message: unknownEndpoint(build, key, id) });
    return undefined;
  }
  return id;
}

function addEdge(
  build: Build,
  type: RelationshipType,
  source: string,
  target: string,
  props: EdgeProperties,
  file: string,
  path: string,
): void {
  // COOPERATES_WITH is undirected: one edge per pair, from the smaller id when both are ISCMs.
  if (type === "COOPERATES_WITH" && build.nodes.get(target)?.label === "ISCM" && target < source) [source, target] = [target, source];
  const key = edgeKey(type, source, target);
  const existing = build.edges.get(key);
  if (existing && type === "COOPERATES_WITH") {
    // Both sides may state the same cooperation: one edge carrying both sets of sources.
    const merged = existing.properties;
    Object.assign(merged, citationProperties("source", uniqueCitations([...citationsOf(merged), ...citationsOf(props)])));
    if (props.note && props.note !== merged.note) merged.note = merged.note ? `${merged.note}; ${props.note}` : props.note;
    if (props.asOf > merged.asOf) merged.asOf = props.asOf;
    // Stated by either side is stated.
    if (props.basis === "stated") merged.basis = "stated";
    return;
  }
  if (existing) {
    // One pair may hold the same relationship more than once (Peru chaired RIAM in 2018–2019 and
    // again from 2022): a later interval gets its own key, as long as the intervals do not overlap.
    const others = [...build.edges.values()].filter((e) => e.type === type && e.source === source && e.target === target);
    const clash = others.find((e) => windowsOverlap(e.properties, props));
    if (clash) {
      const derived = clash.properties.basis === "derived" || props.basis === "derived";
      build.issues.push({
        file,
        path,
        message: `duplicate relationship ${type} ${source} → ${target}: already stated at ${build.edgeOrigin.get(clash.key)}${
          derived ? " (a derived membership: drop the stated line or the derivation)" : " (give each interval since/until)"
        }`,
      });
      return;
    }
    const intervalKey = `${key}#${props.heldFrom}`;
    build.edges.set(intervalKey, { key: intervalKey, source, target, type, properties: props });
    build.edgeOrigin.set(intervalKey, `${file} ${path}`);
    return;
  }
  build.edges.set(key, { key, source, target, type, properties: props });
  build.edgeOrigin.set(key, `${file} ${path}`);
}

/** A citation with its quote: its own, else the file's quote for that source (membersSources, a union's sources). */
function withQuotes(inputs: readonly CitationInput[], fileQuotes: ReadonlyMap<string, string>): Citation[] {
  return inputs.map((input) => {
    const c = citationOf(input);
    const quote = c.quote ?? fileQuotes.get(c.source);
    return quote ? { ...c, quote } : c;
  });
}

const edgeProps = (e: EdgeEntry, fileQuotes: ReadonlyMap<string, string>): EdgeProperties => ({
  ...compactProperties({
    since: e.since,
    until: e.until,
    startedAfter: e.startedAfter,
    endedBefore: e.endedBefore,
    ...(e.sinceSources ? citationProperties("sinceSource", withQuotes(e.sinceSources, fileQuotes)) : {}),
    ...(e.untilSources ? citationProperties("untilSource", withQuotes(e.untilSources, fileQuotes)) : {}),
    note: e.note,
    role: e.role,
    side: e.side,
  }),
  ...heldWindow(e),
  basis: e.basis ?? "stated",
  ...(citationProperties("source", withQuotes(e.sources, fileQuotes)) as { sources: string[] }),
  asOf: e.asOf,
});

/** A file's quotes by source id (the first quote of a source wins). */
function quotesOf(list: readonly { source: string; quote: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of list) if (q.quote && !out.has(q.source)) out.set(q.source, q.quote);
  return out;
}

/** Members, observers, secretariats, chairs, associations, cooperation and succession of every ISCM. */
function addIscmEdges(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    const quotes = quotesOf(m.membersSources);
    m.membersSources.forEach((q, i) => {
      checkSources(build, [q.source], file, `membersSources[${i}]`);
    });
    for (const [list, { type, iscmIs }] of Object.entries(ISCM_LISTS) as [keyof typeof ISCM_LISTS, (typeof ISCM_LISTS)["members"]][]) {
      (m[list] as EdgeEntry[]).forEach((entry, i) => {
        const path = `${list}[${i}]`;
        checkSources(build, entry.sources, file, path);
        checkEntrySources(build, entry, file, path);
        const other = endpointOf(build, entry, file, path);
        if (!other) return;
        if (other === m.id) {
          build.issues.push({ file, path, message: `relates ${m.id} to itself` });
          return;
        }
        const [source, target] = iscmIs === "target" ? [other, m.id] : [m.id, other];
        addEdge(build, type, source, target, edgeProps(entry, quotes), file, path);
      });
    }
    m.gaps.forEach((g, i) => {
      checkSources(build, g.sources, file, `gaps[${i}]`);
    });
    m.statusChanges.forEach((c, i) => {
      checkSources(build, c.sources, file, `statusChanges[${i}]`);
    });
  }
}

function addUnionEdges(build: Build): void {
  for (const { file, data: u } of build.seed.unions) {
    const quotes = quotesOf(u.sources);
    u.sources.forEach((q, i) => {
      checkSources(build, [q.source], file, `sources[${i}]`);
    });
    for (const [list, type] of [
      ["members", "MEMBER_OF"],
      ["suspensions", "SUSPENDED_FROM"],
    ] as const) {
      u[list].forEach((entry, i) => {
        const path = `${list}[${i}]`;
        checkSources(build, entry.sources, file, path);
        checkEntrySources(build, entry, file, path);
        const other = endpointOf(build, entry, file, path);
        if (other) addEdge(build, type, other, u.id, edgeProps(entry, quotes), file, path);
      });
    }
    u.statusChanges.forEach((c, i) => {
      checkSources(build, c.sources, file, `statusChanges[${i}]`);
    });
  }
}

/** sinceSources/untilSources cite known documents too. */
function checkEntrySources(build: Build, entry: EdgeEntry, file: string, path: string): void {
  if (entry.sinceSources) checkSources(build, entry.sinceSources, file, `${path}.since`);
  if (entry.untilSources) checkSources(build, entry.untilSources, file, `${path}.until`);
}

/**
 * `derivedMembers`: every member of the union, past and present, becomes a `derived` member of
 * the ISCM with that membership's dates; the union's suspensions are carried over the same way.
 * So Brexit ends the UK's EU-side memberships on 2020-01-31 with no ISCM file edited.
 */
function addDerivedMembers(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    m.derivedMembers.forEach((d, i) => {
      const path = `derivedMembers[${i}]`;
      checkSources(build, d.sources, file, path);
      const union = build.nodes.get(d.union);
      if (union?.label !== "RegionalUnion") {
        if (build.brokenIds.get(d.union) !== "unions")
          build.issues.push({ file, path: `${path}.union`, message: unknownEndpoint(build, "union", d.union) });
        return;
      }
      const fromUnion = [...build.edges.values()].filter(
        (e) => e.target === d.union && (e.type === "MEMBER_OF" || e.type === "SUSPENDED_FROM"),
      );
      for (const e of fromUnion) {
        const u = e.properties;
        const props: EdgeProperties = {
          ...compactProperties({
            since: u.since,
            until: u.until,
            startedAfter: u.startedAfter,
            endedBefore: u.endedBefore,
            // The union membership's dates are the evidence for the derived dates.
            ...(u.since || u.startedAfter
              ? citationProperties("sinceSource", u.sinceSources ? citationsOf(u, "sinceSource") : citationsOf(u))
              : {}),
            ...(u.until || u.endedBefore
              ? citationProperties("untilSource", u.untilSources ? citationsOf(u, "untilSource") : citationsOf(u))
              : {}),
            side: d.side,
            role: u.role,
          }),
          heldFrom: u.heldFrom,
          heldTo: u.heldTo,
          basis: "derived",
          via: d.union,
          note: e.type === "SUSPENDED_FROM" && u.note ? `${d.note} Suspension: ${u.note}` : d.note,
          ...(citationProperties("source", uniqueCitations([...d.sources.map(citationOf), ...citationsOf(u)])) as { sources: string[] }),
          asOf: d.asOf > u.asOf ? d.asOf : u.asOf,
        };
        addEdge(build, e.type, e.source, m.id, props, file, `${path} (${e.source} via ${d.union})`);
      }
    });
  }
}

/** The relationship types a mechanism's status bounds (time.ts `mechanismBounds`). */
const BOUNDED_BY_STATUS = new Set<RelationshipType>([
  "MEMBER_OF",
  "OBSERVER_OF",
  "CHAIRS",
  "SECRETARIAT_OF",
  "PARTICIPATES_IN",
  "SUSPENDED_FROM",
]);

/**
 * The status rule (time.ts module comment): a merged or ended mechanism's relationships end with
 * it; a dormant one keeps its members, marked `dormantFrom`, and has no chair. A relationship
 * that would start after the end, or a chair that would start during a dormancy, is an error.
 */
function applyMechanismStatus(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    const bounds = mechanismBounds(m.statusChanges);
    if (!bounds.endDay && bounds.dormant.length === 0) continue;
    for (const e of build.edges.values()) {
      if (e.target !== m.id || !BOUNDED_BY_STATUS.has(e.type)) continue;
      const p = e.properties;
      const where = build.edgeOrigin.get(e.key) ?? file;
      if (bounds.endDay && bounds.endedWith) {
        if (p.heldFrom > bounds.endDay) {
          build.issues.push({
            file,
            path: "statusChanges",
            message: `${e.type} ${e.source} (${where}) starts after ${m.id} ${bounds.endedWith}`,
          });
          continue;
        }
        if (p.heldTo > bounds.endDay) {
          p.heldTo = bounds.endDay;
          p.endedWith = bounds.endedWith;
        }
      }
      for (const d of bounds.dormant) {
        if (!(p.heldFrom <= d.to && d.from <= p.heldTo)) continue;
        if (e.type === "CHAIRS") {
          if (p.heldFrom >= d.from) {
            build.issues.push({
              file,
              path: "chairs",
              message: `${e.source} (${where}) would chair ${m.id} while it is dormant (from ${d.date})`,
            });
            continue;
          }
          p.heldTo = dayBefore(d.from);
          p.endedWith = `dormant ${d.date}`;
        } else if (e.type === "MEMBER_OF" || e.type === "OBSERVER_OF") {
          p.dormantFrom = d.date;
        }
      }
    }
  }
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Chairs against their rotation: an ISCM with chairs declares its rotation; a chair needs a
 * window — a start and an end, each a date or a bound — unless the rotation is a standing chair;
 * two chairs of one ISCM may overlap only when the rotation declares co-chairs (or a troika).
 */
function checkChairs(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    if (m.chairs.length === 0) continue;
    const r = m.rotation;
    if (!r) {
      build.issues.push({
        file,
        path: "rotation",
        message: "is required when chairs are listed: say how the chair works, with its source",
      });
      continue;
    }
    m.chairs.forEach((c, i) => {
      if (r.standing) return;
      const start = c.since ?? c.startedAfter;
      const end = c.until ?? c.endedBefore;
      if (!start || !end)
        build.issues.push({
          file,
          path: `chairs[${i}]`,
          message: `has no ${!start && !end ? "window" : start ? "end" : "start"}: a chair holds for its term (give since/until, or startedAfter/endedBefore; only a standing chair needs none)`,
        });
    });
    if (r.coChairs) continue;
    const chairs = [...build.edges.values()].filter((e) => e.type === "CHAIRS" && e.target === m.id);
    for (const [i, a] of chairs.entries())
      for (const b of chairs.slice(i + 1)) {
        if (a.properties.heldFrom === OPEN_START && a.properties.heldTo === OPEN_END) continue; // reported above
        if (windowsOverlap(a.properties, b.properties) && !isHandover(a.properties, b.properties))
          build.issues.push({
            file,
            path: "chairs",
            message: `${a.source} (${a.properties.heldFrom}–${a.properties.heldTo}) and ${b.source} (${b.properties.heldFrom}–${b.properties.heldTo}) overlap, but the rotation (${r.kind}) declares no co-chairs`,
          });
      }
  }
}

/**
 * Two successive chairs share the handover: the successor's start and the predecessor's end may
 * name the same day (the convention: `until` = the successor's `since`), or the same month or year
 * when the handover is known no better ("USA (2023)", "Sweden (2023–2024)"). Their overlap is
 * allowed when it lies within the period of the earlier one's `until` or the later one's `since`.
 */
function isHandover(a: EdgeProperties, b: EdgeProperties): boolean {
  const [first, second] = a.heldFrom <= b.heldFrom ? [a, b] : [b, a];
  const overlap = { from: second.heldFrom, to: first.heldTo < second.heldTo ? first.heldTo : second.heldTo };
  const within = (date: unknown) =>
    typeof date === "string" &&
    heldWindow({ since: date, until: date }).heldFrom <= overlap.from &&
    overlap.to <= heldWindow({ since: date, until: date }).heldTo;
  return within(first.until) || within(second.since);
}

/** Every relationship says whether its interval is stated or assumed (time.ts `intervalBasis`). */
function markIntervals(build: Build): void {
  for (const e of build.edges.values()) e.properties.interval = intervalBasis(e.properties as Parameters<typeof intervalBasis>[0]);
}

/**
 * seed/changes-since-2019.json: every record said to be applied must be found in the built
 * dataset — the relationship, with the record's date in the named field and its URL among the
 * sources — so the ledger cannot claim a change the atlas does not hold.
 */
function checkChangeLedger(build: Build): void {
  const ledger = build.seed.changes;
  if (!ledger) return;
  const { file, data } = ledger;
  const edges = [...build.edges.values()];
  // The ledger names files as the repository does (seed/iscms/…): matched by that name, not by the folder's own.
  const gapsByFile = new Map(build.seed.iscms.map(({ name, data }) => [name, data.gaps]));
  const idOfUrl = new Map([...build.sources.values()].filter((s) => s.url).map((s) => [s.url as string, s.id]));
  for (const [i, r] of data.entries()) {
    // The ledger keeps each record's URL as the reference file gives it; the dataset cites its source id.
    const cites = idOfUrl.get(r.url) ?? r.url;
    const fail = (message: string): void => {
      build.issues.push({ file, path: `[${i}]`, message: `record ${r.n}: ${message}` });
    };
    if (r.how === "edge" || r.how === "derived" || r.how === "source") {
      const candidates = edges.filter((e) => e.type === r.type && e.source === r.source && e.target === r.target);
      if (candidates.length === 0) {
        fail(`no ${r.type} ${r.source} → ${r.target} in the dataset`);
        continue;
      }
      const cited = candidates.filter((e) =>
        [
          ...e.properties.sources,
          ...((e.properties.sinceSources as string[]) ?? []),
          ...((e.properties.untilSources as string[]) ?? []),
        ].includes(cites),
      );
      if (cited.length === 0) {
        fail(`${r.type} ${r.source} → ${r.target} does not cite ${r.url}`);
        continue;
      }
      if (r.how === "source") continue;
      const expected = r.appliedDate === undefined ? r.date : r.appliedDate;
      const field = r.field as string;
      const dated = cited.filter((e) => (expected === null ? e.properties[field] !== undefined : e.properties[field] === expected));
      if (dated.length === 0) {
        fail(`${r.type} ${r.source} → ${r.target} has no ${field} ${expected ?? "(undated)"}`);
        continue;
      }
      if (r.how === "derived" && !dated.some((e) => e.properties.basis === "derived" && e.properties.via === r.via))
        fail(`${r.type} ${r.source} → ${r.target} is not derived via ${r.via}`);
    } else if (r.how === "status") {
      const node = build.nodes.get(r.node as string);
      const kinds = (node?.properties.statusChanges as string[] | undefined) ?? [];
      const k = kinds.indexOf(r.event as string);
      if (
        k < 0 ||
        !String((node?.properties.statusChangeSources as string[])[k])
          .split(SOURCE_SEPARATOR)
          .some((c) => c === cites || c.startsWith(`${cites} @ `))
      )
        fail(`${r.node} has no status change "${r.event}" citing ${r.url}`);
    } else if (r.how === "gap") {
      if (!gapsByFile.get(r.file as string)?.some((g) => g.sources.some((c) => citationOf(c).source === cites)))
        fail(`no gap in ${r.file} cites ${r.url}`);
    }
  }
  const seen = new Set(data.map((r) => r.n));
  for (let n = 0; n < Math.max(0, ...seen); n++) if (!seen.has(n)) build.issues.push({ file, path: "", message: `record ${n} is missing` });
}

/** The line of a seed file a path sits on (`members[12]` → 47), when known. */
function lineOf(build: Build, file: string, path: string): number | undefined {
  let lines = build.lines.get(file);
  if (!lines) {
    const text = build.contents.get(file);
    if (text === undefined) return undefined;
    lines = jsonLines(text);
    build.lines.set(file, lines);
  }
  return lines.get(path.replace(/ \(.*\)$/, ""));
}

/**
 * The policy of seed/README.md (*Sources*): a stated or derived relationship needs an official or
 * secondary source, or a copy of one; tertiary sources never stand alone. An inferred one is the
 * curator's reading and says why in its note; it may rest on tertiary leads (the source mix counts it).
 */
function checkSourcePolicy(build: Build): void {
  if (!build.seed.sources) return;
  for (const e of build.edges.values()) {
    if (e.properties.basis === "inferred") continue;
    const kinds = citedKinds(e, build.sources);
    if (sourceMixClass(kinds) !== "tertiary") continue;
    const origin = build.edgeOrigin.get(e.key) ?? "";
    const cut = origin.indexOf(" ");
    const [file, path] = cut < 0 ? [origin, ""] : [origin.slice(0, cut), origin.slice(cut + 1)];
    const line = lineOf(build, file, path);
    const cited = e.properties.sources.map((id) => {
      const s = build.sources.get(id);
      return `${id} (${s ? `${s.kind}${s.url ? `, ${new URL(s.url).host}` : ""}` : "unknown"})`;
    });
    build.issues.push({
      file: line ? `${file}:${line}` : file,
      path,
      message: `${e.type} ${e.source} → ${e.target} rests on tertiary sources only: ${cited.join(", ")}; cite an official or secondary source (or a copy of one), or make it inferred with its reason`,
    });
  }
}

/** Every built edge joins the labels RELATIONSHIPS allows for its type (a build defect otherwise). */
function checkEndpoints(build: Build): void {
  for (const message of endpointViolations(build.edges.values(), (id) => build.nodes.get(id)?.label))
    build.issues.push({ file: "(build)", path: "relationships", message });
}

/** Member States of each ISCM at a day (counting suspensions), from the built edges. */
function memberStatesAt(build: Pick<Build, "nodes" | "edges">, day: string): Map<string, number> {
  const counts = new Map<string, number>();
  // The one "as of" rule (time.ts): held that day, and not set aside by a suspension then.
  for (const e of edgesHeldAt(build.edges.values(), day)) {
    if (!isStateMembership(e.type, build.nodes.get(e.source)?.label) || build.nodes.get(e.target)?.label !== "ISCM") continue;
    counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  }
  return counts;
}

/**
 * Annex 2's declared count against the member States as of the day it describes; a difference
 * needs a `memberCountNote`. The count is stored on the ISCM as `listedMemberCount`.
 */
function checkMemberCounts(build: Build): void {
  const byDay = new Map<string, Map<string, number>>();
  const at = (day: string) => {
    if (!byDay.has(day)) byDay.set(day, memberStatesAt(build, day));
    return byDay.get(day) as Map<string, number>;
  };
  for (const { file, data: m } of build.seed.iscms) {
    const node = build.nodes.get(m.id);
    if (node?.label !== "ISCM") continue;
    // A file with broken lines would only add a count issue that follows from them.
    if (build.issues.some((i) => i.file === file)) continue;
    const day = m.declaredMemberCountAsOf ? asOfDay(m.declaredMemberCountAsOf) : ANNEX2_DAY;
    const listed = at(day).get(m.id) ?? 0;
    node.properties.listedMemberCount = listed;
    if (m.declaredMemberCount !== null && listed !== m.declaredMemberCount && !m.memberCountNote) {
      build.issues.push({
        file,
        path: "memberCountNote",
        message: `is required: ${listed} member States hold as of ${day} but Annex 2 declares ${m.declaredMemberCount}; say why`,
      });
    }
  }
}

/** Annex 10's theme × ISCM table: FOCUSES_ON for every certain cell; uncertain cells must say why. */
function addThemeEdges(build: Build): void {
  const themes = build.seed.themes;
  if (!themes) return;
  const { file, data } = themes;
  const annex = citationOf(data.source);
  checkSources(build, [data.source], file, "source");
  data.columns.forEach((id, i) => {
    if (build.nodes.get(id)?.label !== "ISCM" && build.brokenIds.get(id) !== "iscms") {
      build.issues.push({ file, path: `columns[${i}]`, message: unknownEndpoint(build, "iscm", id) });
    }
  });
  data.themes.forEach((t, i) => {
    for (const [list, ids] of [
      ["iscms", t.iscms],
      ["uncertain", t.uncertain ?? []],
    ] as const) {
      ids.forEach((id, j) => {
        if (build.nodes.get(id)?.label !== "ISCM") {
          if (build.brokenIds.get(id) === "iscms") return;
          build.issues.push({ file, path: `themes[${i}].${list}[${j}]`, message: unknownEndpoint(build, "iscm", id) });
        } else if (list === "iscms") {
          // Each cell cites the table's source at the theme's own line.
          const citation: Citation = { source: annex.source, at: `line ${t.line} (Annex 10)` };
          addEdge(
            build,
            "FOCUSES_ON",
            id,
            t.id,
            { ...(citationProperties("source", [citation]) as { sources: string[] }), asOf: data.asOf, basis: "stated", ...heldWindow({}) },
            file,
            `themes[${i}].iscms[${j}]`,
          );
        }
      });
    }
    if (t.uncertain && !t.defect) {
      build.issues.push({
        file,
        path: `themes[${i}].defect`,
        message: "is required when a row lists uncertain ISCMs: say what is wrong with the source",
      });
    }
  });
}

function claimName(build: Build, name: string, id: string, file: string, path: string): void {
  const owners = build.nameOwners;
  const key = normaliseName(name);
  const owner = owners.get(key);
  if (owner && owner !== id) {
    build.issues.push({
      file,
      path,
      message: `"${name}" would name both ${owner} and ${id}: names, acronyms and aliases must lead to one entity`,
    });
    return;
  }
  owners.set(key, id);
}

/** Every id, acronym, alias and other name must lead to exactly one entity. */
function checkNames(build: Build): void {
  for (const node of build.nodes.values()) {
    if (node.label === "State") continue; // State names come from the package and are unique there
    const p = node.properties;
    const file = build.origin.get(node.id) as string;
    claimName(build, node.id, node.id, file, "id");
    if (typeof p.acronym === "string") claimName(build, p.acronym, node.id, file, "acronym");
    for (const field of ["aliases", "otherNames"] as const) {
      const values = p[field];
      if (!Array.isArray(values)) continue;
      (values as string[]).forEach((a, i) => {
        claimName(build, a, node.id, file, `${field}[${i}]`);
      });
    }
  }
  const owners = build.nameOwners;
  for (const node of build.nodes.values()) {
    // Full names may repeat across kinds (a union and its secretariat); only the first keeps the name.
    if (node.label !== "State" && !owners.has(normaliseName(node.properties.name)))
      owners.set(normaliseName(node.properties.name), node.id);
  }
}

/** seed/aliases.json: each alias must lead to one existing entity, and joins that entity's aliases. */
function addSeedAliases(build: Build): void {
  const aliases = build.seed.aliases;
  if (!aliases) return;
  for (const [alias, id] of Object.entries(aliases.data)) {
    const node = build.nodes.get(id);
    if (!node) {
      const candidates = [...build.nodes.values()].map((n): [string, string] => [n.id, n.id]);
      build.issues.push({
        file: aliases.file,
        path: JSON.stringify(alias),
        message: `points to "${id}", which is not a known id${didYouMean(closestMatches(id, candidates))}`,
      });
      continue;
    }
    claimName(build, alias, id, aliases.file, JSON.stringify(alias));
    // The alias joins the entity's own aliases, so search and name look-ups find it.
    const own = Array.isArray(node.properties.aliases) ? (node.properties.aliases as string[]) : [];
    if (!own.some((a) => normaliseName(a) === normaliseName(alias))) node.properties.aliases = [...own, alias];
  }
}

/**
 * seed/names.json: each id must be an entity; its sourced French and Spanish names become
 * `nameFr`/`acronymFr`/`nameEs`/`acronymEs` (shown in that language), and every translated name,
 * acronym and variant joins `searchNames`, which search reads and nothing displays.
 */
function addTranslatedNames(build: Build): void {
  const names = build.seed.names;
  if (!names) return;
  for (const [id, entry] of Object.entries(names.data)) {
    const node = build.nodes.get(id);
    if (!node) {
      const candidates = [...build.nodes.values()].map((n): [string, string] => [n.id, n.id]);
      build.issues.push({
        file: names.file,
        path: JSON.stringify(id),
        message: `"${id}" is not a known id${didYouMean(closestMatches(id, candidates))}`,
      });
      continue;
    }
    const p = node.properties;
    for (const lang of ["fr", "es"] as const) {
      const shown = entry[lang];
      if (!shown) continue;
      const path = `${JSON.stringify(id)}.${lang}`;
      checkSources(build, shown.sources, names.file, path);
      const ids = shown.sources.map((c) => citationOf(c).source);
      const kinds = ids.map((s) => build.sources.get(s)?.kind ?? "tertiary");
      // A shown name is a fact like any other: it needs an official or secondary source (or a copy of one).
      if (build.seed.sources && sourceMixClass(kinds) === "tertiary")
        build.issues.push({
          file: names.file,
          path: `${path}.sources`,
          message: `the ${lang === "fr" ? "French" : "Spanish"} name "${shown.name}" rests on tertiary sources only (${ids.join(", ")}); cite an official or secondary source, or move the name to "aliases" (search-only)`,
        });
      const suffix = lang === "fr" ? "Fr" : "Es";
      Object.assign(
        p,
        compactProperties({ [`name${suffix}`]: shown.name, [`acronym${suffix}`]: shown.acronym, [`name${suffix}Sources`]: ids }),
      );
    }
    const translated = [entry.fr?.name, entry.fr?.acronym, entry.es?.name, entry.es?.acronym, ...(entry.aliases ?? [])];
    addSearchNames(
      p,
      translated.filter((n): n is string => typeof n === "string"),
    );
  }
}

/**
 * seed/wikidata.json: each id must be an entity and each QID name one entity; the QID becomes
 * `wikidata` (with `wikidataSources`), which the profile pages link and the data package carries.
 */
function addWikidataIds(build: Build): void {
  const wikidata = build.seed.wikidata;
  if (!wikidata) return;
  const holder = new Map<string, string>();
  for (const [id, entry] of Object.entries(wikidata.data.items)) {
    const path = `items.${JSON.stringify(id)}`;
    const node = build.nodes.get(id);
    if (!node) {
      const candidates = [...build.nodes.values()].map((n): [string, string] => [n.id, n.id]);
      build.issues.push({
        file: wikidata.file,
        path,
        message: `"${id}" is not a known id${didYouMean(closestMatches(id, candidates))}`,
      });
      continue;
    }
    const other = holder.get(entry.qid);
    if (other) {
      build.issues.push({ file: wikidata.file, path: `${path}.qid`, message: `${entry.qid} is already the QID of ${other}` });
      continue;
    }
    holder.set(entry.qid, id);
    checkSources(build, entry.sources, wikidata.file, path);
    Object.assign(node.properties, { wikidata: entry.qid, wikidataSources: entry.sources.map((c) => citationOf(c).source) });
  }
}

/** Adds names search finds (once each, and not the entity's own names). */
export function addSearchNames(p: GraphNode["properties"], names: string[]): void {
  const own = new Set(
    [p.name, p.acronym, ...(Array.isArray(p.aliases) ? p.aliases : []), ...(Array.isArray(p.searchNames) ? p.searchNames : [])]
      .filter((n): n is string => typeof n === "string")
      .map(normaliseName),
  );
  const added = names.filter((n) => {
    const key = normaliseName(n);
    if (own.has(key)) return false;
    own.add(key);
    return true;
  });
  if (added.length) p.searchNames = [...(Array.isArray(p.searchNames) ? (p.searchNames as string[]) : []), ...added];
}

/** Counts by label and type, member counts against Annex 2 (as of its day and today), gaps and uncertain Annex 10 cells. */
function summarise(dataset: Dataset, seed: Build["seed"], day: string): Summary {
  const countBy = <K extends string>(keys: readonly K[], items: K[]) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((x) => x === k).length])) as Record<K, number>;
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edges = new Map(dataset.edges.map((e) => [e.key, e]));
  const todayCounts = memberStatesAt({ nodes, edges }, day);
  return {
    nodes: countBy(
      NODE_LABELS,
      dataset.nodes.map((n) => n.label),
    ),
    edges: countBy(
      RELATIONSHIP_TYPES,
      dataset.edges.map((e) => e.type),
    ),
    iscmCounts: seed.iscms.map(({ data: m }) => ({
      id: m.id,
      listed: Number(nodes.get(m.id)?.properties.listedMemberCount ?? 0),
      declared: m.declaredMemberCount,
      declaredAsOf: m.declaredMemberCountAsOf,
      today: todayCounts.get(m.id) ?? 0,
      note: m.memberCountNote,
    })),
    gaps: seed.iscms.reduce((n, { data }) => n + data.gaps.length, 0),
    uncertainThemeCells: seed.themes?.data.themes.reduce((n, t) => n + (t.uncertain?.length ?? 0), 0) ?? 0,
    today: day,
    sourceMix: sourceMixOf(dataset),
  };
}

/** The dataset or a SeedValidationError listing every issue. */
export function loadDataset(seedDir: string = DEFAULT_SEED_DIR): Dataset {
  const result = buildDataset(seedDir);
  if (!result.dataset) throw new SeedValidationError(result.issues);
  return result.dataset;
}
