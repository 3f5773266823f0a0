/** The citation line for the explorer's downloads: this page's address, the data's hash and day. */
import packageJson from "../../package.json";
import { formatCitation } from "../release/citation-line.ts";

export function explorerCitation(hash: string, asOf: string): string {
  return formatCitation({ version: packageJson.version, hash, asOf, url: window.location.href });
}
