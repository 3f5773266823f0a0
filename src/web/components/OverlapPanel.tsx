/**
 * Compare two or three ISCMs: the pickers, and the API's iscm-overlap answer (shared and exclusive
 * member States, counts, Jaccard). The answer is the explorer's (App fetches it once for the
 * panel and the graph alike); this panel only shows it.
 */
import type { Dataset } from "../../model/graph.ts";
import type { OverlapRow } from "../api.ts";
import { OVERLAP_COLORS } from "../core/appearance.ts";

interface Props {
  dataset: Dataset;
  iscms: string[];
  /** The iscm-overlap answer for `iscms` (undefined while loading or with fewer than two). */
  row: OverlapRow | undefined;
  error: string | undefined;
  onChange: (ids: string[]) => void;
  onSelect: (id: string) => void;
}

export function OverlapPanel({ dataset, iscms, row, error, onChange, onSelect }: Props) {
  const options = dataset.nodes.filter((n) => n.label === "ISCM").sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const name = (id: string) => dataset.nodes.find((n) => n.id === id)?.properties.name ?? id;
  const picked = iscms.filter(Boolean);

  const slots = [0, 1, 2];
  const only = row ? [row.onlyA, row.onlyB, row.onlyC ?? []] : [];
  const stateList = (ids: string[]) => (
    <ul className="state-list">
      {ids.map((s) => (
        <li key={s}>
          <button type="button" className="link" onClick={() => onSelect(s)}>
            {name(s)}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="overlap" aria-label="Overlap of ISCMs">
      <h2>Overlap of ISCMs</h2>
      <div className="overlap-pickers">
        {slots.map((k) => (
          <label key={k}>
            {k === 2 ? "Third ISCM (optional)" : k === 0 ? "First ISCM" : "Second ISCM"}
            <select
              value={picked[k] ?? ""}
              onChange={(e) => {
                const next = [...picked];
                next[k] = e.target.value;
                onChange(next.filter(Boolean));
              }}
            >
              <option value="">—</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.properties.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {picked.length > 0 && (
        <button type="button" className="small" onClick={() => onChange([])}>
          Clear comparison
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      {row && (
        <div className="overlap-result">
          <p data-testid="overlap-summary">
            <strong data-testid="shared-count">{row.sharedCount}</strong> member States shared · Jaccard {row.jaccard.toFixed(2)} · overlap
            coefficient {row.overlapCoefficient.toFixed(2)} · members: {row.memberCounts.join(" / ")}
          </p>
          <div className="overlap-columns">
            <div>
              <h3>
                <span className="swatch" style={{ background: OVERLAP_COLORS.shared }} /> In all ({row.sharedCount})
              </h3>
              {stateList(row.shared)}
            </div>
            {picked.map((id, k) => (
              <div key={id}>
                <h3>
                  <span className="swatch" style={{ background: OVERLAP_COLORS.only[k] }} /> Only {name(id)} ({only[k]?.length ?? 0})
                </h3>
                {stateList(only[k] ?? [])}
              </div>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
