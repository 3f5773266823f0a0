/**
 * How to cite the atlas: one line, the same on the data package, the exports, the profile pages
 * and the embeds — "ISCM Atlas <version> (dataset <hash>), data as of <day>, <URL>".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.ts";

/** The atlas's version: package.json's, the one CITATION.cff repeats (a test holds them equal). */
export const ATLAS_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

export interface CitationFacts {
  /** The dataset hash (dataset/hash.ts), which says exactly which data. */
  hash: string;
  /** The day the data describe (YYYY-MM-DD). */
  asOf: string;
  /** Where the reader finds it; omitted when there is none to give (a release without --url). */
  url?: string;
}

export function citationLine({ hash, asOf, url }: CitationFacts): string {
  return `ISCM Atlas ${ATLAS_VERSION} (dataset ${hash}), data as of ${asOf}${url ? `, ${url}` : ""}`;
}
