/** Rows of an analysis or a Cypher query as a table (the first `limit`; the CSV has them all). */
import { rowsToCsv } from "../../analyses/csv.ts";
import { formatCell } from "../../analyses/format.ts";
import { download } from "../download.ts";

export function ResultTable({
  columns,
  rows,
  limit = 50,
  csvName,
}: {
  columns: string[];
  rows: Record<string, unknown>[];
  limit?: number;
  csvName: string;
}) {
  return (
    <>
      <button type="button" className="small" onClick={() => download(csvName, rowsToCsv(columns, rows), "text/csv")}>
        Download CSV
      </button>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row, i) => (
              <tr key={String(i)}>
                {columns.map((c) => (
                  <td key={c}>{formatCell(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit && (
        <p className="hint">
          First {limit} of {rows.length} rows shown.
        </p>
      )}
    </>
  );
}
