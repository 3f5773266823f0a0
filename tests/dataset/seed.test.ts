/** Spot checks of the real seed against the 2019 report (Annex 2, Annex 10) and the reference facts. */
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/dataset/build.ts";
import type { Dataset, GraphNode } from "../../src/model/graph.ts";
import { asOfDay, heldAt } from "../../src/model/time.ts";

let ds: Dataset;
const node = (id: string) => ds.nodes.find((n) => n.id === id) as GraphNode;
const edgesOf = (type: string, target?: string, source?: string) =>
  ds.edges.filter((e) => e.type === type && (!target || e.target === target) && (!source || e.source === source));
const membersOf = (iscm: string) => new Set(edgesOf("MEMBER_OF", iscm).map((e) => e.source));

beforeAll(() => {
  const result = buildDataset();
  expect(result.issues).toEqual([]);
  ds = result.dataset as Dataset;
});

describe("the seed", () => {
  it("holds the 30 Annex 2 ISCMs, the CIS Conference, the EaP Panel's predecessors, the RMFM (2020), the ASEM DG Conference, the Quito Process (2018), the Los Angeles Declaration (2022), and the 31 Annex 10 themes", () => {
    const iscms = ds.nodes.filter((n) => n.label === "ISCM");
    expect(iscms).toHaveLength(37);
    expect(iscms.filter((n) => n.properties.annex2Line !== undefined)).toHaveLength(30);
    // Created in 2020, after the report: no Annex 2 row.
    expect(node("rmfm").properties.annex2Line).toBeUndefined();
    // Listed by IOM (established 2002) but not in the report's Annex 2.
    expect(node("asem-dg-immigration").properties.annex2Line).toBeUndefined();
    // Set up after the report's data (September 2018, June 2022): no Annex 2 row either; IOM lists the Quito Process as an RCP.
    expect(node("quito-process").properties.annex2Line).toBeUndefined();
    expect(node("los-angeles-declaration").properties.annex2Line).toBeUndefined();
    // The Quito Process's members on the day: the 11 signatories of 2018, the Dominican Republic, Guyana and (from November 2024) Guatemala.
    const quitoMembers = (day: string) =>
      ds.edges
        .filter((e) => e.type === "MEMBER_OF" && e.target === "quito-process" && e.properties.heldFrom <= day && day <= e.properties.heldTo)
        .map((e) => e.source)
        .sort();
    expect(quitoMembers("2024-06-30")).toHaveLength(13);
    expect(quitoMembers("2025-06-30")).toContain("GTM");
    expect(quitoMembers("2018-06-30")).toEqual([]);
    expect(node("cis-conference").properties.status).toBe("ended"); // UNHCR: its concluding meeting was on 10 October 2005
    expect(ds.nodes.filter((n) => n.label === "Theme")).toHaveLength(31);
  });

  it("gives every organization and every relationship at least one source, and every relationship an as-of date", () => {
    for (const n of ds.nodes.filter((x) => x.label === "Organization"))
      expect((n.properties.sources as string[]).length, n.id).toBeGreaterThan(0);
    for (const e of ds.edges) {
      expect(e.properties.sources.length, e.key).toBeGreaterThan(0);
      // "undated" only where the source carries no date (a web page without one), never a guess.
      expect(e.properties.asOf, e.key).toMatch(/^(\d{4}|undated$)/);
      expect(["stated", "derived", "inferred"], e.key).toContain(e.properties.basis);
      if (e.properties.basis === "derived") expect(ds.nodes.find((n) => n.id === e.properties.via)?.label, e.key).toBe("RegionalUnion");
      if (e.properties.basis !== "stated")
        expect(String(e.properties.note ?? ""), `${e.key} says why it is ${e.properties.basis}`).not.toBe("");
    }
  });

  it("dates a fact no earlier than the source it cites: the 2024 sources of the audit are not dated 2018", () => {
    const asOf = (type: string, source: string, target: string) =>
      ds.edges.find((e) => e.type === type && e.source === source && e.target === target)?.properties.asOf;
    expect(asOf("COOPERATES_WITH", "prague-process", "euaa")).toBe("2024");
    expect(asOf("COOPERATES_WITH", "pidc", "oco")).toBe("2024-06");
    expect(asOf("OBSERVER_OF", "ioe", "abu-dhabi-dialogue")).toBe("2024-02-09");
    expect(asOf("COOPERATES_WITH", "midsa", "comesa")).toBe("2022");
  });

  it.each([
    ["prague-process", 50, "RCP", 2009],
    ["eap-panel", 34, "RCP", 2001],
    ["gfmd", 195, "Global", 2007],
    ["midcom", 19, "RCP", 2013],
    ["budapest-process", 53, "IRF", 1993],
  ])("Annex 2: %s declares %i members, type %s, established %i", (id, declared, type, year) => {
    const p = node(id).properties;
    expect([p.declaredMemberCount, p.type, p.yearEstablished]).toEqual([declared, type, year]);
  });

  it("holds only values Neo4j can store as properties: no maps, no lists of maps (the abu-dhabi-dialogue rotation once failed the load)", () => {
    const primitive = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
    const storable = (v: unknown) => v === undefined || primitive(v) || (Array.isArray(v) && v.every(primitive));
    const bad = [
      ...ds.nodes.flatMap((n) => Object.entries(n.properties).map(([k, v]) => [`${n.id}.${k}`, v] as const)),
      ...ds.edges.flatMap((e) => Object.entries(e.properties).map(([k, v]) => [`${e.key}.${k}`, v] as const)),
    ].filter(([, v]) => !storable(v));
    expect(bad.map(([where]) => where)).toEqual([]);
  });

  it("keeps both counts where listed and declared differ, with the reason (MIDCOM: COMESA admitted Tunisia and Somalia in 2018)", () => {
    const p = node("midcom").properties;
    expect(p.listedMemberCount).toBe(21);
    expect(p.memberCountNote).toMatch(/Tunisia and Somalia/);
    expect(membersOf("midcom").has("TUN")).toBe(true);
  });

  it("Annex 2 chairs and secretariats: Lithuania chairs the Prague Process, ICMPD is its secretariat, the UAE the Abu Dhabi Dialogue's", () => {
    const june2019 = (e: { properties: { heldFrom: string; heldTo: string } }) => heldAt(e.properties, asOfDay("2019-06"));
    expect(
      edgesOf("CHAIRS", "prague-process")
        .filter(june2019)
        .map((e) => e.source),
    ).toEqual(["LTU"]);
    expect(
      edgesOf("CHAIRS", "prague-process")
        .filter((e) => heldAt(e.properties, asOfDay("2021-07")))
        .map((e) => e.source),
    ).toEqual(["CZE"]);
    expect(edgesOf("SECRETARIAT_OF", "prague-process").map((e) => e.source)).toEqual(["icmpd"]);
    expect(
      edgesOf("SECRETARIAT_OF", "abu-dhabi-dialogue")
        .filter(june2019)
        .map((e) => e.source),
    ).toEqual(["ARE"]);
    expect(edgesOf("MEMBER_OF", "bali-process").map((e) => e.source)).toContain("iom");
  });

  it("the six Eastern Partnership States take part in both the Prague Process and the EaP Panel", () => {
    const pp = membersOf("prague-process");
    const eap = membersOf("eap-panel");
    for (const s of ["ARM", "AZE", "BLR", "GEO", "MDA", "UKR"]) {
      expect(pp.has(s), s).toBe(true);
      expect(eap.has(s), s).toBe(true);
    }
  });

  it("records the cooperation facts the seeds state, once per pair", () => {
    const pairs = new Set(edgesOf("COOPERATES_WITH").map((e) => [e.source, e.target].sort().join("+")));
    for (const [a, b] of [
      ["eap-panel", "prague-process"],
      ["budapest-process", "prague-process"],
      ["khartoum-process", "prague-process"],
      ["prague-process", "rabat-process"],
      ["almaty-process", "prague-process"],
      ["bali-process", "colombo-process"],
      ["rcm", "sacm"],
      ["midwa", "sacm"],
      ["abu-dhabi-dialogue", "almaty-process"],
      ["khartoum-process", "rabat-process"],
      ["au-hoai", "khartoum-process"],
    ]) {
      expect(pairs.has([a, b].sort().join("+")), `${a} + ${b}`).toBe(true);
    }
    const keys = edgesOf("COOPERATES_WITH").map((e) => [e.source, e.target].sort().join("+"));
    expect(new Set(keys).size).toBe(keys.length);
    // A geographic overlap the report names is not a cooperation.
    expect(pairs.has(["au-hoai", "mid-igad"].sort().join("+"))).toBe(false);
  });

  it("the succession EaP Panel → EaPPMA → Söderköping Process", () => {
    expect(
      edgesOf("SUCCEEDS")
        .map((e) => `${e.source}->${e.target}`)
        .sort(),
    ).toEqual(["eap-panel->eappma", "eappma->soderkoping-process"]);
  });

  it("Annex 10 exactly as marked: Biometrics for IGC and the Prague Process only, Migration and security for none", () => {
    expect(
      edgesOf("FOCUSES_ON", "biometrics")
        .map((e) => e.source)
        .sort(),
    ).toEqual(["igc", "prague-process"]);
    expect(edgesOf("FOCUSES_ON", "migration-and-security")).toHaveLength(0);
    expect(node("counter-trafficking").properties.name).toBe("Counter-trafficking");
    // COMMIT has no Annex 10 column: no theme at all rather than a guessed one.
    expect(edgesOf("FOCUSES_ON", undefined, "commit")).toHaveLength(0);
  });

  it("the defective Migration and development row: only cells certain wherever the stray cell sits become edges", () => {
    const md = node("migration-and-development").properties;
    const uncertain = md.uncertainIscms as string[];
    expect(uncertain).toHaveLength(10);
    const linked = edgesOf("FOCUSES_ON", "migration-and-development").map((e) => e.source);
    expect(linked).toHaveLength(17);
    for (const id of uncertain) expect(linked).not.toContain(id);
    expect(linked).toContain("prague-process");
  });

  it("States come from world-countries with UN subregions and coordinates; Kosovo is XKX", () => {
    const geo = node("GEO").properties;
    expect(geo.subregion).toBe("Western Asia");
    expect(geo.latitude as number).toBeGreaterThan(0);
    expect(geo.longitude as number).toBeGreaterThan(0);
    expect(node("XKX").properties.name).toBe("Kosovo");
    expect(node("NCL").properties.sovereign).toBe(false);
  });

  it("union membership changes after June 2019 are dated on the edge (the UK left the EU on 2020-01-31)", () => {
    expect(ds.edges.find((e) => e.key === "MEMBER_OF:GBR->eu")?.properties.until).toBe("2020-01-31");
  });
});
