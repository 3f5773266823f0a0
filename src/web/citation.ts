/** The citation line for the explorer's downloads: this page's address, the data's hash and day. */
import packageJson from "../../package.json";
import { formatCitation } from "../release/citation-line.ts";

export function explorerCitation(hash: string, asOf: string): string {
  // Rendered outside a browser (tests, server rendering) there is no page address to cite.
  const url = typeof window === "undefined" ? undefined : window.location.href;
  return formatCitation({ version: packageJson.version, hash, asOf, ...(url ? { url } : {}) });
}
