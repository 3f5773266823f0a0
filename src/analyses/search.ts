/**
 * Search over names, acronyms and aliases: exact matches first, then prefixes, word prefixes,
 * substrings, and finally near misses (edit distance ≤ 2 on a word), so "Prag", "Prauge" and
 * "pragueprocess" all find the Prague Process.
 */
import type { Catalog, CatalogEntry } from "./catalog.ts";
import { foldName } from "./catalog.ts";

export interface SearchHit {
  id: string;
  label: CatalogEntry["label"];
  name: string;
  /** The name, acronym or alias that matched. */
  matched: string;
  score: number;
}

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
  // Typos: one edit from 4 characters on, two from 7 (shorter queries match too much).
  const allowed = query.length >= 7 ? 2 : query.length >= 4 ? 1 : 0;
  if (allowed > 0) {
    const distance = Math.min(...words.map((w) => editDistanceWithin(query, w, allowed)), editDistanceWithin(query, t, allowed));
    if (distance <= allowed) return 40 - distance * 10;
  }
  return 0;
}

export function searchCatalog(catalog: Catalog, q: string, limit = 10): SearchHit[] {
  const query = foldName(q);
  if (query.length === 0) return [];
  const hits: SearchHit[] = [];
  catalog.entries.forEach((e, i) => {
    let best: { score: number; matched: string } = { score: 0, matched: "" };
    for (const name of catalog.names[i] ?? []) {
      const score = matchScore(query, name.folded, name.words);
      if (score > best.score) best = { score, matched: name.text };
    }
    // ISCMs first among equals: they are what this atlas is about.
    if (best.score > 0)
      hits.push({ id: e.id, label: e.label, name: e.name, matched: best.matched, score: best.score + (e.label === "ISCM" ? 1 : 0) });
  });
  hits.sort((a, b) => b.score - a.score || a.name.length - b.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, limit);
}
