/**
 * Search over names, acronyms and aliases: exact matches first (of the name, an acronym or an
 * alias alike: "GFMD", "Rabat Process", "Ivory Coast"), then prefixes, word prefixes, substrings;
 * these are matches. Then near misses (edit distance ≤ 1 on a word from 5 characters, ≤ 2 from 8),
 * so "Prauge" and "pragueprocess" find the Prague Process, but a short unknown acronym ("FMMD") is
 * not read as a typo of another ("MMD"). With neither, the closest names are offered as near
 * misses. A near miss is never a match: the explorer does not select it for Enter.
 */

import type { Catalog, CatalogEntry } from "../dataset/catalog.ts";
import { foldName } from "../dataset/catalog.ts";
import { closestMatches } from "../dataset/closest.ts";

export type SearchMatch = "exact" | "prefix" | "word" | "substring" | "near";

export interface SearchHit {
  id: string;
  label: CatalogEntry["label"];
  name: string;
  /** The name people use first ("Rabat Process"); the name when there is no other. */
  shortName: string;
  /** The name, acronym or alias that matched. */
  matched: string;
  /** How it matched: a near miss ("near") is a suggestion, not a match. */
  match: SearchMatch;
  score: number;
}

/** Near misses offered when nothing matches at all. */
const CLOSEST = 3;

function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How well a folded name (and its words) matches the folded query; 0 = not at all. */
function matchScore(query: string, t: string, words: string[]): number {
  const compactQ = query.replace(/[\s-]/g, "");
  if (t === query) return 100;
  if (t.replace(/[\s-]/g, "") === compactQ) return 95;
  if (t.startsWith(query)) return 80;
  if (words.some((w) => w.startsWith(query))) return 70;
  if (t.includes(query)) return 60;
  // Typos: one edit from 5 characters on, two from 8 (shorter queries, acronyms mostly, match
  // too much: "FMMD" is not "MMD").
  const allowed = query.length >= 8 ? 2 : query.length >= 5 ? 1 : 0;
  if (allowed > 0) {
    const distance = Math.min(...words.map((w) => editDistanceWithin(query, w, allowed)), editDistanceWithin(query, t, allowed));
    if (distance <= allowed) return 40 - distance * 10;
  }
  return 0;
}

const matchOf = (score: number): SearchMatch =>
  score >= 95 ? "exact" : score >= 80 ? "prefix" : score >= 70 ? "word" : score >= 60 ? "substring" : "near";

/**
 * `labels`: only entities of these kinds (the overlap pickers ask for ISCMs); all when absent.
 * Names in any of the three languages match whatever `lang` is; `lang` is the language of the
 * names returned (ids never change).
 */
export function searchCatalog(
  catalog: Catalog,
  q: string,
  limit = 10,
  labels?: readonly CatalogEntry["label"][],
  lang: "en" | "fr" | "es" = "en",
): SearchHit[] {
  const query = foldName(q);
  if (query.length === 0) return [];
  const wanted = (e: CatalogEntry) => !labels || labels.includes(e.label);
  const hits: SearchHit[] = [];
  const hit = (e: CatalogEntry, matched: string, score: number): SearchHit => ({
    id: e.id,
    label: e.label,
    ...(lang === "en" ? { name: e.name, shortName: e.shortName } : e.localised[lang]),
    matched,
    match: matchOf(score),
    score,
  });
  catalog.entries.forEach((e, i) => {
    if (!wanted(e)) return;
    let best: { score: number; matched: string } = { score: 0, matched: "" };
    for (const name of catalog.names[i] ?? []) {
      const score = matchScore(query, name.folded, name.words);
      if (score > best.score) best = { score, matched: name.text };
    }
    // ISCMs first among equals: they are what this atlas is about.
    if (best.score > 0) hits.push(hit(e, best.matched, best.score + (e.label === "ISCM" ? 1 : 0)));
  });
  if (hits.length === 0) {
    // Nothing matches: the closest names, as near misses ("did you mean …?").
    const candidates = catalog.entries.flatMap((e, i) =>
      wanted(e) ? (catalog.names[i] ?? []).map((n) => [n.folded, e.id] as [string, string]) : [],
    );
    return closestMatches(query, candidates, Math.min(CLOSEST, limit)).flatMap((id) => {
      const e = catalog.byId.get(id);
      return e ? [hit(e, lang === "en" ? e.shortName : e.localised[lang].shortName, 0)] : [];
    });
  }
  hits.sort((a, b) => b.score - a.score || a.name.length - b.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, limit);
}
