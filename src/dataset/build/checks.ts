/**
 * Checks over the built graph: the source registry and policy, the change ledger, the endpoints of every edge, member counts against Annex 2.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import { citationOf, SOURCE_SEPARATOR, sourceMixClass } from "../../model/source.ts";
import { asOfDay, edgesHeldAt } from "../../model/time.ts";
import { endpointViolations, isStateMembership } from "../../model/vocabulary.ts";
import { citedKinds } from "../source-mix.ts";
import { ANNEX2_DAY, type Build, checkSources, lineOf } from "./context.ts";

/** seed/sources.json: ids are unique. */
export function checkSourceRegistry(build: Build): void {
  const file = build.seed.sources;
  if (!file) return;
  const seen = new Set<string>();
  file.data.sources.forEach((s, i) => {
    if (seen.has(s.id)) build.issues.push({ file: file.file, path: `sources[${i}].id`, message: `duplicate source id "${s.id}"` });
    seen.add(s.id);
  });
}

export function checkOrganizationSources(build: Build): void {
  const organizations = build.seed.organizations;
  organizations?.data.forEach((o, i) => {
    checkSources(build, o.sources, organizations.file, `[${i}]`);
  });
}

/**
 * seed/changes-since-2019.json: every record said to be applied must be found in the built
 * dataset — the relationship, with the record's date in the named field and its URL (or the source
 * named in `citedAs`) among the sources — so the ledger cannot claim a change the atlas does not hold.
 */
export function checkChangeLedger(build: Build): void {
  const ledger = build.seed.changes;
  if (!ledger) return;
  const { file, data } = ledger;
  const edges = [...build.edges.values()];
  // The ledger names files as the repository does (seed/iscms/…): matched by that name, not by the folder's own.
  const gapsByFile = new Map(build.seed.iscms.map(({ name, data }) => [name, data.gaps]));
  const idOfUrl = new Map([...build.sources.values()].filter((s) => s.url).map((s) => [s.url as string, s.id]));
  for (const [i, r] of data.entries()) {
    // The ledger keeps each record's URL as the reference file gives it; the dataset cites its source
    // id, or the source named in `citedAs` where that URL was only a tertiary lead.
    const cites = r.citedAs ?? idOfUrl.get(r.url) ?? r.url;
    const fail = (message: string): void => {
      build.issues.push({ file, path: `[${i}]`, message: `record ${r.n}: ${message}` });
    };
    if (r.citedAs !== undefined && !build.sources.has(r.citedAs)) {
      fail(`citedAs names no source in seed/sources.json: ${r.citedAs}`);
      continue;
    }
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
        fail(`${r.type} ${r.source} → ${r.target} does not cite ${r.citedAs ?? r.url}`);
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

/**
 * The policy of seed/README.md (*Sources*): a stated or derived relationship needs an official or
 * secondary source, or a copy of one; tertiary sources never stand alone. An inferred one is the
 * curator's reading and says why in its note; it may rest on tertiary leads (the source mix counts it).
 */
export function checkSourcePolicy(build: Build): void {
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
  // The same rule for the dates: a start or an end with sources of its own needs one that is not tertiary.
  for (const e of build.edges.values()) {
    if (e.properties.basis === "inferred") continue;
    for (const [field, which] of [
      ["sinceSources", "start"],
      ["untilSources", "end"],
    ] as const) {
      const ids = e.properties[field];
      if (!Array.isArray(ids) || ids.length === 0) continue;
      const kinds = ids.map((id) => build.sources.get(String(id))?.kind ?? "tertiary");
      if (sourceMixClass(kinds) !== "tertiary") continue;
      const origin = build.edgeOrigin.get(e.key) ?? "";
      const cut = origin.indexOf(" ");
      const [file, path] = cut < 0 ? [origin, ""] : [origin.slice(0, cut), origin.slice(cut + 1)];
      const line = lineOf(build, file, path);
      build.issues.push({
        file: line ? `${file}:${line}` : file,
        path: path ? `${path}.${field}` : field,
        message: `the ${which} of ${e.type} ${e.source} → ${e.target} rests on tertiary sources only: ${ids.join(", ")}; cite an official or secondary source (or a copy of one) for the date, or make the relationship inferred with its reason`,
      });
    }
  }
}

/** Every built edge joins the labels RELATIONSHIPS allows for its type (a build defect otherwise). */
export function checkEndpoints(build: Build): void {
  for (const message of endpointViolations(build.edges.values(), (id) => build.nodes.get(id)?.label))
    build.issues.push({ file: "(build)", path: "relationships", message });
}

/** Member States of each ISCM at a day (counting suspensions), from the built edges. */
export function memberStatesAt(build: Pick<Build, "nodes" | "edges">, day: string): Map<string, number> {
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
export function checkMemberCounts(build: Build): void {
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
