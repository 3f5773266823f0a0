/**
 * What `validate` prints: counts by label and type, member counts against Annex 2, gaps and the source mix.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import type { Dataset } from "../../model/graph.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../model/vocabulary.ts";
import { sourceMixOf } from "../source-mix.ts";
import { memberStatesAt } from "./checks.ts";
import type { Build, Summary } from "./context.ts";

/** Counts by label and type, member counts against Annex 2 (as of its day and today), gaps and uncertain Annex 10 cells. */
export function summarise(dataset: Dataset, seed: Build["seed"], day: string): Summary {
  const countBy = <K extends string>(keys: readonly K[], items: K[]) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((x) => x === k).length])) as Record<K, number>;
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edges = new Map(dataset.edges.map((e) => [e.key, e]));
  const todayCounts = memberStatesAt({ nodes, edges }, day);
  return {
    nodes: countBy(
      NODE_LABELS,
      dataset.nodes.map((n) => n.label),
    ),
    edges: countBy(
      RELATIONSHIP_TYPES,
      dataset.edges.map((e) => e.type),
    ),
    iscmCounts: seed.iscms.map(({ data: m }) => ({
      id: m.id,
      listed: Number(nodes.get(m.id)?.properties.listedMemberCount ?? 0),
      declared: m.declaredMemberCount,
      declaredAsOf: m.declaredMemberCountAsOf,
      today: todayCounts.get(m.id) ?? 0,
      note: m.memberCountNote,
    })),
    gaps: seed.iscms.reduce((n, { data }) => n + data.gaps.length, 0),
    uncertainThemeCells: seed.themes?.data.themes.reduce((n, t) => n + (t.uncertain?.length ?? 0), 0) ?? 0,
    today: day,
    sourceMix: sourceMixOf(dataset),
  };
}
