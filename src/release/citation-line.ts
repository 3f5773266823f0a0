/** The citation line's wording, in one place, for the server and the browser alike (no Node imports). */
export interface CitationFacts {
  /** The atlas's version (package.json). */
  version: string;
  /** The dataset hash (dataset/hash.ts), which says exactly which data. */
  hash: string;
  /** The day the data describe (YYYY-MM-DD). */
  asOf: string;
  /** Where the reader finds it; omitted when there is none to give (a release without --url). */
  url?: string;
}

export function formatCitation({ version, hash, asOf, url }: CitationFacts): string {
  return `ISCM Atlas ${version} (dataset ${hash}), data as of ${asOf}${url ? `, ${url}` : ""}`;
}
