/**
 * How an exported picture or table names where it comes from: "ISCM Atlas, data as of
 * 2019-06-30, http://…/?asOf=2019-06" — the atlas, the day its facts describe, and the address
 * of the view it was made from (the page's own URL: the atlas has no fixed public address).
 */
export function citationLine(day: string, url: string): string {
  return `ISCM Atlas, data as of ${day}, ${url}`;
}
