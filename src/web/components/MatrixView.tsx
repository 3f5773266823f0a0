/**
 * Heatmap of ISCM × ISCM overlap from the API's overlap-matrix answer; a cell opens the overlap
 * view for that pair. Measure and order live in the URL (the view state).
 */
import { useMemo } from "react";
import type { Dataset } from "../../model/graph.ts";
import { matrixFromPairs, matrixOrder, type OverlapPair } from "../core/matrix.ts";
import type { MatrixMeasure, MatrixOrder } from "../core/view.ts";
import { useAnalysis } from "../data.ts";
import { useT } from "../i18n.tsx";

interface Props {
  dataset: Dataset;
  measure: MatrixMeasure;
  order: MatrixOrder;
  onSettings: (settings: { measure: MatrixMeasure; order: MatrixOrder }) => void;
  onOpenPair: (a: string, b: string) => void;
}

const CELL = 18;
const NO_PAIRS: OverlapPair[] = [];

export function MatrixView({ dataset, measure, order, onSettings, onOpenPair }: Props) {
  const { t } = useT();
  const answer = useAnalysis("overlap-matrix", {});
  const pairs = answer.data?.rows ?? NO_PAIRS;
  const matrix = useMemo(() => matrixFromPairs(dataset, pairs), [dataset, pairs]);
  const rows = useMemo(() => matrixOrder(matrix, order), [matrix, order]);
  const values = measure === "shared" ? matrix.shared : matrix.jaccard;
  const max = Math.max(...rows.flatMap((i) => rows.filter((j) => j !== i).map((j) => values[i]?.[j] ?? 0)), 1e-9);
  const label = 150;
  // Long names are cut; the cell and label titles carry them whole.
  const short = (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name);
  const size = label + rows.length * CELL;

  return (
    <section className="matrix" aria-label={t("matrix.label")}>
      <div className="matrix-controls">
        <label>
          {t("matrix.measure")}{" "}
          <select value={measure} onChange={(e) => onSettings({ measure: e.target.value as MatrixMeasure, order })}>
            <option value="shared">{t("matrix.measureShared")}</option>
            <option value="jaccard">{t("matrix.measureJaccard")}</option>
          </select>
        </label>
        <label>
          {t("matrix.order")}{" "}
          <select value={order} onChange={(e) => onSettings({ measure, order: e.target.value as MatrixOrder })}>
            <option value="cluster">{t("matrix.orderCluster")}</option>
            <option value="name">{t("matrix.orderName")}</option>
            <option value="type">{t("matrix.orderType")}</option>
          </select>
        </label>
        <span className="hint">{t("matrix.hint")}</span>
      </div>
      {answer.error && <p role="alert">{answer.error}</p>}
      {answer.loading && <p aria-busy="true">{t("matrix.loading")}</p>}
      <div className="matrix-scroll">
        <svg
          width={size}
          height={size}
          role="img"
          aria-label={t("matrix.svgLabel", {
            count: rows.length,
            measure: measure === "shared" ? t("matrix.measureShared") : t("matrix.measureJaccard"),
          })}
        >
          {rows.map((i, r) => (
            <g key={matrix.ids[i]}>
              <text x={label - 4} y={label + r * CELL + CELL * 0.7} textAnchor="end" fontSize={11}>
                <title>{matrix.names[i]}</title>
                {short(matrix.names[i] as string)}
              </text>
              <text transform={`translate(${label + r * CELL + CELL * 0.7}, ${label - 4}) rotate(-60)`} fontSize={11}>
                <title>{matrix.names[i]}</title>
                {short(matrix.names[i] as string)}
              </text>
              {rows.map((j, c) => {
                const v = values[i]?.[j] ?? 0;
                const a = matrix.ids[i] as string;
                const b = matrix.ids[j] as string;
                const title = t("matrix.cellTitle", {
                  a: matrix.names[i] as string,
                  b: matrix.names[j] as string,
                  shared: matrix.shared[i]?.[j] ?? 0,
                  jaccard: (matrix.jaccard[i]?.[j] ?? 0).toFixed(2),
                });
                return i === j ? (
                  <rect key={b} x={label + c * CELL} y={label + r * CELL} width={CELL - 1} height={CELL - 1} fill="#f2f2f2">
                    <title>
                      {matrix.sizes[i] === null
                        ? t("matrix.sharesNone", { name: matrix.names[i] as string })
                        : t("matrix.size", { name: matrix.names[i] as string, count: matrix.sizes[i] ?? 0 })}
                    </title>
                  </rect>
                ) : (
                  // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the same comparison is reachable by keyboard through the overlap pickers
                  <rect
                    key={b}
                    data-pair={`${a}|${b}`}
                    x={label + c * CELL}
                    y={label + r * CELL}
                    width={CELL - 1}
                    height={CELL - 1}
                    fill={v === 0 ? "#fafafa" : `rgba(0, 114, 178, ${0.12 + 0.88 * (v / max)})`}
                    className="cell"
                    onClick={() => onOpenPair(a, b)}
                  >
                    <title>{title}</title>
                  </rect>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}
