import { z } from "zod";
import { count, countLabel, defineAnalysis, entitiesLabel, entityParam, ids } from "../contract.ts";
import { compareLists } from "../memory/membership.ts";

export const MAX_PATH_LENGTH = 8;

interface Step {
  edge: string;
  next: string;
}

/**
 * All shortest paths between two entities, direction ignored (as Cypher's allShortestPaths over
 * an undirected pattern), at most MAX_PATH_LENGTH steps, ordered by the ids and types along them.
 */
export const path = defineAnalysis({
  name: "path",
  title: "How two entities are connected",
  summary:
    "The shortest chains of links between any two entities of the atlas (States, mechanisms, organizations, regional unions, themes), whichever way each link points, up to eight steps: every such chain, with what it passes through and the links along the way, each with its sources.",
  params: [
    entityParam("a", ["State", "ISCM", "Organization", "RegionalUnion", "Theme"], true, "any entity"),
    entityParam("b", ["State", "ISCM", "Organization", "RegionalUnion", "Theme"], true, "another entity"),
    {
      name: "limit",
      kind: "integer",
      min: 1,
      max: 1000,
      required: false,
      default: 25,
      description: "at most this many paths (default 25)",
    },
  ],
  columns: {
    length: count,
    nodes: ids,
    relationships: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), sources: ids })),
  },
  labels: {
    length: countLabel("Steps", "steps"),
    nodes: entitiesLabel("Through"),
    relationships: { label: "Links along the way", kind: "links" },
  },
  example: '--param a=Armenia --param b="Budapest Process"',
  run(graph, params) {
    // Breadth-first distances from a, stopping at b's layer.
    const distance = new Map<string, number>([[params.a, 0]]);
    let frontier = [params.a];
    while (frontier.length > 0 && !distance.has(params.b)) {
      const depth = (distance.get(frontier[0] as string) as number) + 1;
      if (depth > MAX_PATH_LENGTH) break;
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachNeighbor(node, (neighbour) => {
          if (!distance.has(neighbour)) {
            distance.set(neighbour, depth);
            next.push(neighbour);
          }
        });
      }
      frontier = next;
    }
    const length = distance.get(params.b);
    if (length === undefined || length === 0) return [];
    // Walk back from b over edges to the previous layer; every edge is a distinct path (multigraph).
    const stepsBack = (node: string): Step[] => {
      const d = distance.get(node) as number;
      return graph.edges(node).flatMap((edge) => {
        const other = graph.opposite(node, edge);
        return distance.get(other) === d - 1 ? [{ edge, next: other }] : [];
      });
    };
    const paths: { nodes: string[]; edges: string[] }[] = [];
    const walk = (node: string, nodes: string[], edges: string[]) => {
      if (node === params.a) {
        paths.push({ nodes: [...nodes].reverse(), edges: [...edges].reverse() });
        return;
      }
      for (const { edge, next } of stepsBack(node)) walk(next, [...nodes, next], [...edges, edge]);
    };
    walk(params.b, [params.b], []);
    const types = (p: { edges: string[] }) => p.edges.map((e) => graph.getEdgeAttribute(e, "type"));
    paths.sort((x, y) => compareLists(x.nodes, y.nodes) || compareLists(types(x), types(y)));
    return paths.slice(0, params.limit).map((p) => ({
      length,
      nodes: p.nodes,
      relationships: p.edges.map((e) => ({
        type: graph.getEdgeAttribute(e, "type"),
        from: graph.source(e),
        to: graph.target(e),
        sources: graph.getEdgeAttribute(e, "sources"),
      })),
    }));
  },
});
