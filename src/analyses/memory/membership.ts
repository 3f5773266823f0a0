/**
 * Membership helpers shared by the embedded analyses. They run on the graph as of a day
 * (as-of.ts), where every relationship left counts then: a member is a State with a MEMBER_OF
 * relationship, as in the Cypher queries (which say it with time.ts's MEMBER_AT_CYPHER).
 */
import type { AtlasGraph } from "../../dataset/graph.ts";
import type { NodeLabel } from "../../model/vocabulary.ts";
import { isStateMembership } from "../../model/vocabulary.ts";

export function labelOf(graph: AtlasGraph, node: string): NodeLabel {
  return graph.getNodeAttribute(node, "label");
}

export function nodesWithLabel(graph: AtlasGraph, label: NodeLabel): string[] {
  return graph.filterNodes((_n, attrs) => attrs.label === label).sort(byCodePoint);
}

interface MembershipIndex {
  /** ISCM or union → its current member States, sorted. */
  membersOf: Map<string, string[]>;
  /** State → the ISCMs it is a current member of, sorted. */
  iscmsOf: Map<string, string[]>;
}

// A graph (a store's view as of a day) never changes, so its membership index is built once (reading edge
// attributes is the slow part on large graphs) and shared by every analysis.
const indexes = new WeakMap<AtlasGraph, MembershipIndex>();

function membershipIndex(graph: AtlasGraph): MembershipIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const membersOf = new Map<string, Set<string>>();
  const iscmsOf = new Map<string, Set<string>>();
  graph.forEachEdge((_e, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (!isStateMembership(attrs.type, sourceAttrs.label)) return;
    if (!membersOf.has(target)) membersOf.set(target, new Set());
    membersOf.get(target)?.add(source);
    if (targetAttrs.label !== "ISCM") return;
    if (!iscmsOf.has(source)) iscmsOf.set(source, new Set());
    iscmsOf.get(source)?.add(target);
  });
  // Frozen: analyses share these lists and must derive new ones, never edit them.
  const sorted = (m: Map<string, Set<string>>) => new Map([...m].map(([k, v]) => [k, Object.freeze([...v].sort(byCodePoint)) as string[]]));
  index = { membersOf: sorted(membersOf), iscmsOf: sorted(iscmsOf) };
  indexes.set(graph, index);
  return index;
}

/** The current member States of an ISCM or union, sorted by id. */
export function memberStates(graph: AtlasGraph, target: string): string[] {
  return membershipIndex(graph).membersOf.get(target) ?? [];
}

/** Every ISCM → its current member States (sorted), for the pairwise analyses. */
export function iscmMemberSets(graph: AtlasGraph): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const iscm of nodesWithLabel(graph, "ISCM")) sets.set(iscm, memberStates(graph, iscm));
  return sets;
}

/** Every State → the ISCMs it is a current member of (sorted). */
export function stateIscms(graph: AtlasGraph): Map<string, string[]> {
  return membershipIndex(graph).iscmsOf;
}

/** Cypher orders strings by code point; so must we, for identical answers. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cypher's ordering of lists of strings: element by element, a prefix first. */
export function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = byCodePoint(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Something derived from a graph once and shared by every analysis that asks: a graph (a store's
 * view as of a day) never changes. What it returns is shared: callers derive, never edit.
 */
export function perGraph<T>(derive: (graph: AtlasGraph) => T): (graph: AtlasGraph) => T {
  const cache = new WeakMap<AtlasGraph, T>();
  return (graph) => {
    if (!cache.has(graph)) cache.set(graph, derive(graph));
    return cache.get(graph) as T;
  };
}

const allSharedMemberPairs = perGraph((graph) => computeSharedMemberPairs(graph));

/** Pairs (a < b) of ISCMs with the States they share, counted through each State's memberships. */
export function sharedMemberPairs(
  graph: AtlasGraph,
  onlySubregion?: (state: string) => boolean,
): ReadonlyMap<string, { a: string; b: string; states: readonly string[] }> {
  return onlySubregion ? computeSharedMemberPairs(graph, onlySubregion) : allSharedMemberPairs(graph);
}

function computeSharedMemberPairs(
  graph: AtlasGraph,
  onlySubregion?: (state: string) => boolean,
): Map<string, { a: string; b: string; states: string[] }> {
  const pairs = new Map<string, { a: string; b: string; states: string[] }>();
  // Each State contributes to the pairs of its own ISCMs: linear in memberships × degree.
  for (const [state, iscms] of [...stateIscms(graph)].sort(([x], [y]) => byCodePoint(x, y))) {
    if (onlySubregion && !onlySubregion(state)) continue;
    for (let i = 0; i < iscms.length; i++) {
      for (let j = i + 1; j < iscms.length; j++) {
        const a = iscms[i] as string;
        const b = iscms[j] as string;
        const key = `${a}\u0000${b}`;
        let pair = pairs.get(key);
        if (!pair) {
          pair = { a, b, states: [] };
          pairs.set(key, pair);
        }
        pair.states.push(state);
      }
    }
  }
  return pairs;
}
