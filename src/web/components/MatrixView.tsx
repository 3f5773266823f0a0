/** Heatmap of ISCM × ISCM overlap; a cell opens the overlap view for that pair. */
import { useMemo, useState } from "react";
import type { Dataset } from "../../model/graph.ts";
import { type MatrixOrder, matrixOrder, overlapMatrix } from "../core/matrix.ts";

interface Props {
  dataset: Dataset;
  onOpenPair: (a: string, b: string) => void;
}

const CELL = 18;

export function MatrixView({ dataset, onOpenPair }: Props) {
  const matrix = useMemo(() => overlapMatrix(dataset), [dataset]);
  const [measure, setMeasure] = useState<"shared" | "jaccard">("shared");
  const [order, setOrder] = useState<MatrixOrder>("cluster");
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
          <select value={measure} onChange={(e) => setMeasure(e.target.value as "shared" | "jaccard")}>
            <option value="shared">shared member States</option>
            <option value="jaccard">Jaccard index</option>
          </select>
        </label>
        <label>
          Order{" "}
          <select value={order} onChange={(e) => setOrder(e.target.value as MatrixOrder)}>
            <option value="cluster">by clustering</option>
            <option value="name">alphabetically</option>
            <option value="type">by type</option>
          </select>
        </label>
        <span className="hint">Click a cell to compare the two ISCMs.</span>
      </div>
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
                    <title>{`${matrix.names[i]}: ${matrix.sizes[i]} member States`}</title>
                  </rect>
                ) : (
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
