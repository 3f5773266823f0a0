import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { exportCsv, exportGexf, exportGraphml, exportJson } from "../../src/dataset/export.ts";
import type { Dataset } from "../../src/model/graph.ts";
import { parseCsv } from "../helpers/csv.ts";

let ds: Dataset;
beforeAll(() => {
  ds = loadDataset();
});

describe("export", () => {
  it("JSON round-trips to the same nodes and edges", () => {
    const back = JSON.parse(exportJson(ds));
    expect(back.nodes).toEqual(ds.nodes.map((n) => ({ id: n.id, label: n.label, properties: n.properties })));
    // Each edge also carries its citations as a reader reads them (the one formatCitation).
    expect(back.edges).toEqual(
      ds.edges.map((e) => ({
        source: e.source,
        target: e.target,
        type: e.type,
        properties: { ...e.properties, citations: expect.any(String) },
      })),
    );
    expect(back.sources).toEqual(ds.sources);
    const chair = back.edges.find(
      (e: { type: string; properties: { asOf: string } }) => e.type === "CHAIRS" && e.properties.asOf === "2019-06",
    );
    expect(chair.properties.citations).toMatch(
      /^IOM, Advancing a common understanding of migration governance across regions: .+, 2019, line \d+( \(Annex 2\))?\. \[001_7939c0f69ec3242d\.txt\]/,
    );
  });

  it("GraphML re-imports with graphology-graphml to the same counts and attributes", () => {
    const g = parseGraphml(Graph, exportGraphml(ds), { addMissingNodes: false });
    expect(g.order).toBe(ds.nodes.length);
    expect(g.size).toBe(ds.edges.length);
    expect(g.getNodeAttribute("prague-process", "declaredMemberCount")).toBe(50);
    const edge = g.findEdge((_k, a) => a.type === "CHAIRS" && a.asOf === "2019-06") as string;
    expect(JSON.parse(g.getEdgeAttribute(edge, "sources"))[0]).toBe("iom-2019-iscm-assessment");
    expect(g.getEdgeAttribute(edge, "citations")).toMatch(/^IOM, Advancing .*, 2019, line \d+/);
  });

  it("GEXF re-imports with graphology-gexf to the same counts", () => {
    const g = parseGexf(Graph, exportGexf(ds));
    expect(g.order).toBe(ds.nodes.length);
    expect(g.size).toBe(ds.edges.length);
    expect(g.getNodeAttribute("GEO", "label")).toBe("Georgia");
    expect(g.getNodeAttribute("GEO", "nodeType")).toBe("State");
  });

  it("CSV has one row per node and per edge, quoted where needed", () => {
    const { "nodes.csv": nodes, "edges.csv": edges } = exportCsv(ds);
    expect(nodes.split("\n")[0]?.startsWith("id,label,")).toBe(true);
    expect(edges.split("\n")[0]?.startsWith("source,target,type,")).toBe(true);
    // Records read as RFC 4180: notes with commas, quotes or newlines are quoted and stay one record.
    expect(parseCsv(nodes).length - 1).toBe(ds.nodes.length);
    expect(parseCsv(edges).length - 1).toBe(ds.edges.length);
  });
});
