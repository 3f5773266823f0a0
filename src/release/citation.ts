/**
 * How to cite the atlas: one line, the same on the data package, the exports, the profile pages
 * and the embeds — "ISCM Atlas <version> (dataset <hash>), data as of <day>, <URL>" (its wording:
 * citation-line.ts, which the explorer's downloads use too).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.ts";
import { type CitationFacts, formatCitation } from "./citation-line.ts";

/** The atlas's version: package.json's, the one CITATION.cff repeats (a test holds them equal). */
/**
 * The data's licence (SPDX id): Creative Commons Attribution 4.0 — anyone may reuse, merge and
 * republish the data, citing the atlas. The same id is in CITATION.cff (tests hold them equal);
 * `release --license` overrides it for one package.
 */
export const DATA_LICENSE = "CC-BY-4.0";

export const ATLAS_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

export function citationLine(facts: Omit<CitationFacts, "version">): string {
  return formatCitation({ ...facts, version: ATLAS_VERSION });
}
