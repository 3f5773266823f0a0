/**
 * Colours and sizes. Okabe–Ito palette (colour-blind safe); kinds differ by colour AND by size
 * and border, so colour is never the only cue.
 */
import type { Dataset, GraphNode } from "../../model/graph.ts";
import { RELATIONSHIP_TYPES, RELATIONSHIPS, type RelationshipType } from "../../model/vocabulary.ts";
import type { NodeState } from "./highlight.ts";

export const ISCM_TYPE_COLORS: Record<string, string> = { RCP: "#D55E00", IRF: "#0072B2", Global: "#CC79A7" };
export const REGION_COLORS: Record<string, string> = {
  Africa: "#E69F00",
  Americas: "#009E73",
  Asia: "#56B4E9",
  Europe: "#0072B2",
  Oceania: "#F0E442",
  Antarctic: "#999999",
};
export const KIND_COLORS = { Organization: "#000000", RegionalUnion: "#8C6D31", Theme: "#7F7F7F" } as const;
/** Each relationship type's colour, from the one table (model/vocabulary.ts RELATIONSHIPS). */
export const EDGE_COLORS = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].color])) as Record<
  RelationshipType,
  string
>;

export function nodeColor(node: GraphNode): string {
  const p = node.properties;
  if (node.label === "ISCM") return ISCM_TYPE_COLORS[String(p.type)] ?? "#D55E00";
  if (node.label === "State") return REGION_COLORS[String(p.region)] ?? "#999999";
  return KIND_COLORS[node.label];
}

/** MEMBER_OF relationships per target (States and organizations alike): what node sizes show. */
export function memberTally(dataset: Dataset): Map<string, number> {
  const tally = new Map<string, number>();
  for (const e of dataset.edges) if (e.type === "MEMBER_OF") tally.set(e.target, (tally.get(e.target) ?? 0) + 1);
  return tally;
}

/** ISCMs by member count (area ∝ members), the rest small and fixed by kind. */
export function nodeSize(node: GraphNode, memberCount: number): number {
  if (node.label === "ISCM") return 6 + Math.sqrt(memberCount) * 1.6;
  if (node.label === "State") return 3;
  if (node.label === "Theme") return 3.5;
  return 5;
}

/** Comparing ISCMs: States in all of them, and States in only the first, second or third. */
export const OVERLAP_COLORS = { shared: "#009E73", only: ["#E69F00", "#56B4E9", "#CC79A7"] } as const;
/**
 * The categories of a comparison, as the network and the map colour them and their legends say:
 * States in all compared ISCMs, then in each one only (the map adds "in two of three").
 */
export function overlapCategories(
  iscms: readonly string[],
  name: (id: string) => string,
  words: { inBoth: string; inAllThree: string; inOnly: (iscm: string) => string } = {
    inBoth: "in both",
    inAllThree: "in all three",
    inOnly: (iscm) => `in ${iscm} only`,
  },
): { key: string; label: string; color: string }[] {
  return [
    { key: "all", label: iscms.length === 2 ? words.inBoth : words.inAllThree, color: OVERLAP_COLORS.shared },
    ...iscms.map((id, k) => ({ key: `only-${k}`, label: words.inOnly(name(id)), color: OVERLAP_COLORS.only[k] as string })),
  ];
}
/** What is not part of the current highlight steps back in this grey. */
export const FADED_COLOR = "#e6e6e6";

/** What sigma draws for a node in a highlight state (core/highlight.ts); the reducers only call this. */
export function nodeDisplay<T extends { size: number; color: string; label: string }>(
  state: NodeState,
  data: T,
): T & { hidden?: boolean; highlighted?: boolean; zIndex?: number } {
  switch (state.kind) {
    case "hidden":
      return { ...data, hidden: true };
    case "compared":
    case "focus":
      return { ...data, highlighted: true, zIndex: 2 };
    case "shared":
      return { ...data, color: OVERLAP_COLORS.shared, size: data.size * 1.6, zIndex: 1 };
    case "only":
      return { ...data, color: OVERLAP_COLORS.only[state.index] ?? FADED_COLOR, size: data.size * 1.3, zIndex: 1 };
    case "emphasised":
      return { ...data, size: data.size * 1.4, zIndex: 1 };
    case "neighbour":
      return { ...data, zIndex: 1 };
    case "faded":
      return { ...data, color: FADED_COLOR, label: "" };
    case "plain":
      return data;
  }
}
