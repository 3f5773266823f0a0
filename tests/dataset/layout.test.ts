/**
 * The network's first picture (dataset/layout.ts), served with /api/graph: the same graph gives
 * the same positions whatever order it comes in, and the positions read as groups — mechanisms
 * that share members close together, members beside their mechanism, one-link organizations
 * beside what they link to.
 */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { computeLayout, layoutIterations } from "../../src/dataset/layout.ts";
import type { Dataset } from "../../src/model/graph.ts";

const dataset = loadDataset();
const positions = computeLayout(dataset);
const at = (id: string) => {
  const p = positions[id];
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};
const distance = (a: string, b: string) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
const xs = Object.values(positions).map(([x]) => x);
const ys = Object.values(positions).map(([, y]) => y);
const diameter = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));

describe("computeLayout", () => {
  it("places every node at a finite point, rounded to 0.01", () => {
    expect(Object.keys(positions).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
    for (const [x, y] of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
    }
    expect(diameter).toBeGreaterThan(0);
  });

  it("is deterministic: the same graph, in another order, gives the same positions", () => {
    const reversed: Dataset = { nodes: [...dataset.nodes].reverse(), edges: [...dataset.edges].reverse() };
    expect(computeLayout(reversed)).toEqual(positions);
  });

  it("a different graph gives a different picture", () => {
    const fewer: Dataset = { nodes: dataset.nodes, edges: dataset.edges.filter((e) => e.type !== "FOCUSES_ON") };
    expect(computeLayout(fewer)).not.toEqual(positions);
  });

  it("mechanisms that share members sit together: the EaP Panel is the Prague Process's nearest mechanism, MiD-IGAD among AU-HoAI's two nearest", () => {
    const iscms = dataset.nodes.filter((n) => n.label === "ISCM").map((n) => n.id);
    const nearest = (id: string) => iscms.filter((other) => other !== id).sort((a, b) => distance(id, a) - distance(id, b));
    expect(nearest("prague-process")[0]).toBe("eap-panel");
    expect(nearest("au-hoai").slice(0, 2)).toContain("mid-igad");
  });

  it("members gather round their mechanism: MiD-IGAD's members are 3× closer to it than to the Bali Process", () => {
    const members = dataset.edges.filter((e) => e.type === "MEMBER_OF" && e.target === "mid-igad").map((e) => e.source);
    expect(members.length).toBeGreaterThan(5);
    const mean = (to: string) => members.reduce((sum, s) => sum + distance(s, to), 0) / members.length;
    expect(mean("mid-igad") * 3).toBeLessThan(mean("bali-process"));
  });

  it("organizations with one link sit beside it (within a fifth of the picture's diameter), not floating at the edges", () => {
    const neighbours = new Map<string, Set<string>>();
    for (const e of dataset.edges) {
      neighbours.set(e.source, (neighbours.get(e.source) ?? new Set()).add(e.target));
      neighbours.set(e.target, (neighbours.get(e.target) ?? new Set()).add(e.source));
    }
    const oneLink = dataset.nodes.filter((n) => n.label === "Organization" && neighbours.get(n.id)?.size === 1);
    expect(oneLink.length).toBeGreaterThan(10);
    for (const org of oneLink) {
      const [only] = neighbours.get(org.id) as Set<string>;
      expect({ org: org.id, share: distance(org.id, only as string) / diameter < 0.2 }).toEqual({ org: org.id, share: true });
    }
  });

  it("spends fewer iterations on bigger graphs (a bounded cost, once per graph)", () => {
    expect(layoutIterations(400)).toBeGreaterThan(layoutIterations(5_000));
    expect(layoutIterations(5_000)).toBeGreaterThan(layoutIterations(20_000));
  });
});
