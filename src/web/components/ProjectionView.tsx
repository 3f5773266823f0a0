/** Co-membership: a State–State or ISCM–ISCM projection with Louvain communities and a weight threshold. */
import type Graph from "graphology";
import { useEffect, useMemo, useRef } from "react";
import Sigma from "sigma";
import type { Dataset } from "../../model/graph.ts";
import { projection } from "../core/projection.ts";
import type { ProjectionKind } from "../core/view.ts";
import { useT } from "../i18n.tsx";
import { quickLayout } from "../layout.ts";

const COMMUNITY_COLORS = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];

interface Props {
  dataset: Dataset;
  /** Which projection and the smallest weight drawn: in the URL (the view state). */
  kind: ProjectionKind;
  minWeight: number;
  onSettings: (settings: { kind: ProjectionKind; minWeight: number }) => void;
  onSelect: (id: string) => void;
}

export function ProjectionView({ dataset, kind, minWeight, onSettings, onSelect }: Props) {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const result = useMemo(() => projection(dataset, kind, minWeight), [dataset, kind, minWeight]);
  const maxWeight = kind === "states" ? 15 : 60;

  useEffect(() => {
    if (!container.current || result.graph.order === 0) return;
    // A drawing copy with sigma's attributes; the projection itself stays as computed.
    const graph = result.graph.copy() as unknown as Graph;
    quickLayout(graph, 80, { edgeWeightInfluence: 1 });
    graph.forEachNode((node, attrs) => {
      graph.mergeNodeAttributes(node, {
        size: 3 + Math.sqrt(graph.degree(node)),
        color: COMMUNITY_COLORS[attrs.community % COMMUNITY_COLORS.length],
      });
    });
    graph.forEachEdge((edge, attrs) => graph.mergeEdgeAttributes(edge, { size: Math.min(4, 0.3 + attrs.weight / 4), color: "#d5d5d5" }));
    const sigma = new Sigma(graph, container.current, { labelRenderedSizeThreshold: 6 });
    sigma.on("clickNode", ({ node }) => onSelect(node));
    return () => sigma.kill();
  }, [result, onSelect]);

  return (
    <section className="projection" aria-label={t("projection.label")}>
      <div className="matrix-controls">
        <label>
          {t("projection.link")}{" "}
          <select value={kind} onChange={(e) => onSettings({ kind: e.target.value as ProjectionKind, minWeight })}>
            <option value="states">{t("projection.states")}</option>
            <option value="iscms">{t("projection.iscms")}</option>
          </select>
        </label>
        <label>
          {t("projection.minimum")} <output data-testid="min-weight">{minWeight}</output>{" "}
          <input
            type="range"
            min={1}
            max={maxWeight}
            value={minWeight}
            onChange={(e) => onSettings({ kind, minWeight: Number(e.target.value) })}
          />
        </label>
        <span className="hint" data-testid="projection-summary">
          {t("projection.summary", {
            nodes: result.graph.order,
            links: result.graph.size,
            communities: result.communities.length,
            modularity: result.modularity.toFixed(2),
          })}
        </span>
      </div>
      <div className="projection-body">
        <div ref={container} className="projection-canvas" />
        <ol className="communities">
          {result.communities.slice(0, 8).map((ids, k) => (
            <li key={ids[0]}>
              <span className="swatch" style={{ background: COMMUNITY_COLORS[k % COMMUNITY_COLORS.length] }} /> {ids.length}:{" "}
              {ids
                .slice(0, 12)
                .map((id) => result.graph.getNodeAttribute(id, "label"))
                .join(", ")}
              {ids.length > 12 ? " …" : ""}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
