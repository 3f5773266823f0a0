/** The benchmark's synthetic graphs: the promised size, deterministic, no duplicate relationship. */
import { describe, expect, it } from "vitest";
import { syntheticShape, syntheticSource } from "../../src/bench/synthetic.ts";

describe("syntheticSource", () => {
  it("yields the relationships its shape promises, each State in 40 distinct ISCMs, as counted per group", () => {
    const shape = syntheticShape(10_000);
    expect(shape).toMatchObject({ states: 250, iscms: 60, relationships: 10_000 });
    const source = syntheticSource(shape);
    const seen = new Set<string>();
    for (const group of source.relationshipGroups) {
      let n = 0;
      for (const row of group.rows) {
        const key = `${row.source}>${row.target}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        n++;
      }
      expect(n).toBe(group.count);
    }
    expect(seen.size).toBe(10_000);
    const nodeIds = new Set(source.nodeGroups.flatMap((g) => [...g.rows].map((r) => r.id)));
    for (const key of seen) for (const id of key.split(">")) expect(nodeIds.has(id)).toBe(true);
  });

  it("is deterministic", () => {
    const rows = () => [...(syntheticSource(syntheticShape(2_000)).relationshipGroups[0]?.rows ?? [])].map((r) => r.target);
    expect(rows()).toEqual(rows());
  });
});
