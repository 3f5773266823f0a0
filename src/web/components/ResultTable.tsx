/**
 * Rows of an analysis or a Cypher query as a table (the first `limit`; the CSV has them all).
 * Headers sort (click or Enter; again to reverse). With `labels` the headers and cells read as
 * people read them (core/analysis-table.ts); with `onPick` each row has a button that picks it.
 */
import { useMemo, useState } from "react";
import type { ColumnLabel } from "../../analyses/contract.ts";
import { rowsToCsv } from "../../model/csv.ts";
import { cellText, columnHeader, type NameOf, type SortOrder, sortRows } from "../core/analysis-table.ts";
import { download } from "../download.ts";
import { useT } from "../i18n.tsx";

const NO_LABELS: Readonly<Record<string, ColumnLabel>> = {};
const SAME: NameOf = (id) => id;

export function ResultTable({
  columns,
  rows,
  limit = 50,
  csvName,
  labels = NO_LABELS,
  nameOf = SAME,
  onPick,
  picked = null,
}: {
  columns: string[];
  rows: Record<string, unknown>[];
  limit?: number;
  csvName: string;
  labels?: Readonly<Record<string, ColumnLabel>>;
  nameOf?: NameOf;
  /** A row was picked (its index in `rows`); null: the pick was cleared. */
  onPick?: (index: number | null) => void;
  picked?: number | null;
}) {
  const [order, setOrder] = useState<SortOrder>(null);
  const { t } = useT();
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row, i])), [rows]);
  const sorted = useMemo(() => sortRows(rows, order, labels, nameOf), [rows, order, labels, nameOf]);
  const toggle = (column: string) =>
    setOrder((o) =>
      o?.column === column
        ? { column, direction: o.direction === "ascending" ? "descending" : "ascending" }
        : { column, direction: typeof rows[0]?.[column] === "number" ? "descending" : "ascending" },
    );
  return (
    <>
      <button type="button" className="small" onClick={() => download(csvName, rowsToCsv(columns, rows), "text/csv")}>
        {t("results.downloadCsv")}
      </button>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {onPick && (
                <th scope="col">
                  <span className="visually-hidden">{t("results.showOnGraph")}</span>
                </th>
              )}
              {columns.map((c) => (
                <th key={c} scope="col" aria-sort={order?.column === c ? order.direction : "none"} data-column={c}>
                  <button type="button" className="sort" onClick={() => toggle(c)}>
                    {columnHeader(c, labels[c])}
                    <span aria-hidden="true">{order?.column === c ? (order.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, limit).map((row) => {
              const index = indexOf.get(row) as number;
              return (
                <tr key={String(index)} className={picked === index ? "picked" : undefined}>
                  {onPick && (
                    <td>
                      <button
                        type="button"
                        className="small"
                        aria-pressed={picked === index}
                        onClick={() => onPick(picked === index ? null : index)}
                      >
                        {t("results.show")}
                      </button>
                    </td>
                  )}
                  {columns.map((c) => (
                    <td key={c}>{cellText(row[c], labels[c], nameOf)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > limit && <p className="hint">{t("results.firstRows", { limit, count: rows.length })}</p>}
    </>
  );
}
