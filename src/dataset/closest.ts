/** Closest-match suggestions for "did you mean …?" messages. */

/** " (did you mean a, b?)", or nothing at all when there is nothing to suggest. */
export function didYouMean(suggestions: string[]): string {
  return suggestions.length > 0 ? ` (did you mean ${suggestions.join(", ")}?)` : "";
}
function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(above + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length] as number;
}

/**
 * Up to `limit` candidates ranked by edit distance on lower-cased text, with substring matches
 * first; candidates are `[key, display]` pairs so that a name can suggest its id.
 */
export function closestMatches(query: string, candidates: Iterable<[string, string]>, limit = 3): string[] {
  const q = query.toLowerCase();
  const scored: { display: string; score: number }[] = [];
  for (const [key, display] of candidates) {
    const k = key.toLowerCase();
    const score = k.includes(q) || q.includes(k) ? Math.abs(k.length - q.length) / 100 : levenshtein(q, k);
    scored.push({ display, score });
  }
  scored.sort((a, b) => a.score - b.score || a.display.localeCompare(b.display));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.display)) out.push(s.display);
    if (out.length === limit) break;
  }
  return out;
}
