/**
 * The analysis cases both stores are asked (parity) and that every time or suspension clause of a
 * query file must answer differently without (the mutation check). Each "as of" case runs at the
 * Annex 2 month, mid-2021 (after Brexit, Belarus suspended from the EaP Panel) and today.
 */
type Case = [string, Record<string, string>];

const PARITY_CASES: Case[] = [
  ["shared-iscms", { a: "ARM", b: "AZE" }],
  ["shared-iscms", { a: "Germany", b: "Turkey" }],
  ["state-partners", { state: "MDA" }],
  ["state-partners", { state: "Kenya", limit: "5" }],
  ["iscm-overlap", { a: "prague-process", b: "eap-panel" }],
  ["iscm-overlap", { a: "gfmd", b: "GFMD" }],
  ["iscm-overlap", { a: "au-hoai", b: "mid-igad", c: "khartoum-process" }],
  ["overlap-matrix", {}],
  ["overlap-matrix", { min: "20" }],
  ["geographic-overlap", {}],
  ["geographic-overlap", { subregion: "Eastern Africa", limit: "5" }],
  ["synergy-candidates", {}],
  ["synergy-candidates", { limit: "5" }],
  ["most-engaged-states", {}],
  ["most-engaged-states", { limit: "3" }],
  ["secretariat-hubs", {}],
  ["theme-coverage", {}],
  ["theme-coverage", { theme: "labour-migration" }],
  ["union-alignment", { iscm: "mid-igad" }],
  ["union-alignment", { iscm: "EU-CELAC MD" }],
  ["path", { a: "ARM", b: "icmpd" }],
  ["path", { a: "Lesotho", b: "Bali Process", limit: "100" }],
  ["path", { a: "labour-migration", b: "iom", limit: "3" }],
];

const AS_OF = ["2019-06", "2021-07", undefined] as const;

/**
 * States whose standing changed after June 2019, asked where it shows: Belarus suspended from the
 * EaP Panel (2021-06-28), Mali out of ECOWAS (2025-01-29, so out of MIDWA's derived members) and
 * suspended from the AU (so set aside in PAFoM and AU-HoAI-derived lists), Venezuela suspended from
 * Mercosur (2016-12), Brazil suspended from CELAC (2020-01-16 to 2023-01-05); the United Kingdom out
 * of the EU (2020-01-31), so out of the memberships derived from it.
 */
const STANDING_CASES: Case[] = [
  ["shared-iscms", { a: "BLR", b: "ARM", asOf: "2020" }],
  ["shared-iscms", { a: "BLR", b: "ARM", asOf: "2022" }],
  ["shared-iscms", { a: "ARM", b: "BLR", asOf: "2022" }],
  ["shared-iscms", { a: "MLI", b: "SEN", asOf: "2024" }],
  ["shared-iscms", { a: "MLI", b: "SEN", asOf: "2025-06" }],
  ["state-partners", { state: "BLR", asOf: "2022", limit: "200" }],
  ["state-partners", { state: "MLI", asOf: "2025-06", limit: "200" }],
  ["state-partners", { state: "ARM", asOf: "2022", limit: "200" }],
  ["state-partners", { state: "GBR", asOf: "2022", limit: "200" }],
  ["iscm-overlap", { a: "eap-panel", b: "prague-process", asOf: "2022" }],
  ["iscm-overlap", { a: "midwa", b: "rabat-process", asOf: "2025-06" }],
  ["most-engaged-states", { asOf: "2022", limit: "300" }],
  ["most-engaged-states", { asOf: "2025-06", limit: "300" }],
  ["union-alignment", { iscm: "midwa", asOf: "2025-06" }],
  ["union-alignment", { iscm: "eu-celac-md", asOf: "2021" }],
  ["union-alignment", { iscm: "eap-panel", asOf: "2022" }],
  ["path", { a: "BLR", b: "eap-panel", asOf: "2020" }],
  ["path", { a: "BLR", b: "eap-panel", asOf: "2022" }],
  ["path", { a: "MLI", b: "midwa", asOf: "2025-06" }],
  ["theme-coverage", { asOf: "2025-06" }],
  ["geographic-overlap", { asOf: "2025-06" }],
  ["overlap-matrix", { asOf: "2022" }],
  ["overlap-matrix", { asOf: "2025-06" }],
  ["synergy-candidates", { asOf: "2022" }],
  // MIDCAS before its dormancy (2016): active then, so its pairs count.
  ["synergy-candidates", { asOf: "2010" }],
  ["secretariat-hubs", { asOf: "2015" }],
];

export const ANALYSIS_CASES: Case[] = [
  ...PARITY_CASES.flatMap(([name, params]) => AS_OF.map((asOf): Case => [name, asOf ? { ...params, asOf } : params])),
  ...STANDING_CASES,
  // The history is not "as of" a day: its own ranges.
  ["changes", {}],
  ["changes", { from: "2019-06" }],
  ["changes", { from: "2019-06", iscm: "eap-panel" }],
  ["changes", { from: "2020", to: "2021-07", limit: "10" }],
  // Currency reads the whole history on a day; the Neo4j store runs the same runner over the graph it reads back.
  ["currency", {}],
  ["currency", { asOf: "2021-07" }],
  ["currency", { asOf: "2024-06", limit: "20" }],
  // Answers at more dates after 2019: chairs by term, suspensions and exits of 2020–2026.
  ...["2020-09", "2022-03", "2024-06", "2025-11"].flatMap((asOf): Case[] => [
    ["most-engaged-states", { asOf, limit: "25" }],
    ["union-alignment", { iscm: "midwa", asOf }],
    ["union-alignment", { iscm: "pafom", asOf }],
  ]),
];
