/**
 * Currency over real HTTP on the embedded store: /api/currency and the /currency page answer the
 * analysis's findings; profile pages show confirmed-as-of per aspect, disagreements with each
 * claim and its source, and stated against assumed intervals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrencyFinding } from "../../src/analyses/currency.ts";
import { runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

const dataset = loadDataset();
const store = new MemoryStore(dataset);
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createApp({ store, log: () => {} }));
});
afterAll(async () => {
  await server?.close();
});
const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, text: await res.text() };
};

describe("currency", () => {
  it("lists, most urgent first, unknown chairs with what was searched, stale aspects and disagreements", async () => {
    const { rows } = await runAnalysis(store, "currency", { asOf: "2026-12-02" });
    const findings = rows as unknown as CurrencyFinding[];
    const issues = findings.map((f) => f.issue);
    // Grouped by urgency: no issue comes back after a later one has started.
    expect(issues).toEqual([...issues].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    const prague = findings.find((f) => f.entity === "prague-process" && f.issue === "chair not found");
    expect(prague?.detail).toMatch(/^chair not found for 2026; last known: CZE until 2024-12-31; searched: Prague Process Strategic Group/);
    // Dormant MIDCAS has no chair to look for; the merged Söderköping Process is not reported at all.
    expect(findings.some((f) => f.entity === "midcas" && f.aspect === "chair")).toBe(false);
    expect(findings.some((f) => f.entity === "soderkoping-process" && f.issue !== "disagreement")).toBe(false);
    // The member list was observed in May 2018; a source published in February 2019 confirms it later.
    const stale = findings.find((f) => f.entity === "rabat-process" && f.issue === "stale" && f.aspect === "members");
    expect(stale).toMatchObject({ confirmedAsOf: "2019-02" });
    expect(stale?.monthsOld).toBeGreaterThan(18);
    const eccas = findings.filter((f) => f.issue === "disagreement").map((f) => f.aspect);
    expect(eccas).toContain("the year the Söderköping Process became the EaP Panel");
  });

  it("a chair in doubt (stale, or past its term) says what was searched for a newer source or a successor", async () => {
    const findings = (await runAnalysis(store, "currency", { asOf: "2026-12-02" })).rows as unknown as CurrencyFinding[];
    const bali = findings.find((f) => f.entity === "bali-process" && f.issue === "stale" && f.aspect === "chair");
    expect(bali?.detail).toMatch(
      /^last confirmed 2023-02-09, \d+ months before 2026-12-02 \(more than 18\); searched for a newer source: Bali Process/,
    );
    const rmfm = findings.find((f) => f.entity === "rmfm" && f.issue === "chair past its term");
    expect(rmfm?.detail).toMatch(/^UGA has held the chair \d+ months on 2026-12-02; the term is 24 months; searched for a successor: /);
    // A stale aspect other than the chair carries no chair searches.
    const members = findings.find((f) => f.entity === "bali-process" && f.issue === "stale" && f.aspect === "members");
    expect(members?.detail).toMatch(/^last confirmed /);
    expect(members?.detail).not.toContain("searched");
    // The profile tells a year without a known chair from a year searched for a successor.
    const page = (await get("/iscm/bali-process")).text;
    expect(page).toContain("Searched without finding a successor or a newer source: 2026.");
    expect(page).not.toContain("Chair not found for 2026");
    expect((await get("/iscm/midwa")).text).toContain("Chair not found for 2021, 2022, 2023, 2024, 2025, 2026.");
  });

  it("confirmed as of is the newer of the line's observation and its sources' publication dates", async () => {
    const rabatMembers = dataset.edges.filter(
      (e) => e.type === "MEMBER_OF" && e.target === "rabat-process" && e.properties.basis === "stated",
    );
    // Observed in May 2018 by the curator's line; the newest of its sources was published in February 2019.
    const observed = rabatMembers.find((e) => e.properties.asOf === "2018-05" && e.properties.sourcesPublished === "2019-02");
    expect(observed).toBeDefined();
    // Every edge's sourcesPublished is the newest dated non-tertiary record it cites.
    const byId = new Map((dataset.sources ?? []).map((s) => [s.id, s]));
    for (const e of dataset.edges) {
      const dates = e.properties.sources
        .map((id) => byId.get(id))
        .filter((r) => r && r.kind !== "tertiary")
        .map((r) => (r?.kind === "copy" ? (r.copyOf?.published ?? r.published) : r?.published))
        .filter((d): d is string => typeof d === "string");
      if (dates.length === 0) expect(e.properties.sourcesPublished).toBeUndefined();
      else expect(dates).toContain(e.properties.sourcesPublished);
    }
    // The Abu Dhabi Dialogue's secretariat: a WAM report of 30 January 2026 keeps it fresh.
    const { rows } = await runAnalysis(store, "currency", { asOf: "2026-12-02" });
    const findings = rows as unknown as CurrencyFinding[];
    expect(findings.some((f) => f.entity === "abu-dhabi-dialogue" && f.issue === "stale" && f.aspect === "secretariat")).toBe(false);
  });

  it("a mechanism asked about before it was created has no chair to miss (the Los Angeles Declaration, June 2022)", async () => {
    const missing = async (asOf: string) =>
      ((await runAnalysis(store, "currency", { asOf })).rows as unknown as CurrencyFinding[]).filter(
        (f) => f.entity === "los-angeles-declaration" && f.issue === "chair not found",
      );
    expect(await missing("2021-07")).toEqual([]);
    // Once it exists, a year without a known holder is reported again (Colombia's presidency began in September 2024).
    expect((await missing("2023-06")).map((f) => f.detail)).toEqual([expect.stringMatching(/^chair not found for 2023; /)]);
  });

  it("on a day inside a known term, a current chair is not reported missing (Colombia chaired the GFMD in 2024)", async () => {
    const { rows } = await runAnalysis(store, "currency", { asOf: "2024-09" });
    expect((rows as unknown as CurrencyFinding[]).some((f) => f.entity === "gfmd" && f.issue === "chair not found")).toBe(false);
  });

  it("answers at /api/currency with the analysis's rows", async () => {
    const res = await get("/api/currency?asOf=2026-06&limit=5");
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.analysis).toBe("currency");
    expect(body.params.asOf).toBe("2026-06-30");
    expect(body.rows).toHaveLength(5);
    expect(body.rows[0]).toHaveProperty("confirmedAsOf");
  });

  it("/currency is a page with one table per kind of finding and numbered sources", async () => {
    const page = await get("/currency?asOf=2026-06");
    expect(page.status).toBe(200);
    expect(page.text).toContain("How current the atlas is on 2026-06-30");
    expect(page.text).toMatch(/<h2[^>]*>Chair not found \(\d+\)<\/h2>/);
    expect(page.text).toContain('<table id="table-stale">');
    expect(page.text).toContain("chair not found for 2026");
  });
});

const ORDER = ["chair past its term", "chair not found", "stale", "disagreement"];

describe("profiles show how current and how certain each fact is", () => {
  it("a disagreement shows each claim with its quote and source, none picked", async () => {
    const page = await get("/iscm/eappma");
    expect(page.text).toContain("Where sources disagree (1)");
    expect(page.text).toContain("the year EaPPMA became the EaP Panel on Migration, Mobility and IBM: ");
    expect(page.text).toMatch(
      /2017 \(“The Eastern Partnership \(EaP\) Panel on Migration, Mobility and Integrated Border Management succeeded/,
    );
    expect(page.text).toMatch(/<span> — or — <\/span><span>2018 \(“the Eastern Partnership Panel on Migration and Asylum, which became/);
    const union = await get("/union/au");
    expect(union.text).toContain("the day the AU suspended NER (2023): ");
  });

  it("confirmed as of per aspect, with a stale one marked", async () => {
    const page = await get("/iscm/rabat-process?asOf=2026-06");
    expect(page.text).toContain("How current this page is");
    expect(page.text).toMatch(
      /<td><span>members<\/span><\/td><td><span>\d+<\/span><\/td><td><span>2019-02<sup>.*?<\/td><td><span>stale \(more than 18 months before 2026-06-30\)<\/span><\/td>/,
    );
    expect(page.text).toMatch(
      /<td><span>chair<\/span><\/td><td><span>1<\/span><\/td><td><span>2026-01-\d\d<sup>.*?<\/td><td><span>current<\/span><\/td>/,
    );
    expect(page.text).toContain("Chair rotation: single; term: one year;");
  });

  it("the API's relationship payload says whether an interval is stated or assumed", async () => {
    const res = await get("/api/entities/prague-process");
    const rels = JSON.parse(res.text).relationships as { type: string; other: string; properties: Record<string, unknown> }[];
    const austria = rels.find((r) => r.type === "MEMBER_OF" && r.other === "AUT");
    expect(austria?.properties).toMatchObject({ interval: "assumed" });
    const czechChair = rels.find((r) => r.type === "CHAIRS" && r.other === "CZE");
    expect(czechChair?.properties).toMatchObject({ since: "2020-11-16", until: "2024-12", interval: "stated" });
    // The merged Söderköping Process: Moldova's membership ends with it.
    const soderkoping = JSON.parse((await get("/api/entities/soderkoping-process")).text).relationships as typeof rels;
    expect(soderkoping.find((r) => r.type === "MEMBER_OF" && r.other === "MDA")?.properties).toMatchObject({
      heldTo: "2011-12-08",
      endedWith: "merged 2011-12-08",
    });
  });

  it("an undated membership reads as observed and assumed; a dated one by its dates", async () => {
    const page = await get("/iscm/prague-process?asOf=2021-07");
    expect(page.text).toContain("observed 2018; assumed before and since");
    const colombia = await get("/iscm/gfmd?asOf=2024-09");
    expect(colombia.text).toContain("2024-04-01–2025");
  });
});
