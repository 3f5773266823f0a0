/**
 * seed/ → the normalised Dataset, with every referential check. A seed with any issue yields
 * no dataset at all: consumers never see a partial graph.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compactProperties, type Dataset, type EdgeProperties, edgeKey, type GraphEdge, type GraphNode } from "../model/graph.ts";
import { type EdgeEntry, ENDPOINT_KEYS, type EndpointKey, type IscmFile } from "../model/seed-schemas.ts";
import { parseSource } from "../model/source.ts";
import { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from "../model/vocabulary.ts";
import { closestMatches, didYouMean } from "./closest.ts";
import { type SeedIssue, SeedValidationError } from "./errors.ts";
import { normaliseName } from "./names.ts";
import { readSeed } from "./read-seed.ts";
import { allCountryCodes, type StateOverrides, stateNode, unMemberIds } from "./states.ts";

export const DEFAULT_SEED_DIR = resolve(fileURLToPath(new URL("../../seed", import.meta.url)));

export interface IscmCount {
  id: string;
  listed: number;
  declared: number | null;
  note?: string;
}

export interface Summary {
  nodes: Record<NodeLabel, number>;
  edges: Record<RelationshipType, number>;
  iscmCounts: IscmCount[];
  gaps: number;
  uncertainThemeCells: number;
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
  "members" | "observers" | "secretariats" | "chairs" | "associatedWith" | "cooperatesWith" | "succeeds",
  { type: RelationshipType; iscmIs: "target" | "source" }
> = {
  members: { type: "MEMBER_OF", iscmIs: "target" },
  observers: { type: "OBSERVER_OF", iscmIs: "target" },
  secretariats: { type: "SECRETARIAT_OF", iscmIs: "target" },
  chairs: { type: "CHAIRS", iscmIs: "target" },
  associatedWith: { type: "ASSOCIATED_WITH", iscmIs: "source" },
  cooperatesWith: { type: "COOPERATES_WITH", iscmIs: "source" },
  succeeds: { type: "SUCCEEDS", iscmIs: "source" },
};

/** Member States listed for an ISCM (organizations that are members do not count against Annex 2). */
const listedMemberStates = (m: IscmFile) => m.members.filter((e) => e.state).length;

export function buildDataset(seedDir: string = DEFAULT_SEED_DIR): BuildResult {
  const { seed, issues, contents, brokenIds } = readSeed(seedDir);
  const hash = createHash("sha256");
  for (const c of contents) hash.update(c.file).update("\0").update(c.text).update("\0");
  const digest = hash.digest("hex").slice(0, 16);

  const nodes = new Map<string, GraphNode>();
  const origin = new Map<string, string>(); // id → file that defined it
  const duplicateIds = new Set<string>();
  const addNode = (node: GraphNode, file: string, path: string) => {
    const existing = nodes.get(node.id);
    if (existing) {
      duplicateIds.add(node.id);
      issues.push({
        file,
        path,
        message: `duplicate id "${node.id}": already used by the ${existing.label} in ${origin.get(node.id)}`,
      });
      return;
    }
    nodes.set(node.id, node);
    origin.set(node.id, file);
  };

  // --- States: from the package; every UN member plus any code the seed names.
  const stateOverrides: StateOverrides = seed.states?.data ?? { codeMap: {}, overrides: {} };
  const knownCodes = new Set(allCountryCodes(stateOverrides));
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
    if (node) addNode(node, "world-countries", "");
  }

  // --- Organizations, unions, ISCMs, themes.
  if (seed.organizations) {
    seed.organizations.data.forEach((o, i) => {
      addNode(
        {
          id: o.id,
          label: "Organization",
          properties: {
            ...compactProperties({ acronym: o.acronym, kind: o.kind, otherNames: o.otherNames, sources: o.sources, notes: o.notes }),
            name: o.name,
          },
        },
        seed.organizations?.file as string,
        `[${i}].id`,
      );
    });
  }
  for (const { file, data: u } of seed.unions) {
    addNode(
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
            sources: u.sources.map((s) => s.url),
          }),
          name: u.name,
        },
      },
      file,
      "id",
    );
  }
  for (const { file, data: m } of seed.iscms) {
    addNode(
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
            listedMemberCount: listedMemberStates(m),
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
            membersSources: m.membersSources.map((s) => s.url),
            notes: m.notes || undefined,
            gaps: m.gaps.map((g) => `${g.text} [${g.sources.join("; ")}]`),
          }),
          name: m.name,
        },
      },
      file,
      "id",
    );
  }
  if (seed.themes) {
    seed.themes.data.themes.forEach((t, i) => {
      addNode(
        {
          id: t.id,
          label: "Theme",
          properties: {
            ...compactProperties({ annex10Line: t.line, uncertainIscms: t.uncertain, defect: t.defect }),
            name: t.name,
          },
        },
        seed.themes?.file as string,
        `themes[${i}].id`,
      );
    });
  }

  // --- Sources must cite a known document.
  const documents = new Set(seed.documents?.data.documents.map((d) => d.file));
  const references = new Set(seed.documents?.data.references);
  const checkSources = (sources: string[], file: string, path: string) => {
    if (!seed.documents) return; // documents.json itself is broken: reported already
    sources.forEach((s, i) => {
      const ref = parseSource(s);
      if (ref?.kind === "seed" && !documents.has(ref.file)) {
        issues.push({ file, path: `${path}.sources[${i}]`, message: `cites "${ref.file}", which is not in documents.json` });
      }
      if (ref?.kind === "reference" && !references.has(ref.file)) {
        issues.push({ file, path: `${path}.sources[${i}]`, message: `cites reference/${ref.file}, which is not in documents.json` });
      }
    });
  };

  seed.organizations?.data.forEach((o, i) => {
    checkSources(o.sources, seed.organizations?.file as string, `[${i}]`);
  });

  // --- Edges.
  const edges = new Map<string, GraphEdge>();
  const edgeOrigin = new Map<string, string>();
  const labelIds = (label: NodeLabel) => [...nodes.values()].filter((n) => n.label === label);
  const unknownEndpoint = (key: EndpointKey, id: string) => {
    const label = ENDPOINT_KEYS[key];
    const candidates = labelIds(label).flatMap((n): [string, string][] => [
      [n.id, n.id],
      [String(n.properties.name), n.id],
    ]);
    if (label === "State") for (const code of knownCodes) candidates.push([code, code]);
    return `"${id}" is not a known ${label}${didYouMean(closestMatches(id, candidates))}`;
  };
  const endpointOf = (entry: EdgeEntry, file: string, path: string) => {
    const key = (Object.keys(ENDPOINT_KEYS) as EndpointKey[]).find((k) => entry[k] !== undefined) as EndpointKey;
    const id = entry[key] as string;
    const node = nodes.get(id);
    // Reported already with the file that broke or duplicated it: do not cascade.
    if (duplicateIds.has(id)) return undefined;
    if (!node && ((key === "iscm" && brokenIds.get(id) === "iscms") || (key === "union" && brokenIds.get(id) === "unions")))
      return undefined;
    if (!node || node.label !== ENDPOINT_KEYS[key]) {
      issues.push({ file, path: `${path}.${key}`, message: unknownEndpoint(key, id) });
      return undefined;
    }
    return id;
  };
  const addEdge = (type: RelationshipType, source: string, target: string, props: EdgeProperties, file: string, path: string) => {
    // COOPERATES_WITH is undirected: one edge per pair, from the smaller id when both are ISCMs.
    if (type === "COOPERATES_WITH" && nodes.get(target)?.label === "ISCM" && target < source) [source, target] = [target, source];
    const key = edgeKey(type, source, target);
    const existing = edges.get(key);
    if (existing && type === "COOPERATES_WITH") {
      // Both sides may state the same cooperation: one edge carrying both sets of sources.
      const merged = existing.properties;
      merged.sources = [...new Set([...merged.sources, ...props.sources])];
      if (props.note && props.note !== merged.note) merged.note = merged.note ? `${merged.note}; ${props.note}` : props.note;
      if (props.asOf > merged.asOf) merged.asOf = props.asOf;
      return;
    }
    if (existing) {
      issues.push({
        file,
        path,
        message: `duplicate relationship ${type} ${source} → ${target}: already stated at ${edgeOrigin.get(key)}`,
      });
      return;
    }
    edges.set(key, { key, source, target, type, properties: props });
    edgeOrigin.set(key, `${file} ${path}`);
  };
  const edgeProps = (e: EdgeEntry): EdgeProperties => ({
    ...compactProperties({ since: e.since, until: e.until, note: e.note, role: e.role, via: e.via }),
    sources: e.sources,
    asOf: e.asOf,
  });

  for (const { file, data: m } of seed.iscms) {
    for (const [list, { type, iscmIs }] of Object.entries(ISCM_LISTS) as [keyof typeof ISCM_LISTS, (typeof ISCM_LISTS)["members"]][]) {
      (m[list] as EdgeEntry[]).forEach((entry, i) => {
        const path = `${list}[${i}]`;
        checkSources(entry.sources, file, path);
        const other = endpointOf(entry, file, path);
        if (!other) return;
        if (other === m.id) {
          issues.push({ file, path, message: `relates ${m.id} to itself` });
          return;
        }
        const [source, target] = iscmIs === "target" ? [other, m.id] : [m.id, other];
        addEdge(type, source, target, edgeProps(entry), file, path);
      });
    }
    m.gaps.forEach((g, i) => {
      checkSources(g.sources, file, `gaps[${i}]`);
    });
    const listed = listedMemberStates(m);
    if (m.declaredMemberCount !== null && listed !== m.declaredMemberCount && !m.memberCountNote) {
      issues.push({
        file,
        path: "memberCountNote",
        message: `is required: ${listed} member States are listed but Annex 2 declares ${m.declaredMemberCount}; say why`,
      });
    }
  }
  for (const { file, data: u } of seed.unions) {
    u.members.forEach((entry, i) => {
      const path = `members[${i}]`;
      checkSources(entry.sources, file, path);
      const other = endpointOf(entry, file, path);
      if (other) addEdge("MEMBER_OF", other, u.id, edgeProps(entry), file, path);
    });
  }
  if (seed.themes) {
    const { file, data } = seed.themes;
    const annex = parseSource(data.source);
    const doc = annex?.kind === "seed" ? annex.file : undefined;
    checkSources([data.source], file, "source");
    data.columns.forEach((id, i) => {
      if (nodes.get(id)?.label !== "ISCM" && brokenIds.get(id) !== "iscms") {
        issues.push({ file, path: `columns[${i}]`, message: unknownEndpoint("iscm", id) });
      }
    });
    data.themes.forEach((t, i) => {
      for (const [list, ids] of [
        ["iscms", t.iscms],
        ["uncertain", t.uncertain ?? []],
      ] as const) {
        ids.forEach((id, j) => {
          if (nodes.get(id)?.label !== "ISCM") {
            if (brokenIds.get(id) === "iscms") return;
            issues.push({ file, path: `themes[${i}].${list}[${j}]`, message: unknownEndpoint("iscm", id) });
          } else if (list === "iscms") {
            const sources = [doc ? `${doc}:${t.line} (Annex 10)` : data.source];
            addEdge("FOCUSES_ON", id, t.id, { sources, asOf: data.asOf }, file, `themes[${i}].iscms[${j}]`);
          }
        });
      }
      if (t.uncertain && !t.defect) {
        issues.push({
          file,
          path: `themes[${i}].defect`,
          message: "is required when a row lists uncertain ISCMs: say what is wrong with the source",
        });
      }
    });
  }

  // --- Every name, acronym and alias must lead to exactly one entity.
  const nameOwner = new Map<string, string>();
  const claim = (name: string, id: string, file: string, path: string) => {
    const key = normaliseName(name);
    const owner = nameOwner.get(key);
    if (owner && owner !== id) {
      issues.push({
        file,
        path,
        message: `"${name}" would name both ${owner} and ${id}: names, acronyms and aliases must lead to one entity`,
      });
      return;
    }
    nameOwner.set(key, id);
  };
  for (const node of nodes.values()) {
    if (node.label === "State") continue; // State names come from the package and are unique there
    const p = node.properties;
    const file = origin.get(node.id) as string;
    claim(node.id, node.id, file, "id");
    if (typeof p.acronym === "string") claim(p.acronym, node.id, file, "acronym");
    for (const field of ["aliases", "otherNames"] as const) {
      const values = p[field];
      if (!Array.isArray(values)) continue;
      (values as string[]).forEach((a, i) => {
        claim(a, node.id, file, `${field}[${i}]`);
      });
    }
  }
  for (const node of nodes.values()) {
    // Full names may repeat across kinds (a union and its secretariat); only the first keeps the name.
    if (node.label !== "State" && !nameOwner.has(normaliseName(node.properties.name)))
      nameOwner.set(normaliseName(node.properties.name), node.id);
  }
  if (seed.aliases) {
    for (const [alias, id] of Object.entries(seed.aliases.data)) {
      if (!nodes.has(id)) {
        const candidates = [...nodes.values()].map((n): [string, string] => [n.id, n.id]);
        issues.push({
          file: seed.aliases.file,
          path: JSON.stringify(alias),
          message: `points to "${id}", which is not a known id${didYouMean(closestMatches(id, candidates))}`,
        });
      } else {
        claim(alias, id, seed.aliases.file, JSON.stringify(alias));
        // The alias joins the entity's own aliases, so search and name look-ups find it.
        const node = nodes.get(id);
        if (node) {
          const own = Array.isArray(node.properties.aliases) ? (node.properties.aliases as string[]) : [];
          if (!own.some((a) => normaliseName(a) === normaliseName(alias))) node.properties.aliases = [...own, alias];
        }
      }
    }
  }

  if (issues.length > 0) return { issues, hash: digest };

  const dataset: Dataset = {
    nodes: [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)),
    edges: [...edges.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
  const countBy = <K extends string>(keys: readonly K[], items: K[]) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((x) => x === k).length])) as Record<K, number>;
  const summary: Summary = {
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
      listed: listedMemberStates(m),
      declared: m.declaredMemberCount,
      note: m.memberCountNote,
    })),
    gaps: seed.iscms.reduce((n, { data }) => n + data.gaps.length, 0),
    uncertainThemeCells: seed.themes?.data.themes.reduce((n, t) => n + (t.uncertain?.length ?? 0), 0) ?? 0,
  };
  return { dataset, issues, summary, hash: digest };
}

/** The dataset or a SeedValidationError listing every issue. */
export function loadDataset(seedDir: string = DEFAULT_SEED_DIR): Dataset {
  const result = buildDataset(seedDir);
  if (!result.dataset) throw new SeedValidationError(result.issues);
  return result.dataset;
}
