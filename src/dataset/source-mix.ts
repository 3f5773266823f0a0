/**
 * How the relationships of a dataset are sourced: with an official source, with a secondary one
 * only, with copies only, with tertiary sources only (0 in a valid seed: seed/README.md,
 * *Sources*). `validate` prints it and the API serves it (GET /api/sources).
 */
import type { Dataset, GraphEdge } from "../model/graph.ts";
import { citationsOf, SOURCE_KINDS, type SourceKind, type SourceMix, type SourceRecord, sourceMixClass } from "../model/source.ts";

/** The kinds of the sources a relationship cites (unknown ids count as tertiary: they prove nothing). */
export function citedKinds(edge: Pick<GraphEdge, "properties">, sources: ReadonlyMap<string, SourceRecord>): SourceKind[] {
  return edge.properties.sources.map((id) => sources.get(id)?.kind ?? "tertiary");
}

export function sourceMixOf(dataset: Dataset): SourceMix {
  const byId = new Map((dataset.sources ?? []).map((s) => [s.id, s]));
  const mix: SourceMix = {
    relationships: dataset.edges.length,
    official: 0,
    secondaryOnly: 0,
    copyOnly: 0,
    tertiaryOnly: 0,
    inferredOnTertiaryOnly: 0,
    sources: byId.size,
    sourcesByKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>,
  };
  for (const s of byId.values()) mix.sourcesByKind[s.kind]++;
  for (const e of dataset.edges) {
    const cls = sourceMixClass(citedKinds(e, byId));
    if (cls === "official") mix.official++;
    else if (cls === "secondary") mix.secondaryOnly++;
    else if (cls === "copy") mix.copyOnly++;
    else if (e.properties.basis === "inferred") mix.inferredOnTertiaryOnly++;
    else mix.tertiaryOnly++;
  }
  return mix;
}

/** One relationship a source supports: the edge, which of its facts (the relationship, or its dates), where and in what words. */
export interface SupportedFact {
  edge: GraphEdge;
  /** "relationship", or "start"/"end" when the source dates it (sinceSources/untilSources). */
  what: "relationship" | "start" | "end";
  at?: string;
  quote?: string;
}

/** Every relationship a source supports, in the dataset's edge order. */
export function factsCiting(dataset: Dataset, sourceId: string): SupportedFact[] {
  const out: SupportedFact[] = [];
  for (const edge of dataset.edges) {
    for (const [prefix, what] of [
      ["source", "relationship"],
      ["sinceSource", "start"],
      ["untilSource", "end"],
    ] as const) {
      for (const c of citationsOf(edge.properties, prefix))
        if (c.source === sourceId) out.push({ edge, what, ...(c.at ? { at: c.at } : {}), ...(c.quote ? { quote: c.quote } : {}) });
    }
  }
  return out;
}
