/**
 * Build steps that add the relationships: each ISCM's and union's lists, the members derived from unions, the themes of Annex 10.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import { compactProperties, type EdgeProperties, edgeKey } from "../../model/graph.ts";
import { type EdgeEntry, ENDPOINT_KEYS, type EndpointKey } from "../../model/seed-schemas.ts";
import { type Citation, type CitationInput, citationOf, citationProperties, citationsOf, uniqueCitations } from "../../model/source.ts";
import { heldWindow, windowsOverlap } from "../../model/time.ts";
import type { RelationshipType } from "../../model/vocabulary.ts";
import { closestMatches, didYouMean } from "../closest.ts";
import { type Build, checkSources, ISCM_LISTS } from "./context.ts";

/** "… is not a known State (did you mean …?)": candidates by id and name, and every country code for States. */
export function unknownEndpoint(build: Build, key: EndpointKey, id: string): string {
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
export function endpointOf(build: Build, entry: EdgeEntry, file: string, path: string): string | undefined {
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

export function addEdge(
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
export function withQuotes(inputs: readonly CitationInput[], fileQuotes: ReadonlyMap<string, string>): Citation[] {
  return inputs.map((input) => {
    const c = citationOf(input);
    const quote = c.quote ?? fileQuotes.get(c.source);
    return quote ? { ...c, quote } : c;
  });
}

export const edgeProps = (e: EdgeEntry, fileQuotes: ReadonlyMap<string, string>): EdgeProperties => ({
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
export function quotesOf(list: readonly { source: string; quote: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of list) if (q.quote && !out.has(q.source)) out.set(q.source, q.quote);
  return out;
}

/** Members, observers, secretariats, chairs, associations, cooperation and succession of every ISCM. */
export function addIscmEdges(build: Build): void {
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

export function addUnionEdges(build: Build): void {
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
export function checkEntrySources(build: Build, entry: EdgeEntry, file: string, path: string): void {
  if (entry.sinceSources) checkSources(build, entry.sinceSources, file, `${path}.since`);
  if (entry.untilSources) checkSources(build, entry.untilSources, file, `${path}.until`);
}

/**
 * `derivedMembers`: every member of the union, past and present, becomes a `derived` member of
 * the ISCM with that membership's dates; the union's suspensions are carried over the same way.
 * So Brexit ends the UK's EU-side memberships on 2020-01-31 with no ISCM file edited.
 */
export function addDerivedMembers(build: Build): void {
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

/** Annex 10's theme × ISCM table: FOCUSES_ON for every certain cell; uncertain cells must say why. */
export function addThemeEdges(build: Build): void {
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
