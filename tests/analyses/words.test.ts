/** The analyses in French and Spanish (src/analyses/words.ts): complete, and what GET /api/analyses?lang= answers. */
import { describe, expect, it } from "vitest";
import { ANALYSES } from "../../src/analyses/registry.ts";
import { ANALYSIS_WORDS, PARAM_WORDS, UNIT_WORDS } from "../../src/analyses/words.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";

const LANGS = ["fr", "es"] as const;

describe("analysis words", () => {
  it.each(
    LANGS,
  )("%s: every analysis has a title, a summary, every column's label, every unit and every parameter's description", (lang) => {
    expect(ANALYSES.length).toBeGreaterThanOrEqual(13);
    const missing: string[] = [];
    for (const a of ANALYSES) {
      const words = ANALYSIS_WORDS[lang][a.name];
      if (!words) {
        missing.push(a.name);
        continue;
      }
      // A translation is not the English left in place.
      if (!words.title || words.title === a.title) missing.push(`${a.name}.title`);
      if (!words.summary || words.summary === a.summary) missing.push(`${a.name}.summary`);
      for (const [column, meta] of Object.entries(a.columnLabels)) {
        if (!words.columns[column]) missing.push(`${a.name}.columns.${column}`);
        if (meta.unit && !UNIT_WORDS[lang][meta.unit]) missing.push(`unit "${meta.unit}"`);
      }
      for (const extra of Object.keys(words.columns)) if (!(extra in a.columnLabels)) missing.push(`${a.name}: no column ${extra}`);
      for (const p of a.params) if (!PARAM_WORDS[lang][p.description]) missing.push(`${a.name} param ${p.name}: "${p.description}"`);
    }
    for (const name of Object.keys(ANALYSIS_WORDS[lang])) if (!ANALYSES.some((a) => a.name === name)) missing.push(`no analysis ${name}`);
    expect(missing).toEqual([]);
  });

  it("GET /api/analyses?lang=fr and ?lang=es answer in that language; names, columns and Cypher stay; an unknown lang is a 400", async () => {
    const app = createApp({ store: new MemoryStore(loadDataset()), log: () => {} });
    const get = async (query: string) => app.request(`/api/analyses${query}`, { headers: { host: "localhost" } });
    type List = {
      analyses: {
        name: string;
        title: string;
        columns: string[];
        cypher: string;
        columnLabels: Record<string, { label: string; unit?: string }>;
        params: { name: string; description: string }[];
      }[];
    };
    const en = (await (await get("")).json()) as List;
    const fr = (await (await get("?lang=fr")).json()) as List;
    const es = (await (await get("?lang=es")).json()) as List;
    const synergy = (l: List) => l.analyses.find((a) => a.name === "synergy-candidates");
    expect(synergy(en)?.title).toBe("Mechanisms that could work together");
    expect(synergy(fr)?.title).toBe("Mécanismes qui pourraient travailler ensemble");
    expect(synergy(es)?.title).toBe("Mecanismos que podrían trabajar juntos");
    expect(synergy(fr)?.columnLabels.sharedMemberCount).toEqual({ label: "Membres communs", unit: "États" });
    expect(synergy(es)?.params.find((p) => p.name === "asOf")?.description).toMatch(/^respuesta a esta fecha/);
    expect(fr.analyses.map((a) => [a.name, a.columns, a.cypher])).toEqual(en.analyses.map((a) => [a.name, a.columns, a.cypher]));
    const bad = await get("?lang=de");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("lang");
  });
});
