import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { wikidataFileSchema } from "../../src/model/seed-schemas.ts";
import { bordersLines, WIKIDATA_SOURCE_ID } from "../../tools/wikidata-crosswalk.ts";

const file = wikidataFileSchema.parse(JSON.parse(readFileSync("seed/wikidata.json", "utf8")));

describe("seed/wikidata.json: the Wikidata crosswalk", () => {
  it("quotes the installed country-coder verbatim, and each quote names the QID it gives", () => {
    const lines = bordersLines();
    const items = Object.entries(file.items);
    expect(items.length).toBeGreaterThan(200);
    for (const [id, item] of items) {
      const citation = item.sources[0];
      expect(typeof citation === "object" && citation.source, id).toBe(WIKIDATA_SOURCE_ID);
      const quote = typeof citation === "object" ? citation.quote : undefined;
      const iso3 = typeof citation === "object" ? citation.at?.replace("feature ", "") : undefined;
      expect(lines.get(iso3 ?? ""), id).toBe(quote);
      expect(quote, id).toContain(`"wikidata":"${item.qid}"`);
    }
  });

  it("gives every State a QID or lists it as not found, and the data carries it", () => {
    const dataset = loadDataset();
    const states = dataset.nodes.filter((n) => n.label === "State");
    const missing = states.filter((s) => !file.items[s.id] && !file.notFound?.includes(s.id));
    expect(missing.map((s) => s.id)).toEqual([]);
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    expect(byId.get("BLR")?.properties.wikidata).toBe("Q184");
    expect(byId.get("XKX")?.properties.wikidata).toBe("Q1246");
    expect(byId.get("eu")?.properties.wikidata).toBe("Q458");
    expect(byId.get("eu")?.properties.wikidataSources).toEqual([WIKIDATA_SOURCE_ID]);
    // No QID is given to two entities.
    const qids = Object.values(file.items).map((i) => i.qid);
    expect(new Set(qids).size).toBe(qids.length);
  });
});
