/**
 * Heatmap of ISCM × ISCM overlap from the API's overlap-matrix answer; a cell opens the overlap
 * view for that pair. Measure and order live in the URL (the view state).
 */
import { useMemo } from "react";
import type { Dataset } from "../../model/graph.ts";
import { matrixFromPairs, matrixOrder, type OverlapPair } from "../core/matrix.ts";
import type { MatrixMeasure, MatrixOrder } from "../core/view.ts";
import { useAnalysis } from "../data.ts";

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
    <section className="matrix" aria-label="Overlap matrix of ISCMs">
      <div className="matrix-controls">
        <label>
          Measure{" "}
          <select value={measure} onChange={(e) => onSettings({ measure: e.target.value as MatrixMeasure, order })}>
            <option value="shared">shared member States</option>
            <option value="jaccard">Jaccard index</option>
          </select>
        </label>
        <label>
          Order{" "}
          <select value={order} onChange={(e) => onSettings({ measure, order: e.target.value as MatrixOrder })}>
            <option value="cluster">by clustering</option>
            <option value="name">alphabetically</option>
            <option value="type">by type</option>
          </select>
        </label>
        <span className="hint">Click a cell to compare the two ISCMs.</span>
      </div>
      {answer.error && <p role="alert">{answer.error}</p>}
      {answer.loading && <p aria-busy="true">Loading the overlap matrix…</p>}
      <div className="matrix-scroll">
        <svg
          width={size}
          height={size}
          role="img"
          aria-label={`Overlap of ${rows.length} ISCMs by ${measure === "shared" ? "shared member States" : "Jaccard index"}`}
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
                const title = `${matrix.names[i]} × ${matrix.names[j]}: ${matrix.shared[i]?.[j]} shared, Jaccard ${(matrix.jaccard[i]?.[j] ?? 0).toFixed(2)}`;
                return i === j ? (
                  <rect key={b} x={label + c * CELL} y={label + r * CELL} width={CELL - 1} height={CELL - 1} fill="#f2f2f2">
                    <title>
                      {matrix.sizes[i] === null
                        ? `${matrix.names[i]}: shares no member State with another ISCM`
                        : `${matrix.names[i]}: ${matrix.sizes[i]} member States`}
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
