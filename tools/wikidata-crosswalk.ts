/**
 * Writes seed/wikidata.json: each State's (and the EU's) Wikidata QID, read from the `wikidata`
 * field of country-coder's borders.json (npm @rapideditor/country-coder, pinned in package.json),
 * with the words of that file as the quote. An entity the file does not carry is listed under
 * `notFound`, so the gap stays visible. Run again after upgrading the package:
 *
 *   npx tsx tools/wikidata-crosswalk.ts
 *
 * tests/dataset/wikidata.test.ts holds the committed file to the installed package.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadDataset } from "../src/dataset/build.ts";

export const WIKIDATA_SOURCE_ID = "country-coder-borders";

/** The atlas's ids that a country-coder feature stands for, beyond States' ISO alpha-3 codes. */
const UNION_FEATURES: Record<string, string> = { eu: "EUE" };

/** One feature per line in borders.json; the quote is the line's properties up to the QID. */
export function bordersLines(): Map<string, string> {
  const require = createRequire(import.meta.url);
  // The package exports only its code; its data file sits beside it, one folder up from dist/.
  const entry = require.resolve("@rapideditor/country-coder");
  const text = readFileSync(join(dirname(entry), "..", "src/data/borders.json"), "utf8");
  const byIso3 = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /"properties":\{(.*?"iso1A3":"([A-Z]{3})".*?"wikidata":"Q\d+")/.exec(line);
    if (m?.[1] && m[2]) byIso3.set(m[2], m[1]);
  }
  return byIso3;
}

function main(): void {
  const lines = bordersLines();
  const dataset = loadDataset();
  const wanted = [
    ...dataset.nodes.filter((n) => n.label === "State").map((n) => [n.id, n.id] as const),
    ...Object.entries(UNION_FEATURES),
  ];
  const items: Record<string, unknown> = {};
  const notFound: string[] = [];
  for (const [id, iso3] of wanted) {
    const quote = lines.get(iso3);
    const qid = quote && /"wikidata":"(Q\d+)"/.exec(quote)?.[1];
    if (!quote || !qid) {
      notFound.push(id);
      continue;
    }
    items[id] = { qid, sources: [{ source: WIKIDATA_SOURCE_ID, at: `feature ${iso3}`, quote }] };
  }
  const file = {
    note: "Wikidata identifiers (QIDs) of the atlas's entities, derived from country-coder's borders.json (written by tools/wikidata-crosswalk.ts, checked by tests/dataset/wikidata.test.ts). An identifier, not a fact about engagement: check any of them at https://www.wikidata.org/wiki/<QID>. Organizations and mechanisms have none yet: no source for their QIDs was found.",
    items,
    notFound,
  };
  const lineFor = (v: unknown) => JSON.stringify(v);
  const body = Object.entries(items)
    .map(([id, v]) => `    ${JSON.stringify(id)}: ${lineFor(v)}`)
    .join(",\n");
  writeFileSync(
    "seed/wikidata.json",
    `{\n  "note": ${JSON.stringify(file.note)},\n  "items": {\n${body}\n  },\n  "notFound": ${JSON.stringify(notFound)}\n}\n`,
  );
  console.log(`wrote seed/wikidata.json: ${Object.keys(items).length} QIDs, not found: ${notFound.join(", ") || "none"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
