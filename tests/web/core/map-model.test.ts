/** The map's layers as data: categories, colours and legend counts, from the same answers as the rest of the explorer. */
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../../../src/analyses/run.ts";
import { loadDataset } from "../../../src/dataset/build.ts";
import { asOfDay, datasetAsOf } from "../../../src/model/time.ts";
import { MemoryStore } from "../../../src/store/memory/store.ts";
import type { OverlapRow } from "../../../src/web/api.ts";
import {
  EN_MAP_WORDS,
  ENGAGEMENT_COLORS,
  engagementClasses,
  engagementModel,
  footprintModel,
  onlyVisible,
  overlapModel,
  resolveLayer,
} from "../../../src/web/core/map-model.ts";

const dataset = loadDataset();
const store = new MemoryStore(dataset);
const name = (id: string) => id;

describe("map model", () => {
  it("overlap of three ISCMs: all, each pair, each only — counts add up to the union and match the API's sets", async () => {
    const iscms = ["au-hoai", "mid-igad", "khartoum-process"];
    const row = (await runAnalysis(store, "iscm-overlap", { a: iscms[0] as string, b: iscms[1] as string, c: iscms[2] as string }))
      .rows[0] as unknown as OverlapRow;
    const model = overlapModel(row, iscms, name);
    const count = (key: string) => model.legend.find((e) => e.key === key)?.count;
    expect(count("all")).toBe(row.sharedCount);
    expect(count("only-0")).toBe(row.onlyA.length);
    expect(count("only-2")).toBe(row.onlyC?.length);
    const union = new Set(row.members.flat());
    expect(model.legend.reduce((n, e) => n + e.count, 0)).toBe(union.size);
    // Kenya is in all three; its data-overlap lists them in the order compared.
    expect(model.states.get("KEN")?.overlap).toEqual(iscms);
    expect(overlapModel(undefined, ["au-hoai"], name).empty).toMatch(/Compare two or three/);
  });

  it("speaks the words it is given (the web's French), the same categories and counts as in English", async () => {
    const iscms = ["rabat-process", "khartoum-process"];
    const row = (await runAnalysis(store, "iscm-overlap", { a: "rabat-process", b: "khartoum-process" })).rows[0] as unknown as OverlapRow;
    const fr = {
      ...EN_MAP_WORDS,
      overlapOf: (x: string) => `Chevauchement : ${x}`,
      inBoth: "dans les deux",
      inOnly: (x: string) => `dans ${x} seulement`,
    };
    const english = overlapModel(row, iscms, name);
    const french = overlapModel(row, iscms, name, fr);
    expect(french.title).toBe("Chevauchement : rabat-process / khartoum-process");
    expect(french.legend.map((e) => e.label)).toEqual(["dans les deux", "dans rabat-process seulement", "dans khartoum-process seulement"]);
    expect(french.legend.map((e) => [e.key, e.count])).toEqual(english.legend.map((e) => [e.key, e.count]));
    expect(english.legend[0]?.label).toBe("in both");
  });

  it("engagement classes cover 1..max in at most seven steps, and every State with a value gets one", async () => {
    expect(engagementClasses(13)).toEqual([2, 4, 6, 7, 9, 11, 13]);
    expect(engagementClasses(3)).toEqual([1, 2, 3]);
    const rows = (await runAnalysis(store, "most-engaged-states", {})).rows as { state: string; iscms: number; member: number }[];
    const model = engagementModel(rows, "any", new Map());
    expect(model.states.get(rows[0]?.state as string)?.engagement).toBe(rows[0]?.iscms);
    expect(model.states.get(rows[0]?.state as string)?.color).toBe(ENGAGEMENT_COLORS[6]);
    expect(model.legend.reduce((n, e) => n + e.count, 0)).toBe(rows.filter((r) => r.iscms > 0).length);
  });

  it("footprint on a day: Belarus a suspended member of the EaP Panel today, a member in 2019; chairs and State secretariats marked", () => {
    const today = footprintModel(datasetAsOf(dataset, asOfDay(null)), "eap-panel", name);
    expect(today.states.get("BLR")?.category).toBe("suspended");
    expect(today.states.has("GBR")).toBe(false);
    const june2019 = footprintModel(datasetAsOf(dataset, asOfDay("2019-06")), "eap-panel", name);
    expect(june2019.states.get("BLR")?.category).toBe("member");
    expect(june2019.states.get("GBR")?.category).toBe("member");
    // Pakistan chaired the Abu Dhabi Dialogue from October 2021 to February 2024.
    const add = footprintModel(datasetAsOf(dataset, asOfDay("2023-06")), "abu-dhabi-dialogue", name);
    expect(add.states.get("ARE")).toMatchObject({ category: "member", secretariat: true });
    expect(add.states.get("PAK")?.chair).toBe(true);
    expect(add.states.get("KOR")).toMatchObject({ category: "observer", hatch: true });
    expect(footprintModel(dataset, null, name).empty).toMatch(/Choose an ISCM/);
  });

  it("follows the filters: only visible States are coloured and counted", async () => {
    const row = (await runAnalysis(store, "iscm-overlap", { a: "prague-process", b: "eap-panel" })).rows[0] as unknown as OverlapRow;
    const model = overlapModel(row, ["prague-process", "eap-panel"], name);
    const onlyArmenia = onlyVisible(model, new Set(["ARM"]));
    expect([...onlyArmenia.states.keys()]).toEqual(["ARM"]);
    expect(onlyArmenia.legend.find((e) => e.key === "all")?.count).toBe(1);
  });

  it("chooses the layer: asked, else overlap, else the selected ISCM's footprint, else engagement", () => {
    expect(resolveLayer("engagement", ["a", "b"], true)).toBe("engagement");
    expect(resolveLayer(null, ["a", "b"], true)).toBe("overlap");
    expect(resolveLayer(null, ["a"], true)).toBe("footprint");
    expect(resolveLayer(null, [], false)).toBe("engagement");
  });
});
