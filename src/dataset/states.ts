/**
 * State nodes come from the world-countries package (names, UN region/subregion, coordinates),
 * never from a hand-typed table. seed/states.json only maps codes the package spells differently
 * (Kosovo: package UNK, sources XKX) and adds notes.
 */
import countries from "world-countries";
import { compactProperties, type GraphNode } from "../model/graph.ts";

type Country = (typeof countries)[number];
const byCca3 = new Map<string, Country>(countries.map((c) => [c.cca3, c]));

export interface StateOverrides {
  codeMap: Record<string, string>;
  overrides: Record<string, { name?: string; note?: string }>;
}

function countryFor(id: string, overrides: StateOverrides): Country | undefined {
  return byCca3.get(overrides.codeMap[id] ?? id);
}

export function stateNode(id: string, overrides: StateOverrides): GraphNode | undefined {
  const c = countryFor(id, overrides);
  if (!c) return undefined;
  const extra = overrides.overrides[id] ?? {};
  const [latitude, longitude] = c.latlng;
  return {
    id,
    label: "State",
    properties: {
      ...compactProperties({
        officialName: c.name.official,
        // ISO 3166-1 numeric: how the map joins a State to its Natural Earth shape (world-atlas ids).
        isoNumeric: c.ccn3 || undefined,
        region: c.region,
        subregion: c.subregion || undefined,
        latitude,
        longitude,
        sovereign: c.independent === true,
        unMember: c.unMember,
        // Other spellings (Republic of Moldova, Swaziland, UK…) so users find States by the names
        // the 2019 report and ministries use; the two-letter code is left out.
        aliases: c.altSpellings.filter((a) => a !== c.cca2),
        note: extra.note,
      }),
      name: extra.name ?? c.name.common,
    },
  };
}

/** Every UN member State: present in the graph even when no ISCM names it (a visible "in none"). */
export function unMemberIds(overrides: StateOverrides): string[] {
  const reverse = new Map(Object.entries(overrides.codeMap).map(([ours, pkg]) => [pkg, ours]));
  return countries.filter((c) => c.unMember).map((c) => reverse.get(c.cca3) ?? c.cca3);
}

export function allCountryCodes(overrides: StateOverrides): string[] {
  const reverse = new Map(Object.entries(overrides.codeMap).map(([ours, pkg]) => [pkg, ours]));
  return countries.map((c) => reverse.get(c.cca3) ?? c.cca3);
}
