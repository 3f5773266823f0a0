/**
 * Names: every name, acronym and alias leads to one entity; the seed's aliases; French and Spanish names; Wikidata identifiers.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import { compactProperties, type GraphNode } from "../../model/graph.ts";
import { citationOf, sourceMixClass } from "../../model/source.ts";
import { closestMatches, didYouMean } from "../closest.ts";
import { normaliseName } from "../names.ts";
import { type Build, checkSources } from "./context.ts";

export function claimName(build: Build, name: string, id: string, file: string, path: string): void {
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
export function checkNames(build: Build): void {
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
export function addSeedAliases(build: Build): void {
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
export function addTranslatedNames(build: Build): void {
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
export function addWikidataIds(build: Build): void {
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
