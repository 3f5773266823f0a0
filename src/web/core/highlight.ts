/**
 * What the network shows highlighted, derived in one pure function from the explorer's state:
 * the filters' visible sets, a comparison of ISCMs (the API's iscm-overlap answer), entities an
 * analysis named, and the focus (the hovered node, else the selected one). The precedence is:
 *
 *   1. filters hide;  2. a comparison;  3. an analysis's emphasis;  4. the focus;  5. plain.
 *
 * The graph's reducers only translate these states into colours and sizes (appearance.ts).
 */
import type { OverlapRow } from "../api.ts";

export interface OverlapSets {
  /** The ISCMs compared, in order. */
  iscms: string[];
  /** States in all of them. */
  shared: Set<string>;
  /** States in only the first, second, third. */
  only: Set<string>[];
}

/** The sets of an iscm-overlap answer; null when fewer than two ISCMs are compared or no answer yet. */
export function overlapSets(row: OverlapRow | undefined, iscms: readonly string[]): OverlapSets | null {
  if (!row || iscms.length < 2) return null;
  return { iscms: [...iscms], shared: new Set(row.shared), only: [row.onlyA, row.onlyB, row.onlyC ?? []].map((l) => new Set(l)) };
}

export type NodeState =
  | { kind: "hidden" }
  | { kind: "compared" }
  | { kind: "shared" }
  | { kind: "only"; index: number }
  | { kind: "emphasised" }
  | { kind: "focus" }
  | { kind: "neighbour" }
  | { kind: "faded" }
  | { kind: "plain" };

export interface HighlightInput {
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  overlap: OverlapSets | null;
  emphasis: ReadonlySet<string> | null;
  hovered: string | null;
  selected: string | null;
  /** The graph's adjacency, to light up the focus's neighbours; its node and edge counts. */
  graph: { hasNode(id: string): boolean; areNeighbors(a: string, b: string): boolean; order: number; size: number };
}

export interface Highlight {
  /** Which rule decides, for legends and tests. */
  mode: "overlap" | "emphasis" | "focus" | "none";
  node(id: string): NodeState;
  /** Whether an edge is drawn. */
  edge(key: string, source: string, target: string): boolean;
  /**
   * What the renderer may skip: every node drawn plain, every edge drawn, and whether `edge`
   * looks at the edge's ends at all. On a big graph each reducer call counts.
   */
  plain: { nodes: boolean; edges: boolean; edgeNeedsEnds: boolean };
}

const HIDDEN: NodeState = { kind: "hidden" };
const FADED: NodeState = { kind: "faded" };
const PLAIN: NodeState = { kind: "plain" };
const NOTHING_PLAIN = { nodes: false, edges: false, edgeNeedsEnds: true } as const;

export function deriveHighlight({ visible, overlap, emphasis, hovered, selected, graph }: HighlightInput): Highlight {
  if (overlap) {
    const compared = new Set(overlap.iscms);
    return {
      mode: "overlap",
      node(id) {
        if (!visible.nodes.has(id)) return HIDDEN;
        if (compared.has(id)) return { kind: "compared" };
        if (overlap.shared.has(id)) return { kind: "shared" };
        const index = overlap.only.findIndex((s) => s.has(id));
        return index >= 0 ? { kind: "only", index } : FADED;
      },
      edge: (key, source, target) => visible.edges.has(key) && (compared.has(source) || compared.has(target)),
      plain: NOTHING_PLAIN,
    };
  }
  if (emphasis) {
    return {
      mode: "emphasis",
      node: (id) => (!visible.nodes.has(id) ? HIDDEN : emphasis.has(id) ? { kind: "emphasised" } : FADED),
      edge: (key, source, target) => visible.edges.has(key) && emphasis.has(source) && emphasis.has(target),
      plain: NOTHING_PLAIN,
    };
  }
  const focus = hovered ?? selected;
  if (focus && graph.hasNode(focus)) {
    return {
      mode: "focus",
      node(id) {
        if (!visible.nodes.has(id)) return HIDDEN;
        if (id === focus) return { kind: "focus" };
        return graph.areNeighbors(id, focus) ? { kind: "neighbour" } : FADED;
      },
      edge: (key, source, target) => visible.edges.has(key) && (source === focus || target === focus),
      plain: NOTHING_PLAIN,
    };
  }
  return {
    mode: "none",
    node: (id) => (visible.nodes.has(id) ? PLAIN : HIDDEN),
    edge: (key) => visible.edges.has(key),
    plain: { nodes: visible.nodes.size >= graph.order, edges: visible.edges.size >= graph.size, edgeNeedsEnds: false },
  };
}
