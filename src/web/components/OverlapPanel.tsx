/**
 * Compare two or three ISCMs: the pickers, and the API's iscm-overlap answer (shared and exclusive
 * member States, counts, Jaccard). The answer is the explorer's (App fetches it once for the
 * panel and the graph alike); this panel only shows it.
 */

import { useEffect, useRef } from "react";
import type { Dataset } from "../../model/graph.ts";
import { shortNameOf } from "../../model/names.ts";
import type { OverlapRow } from "../api.ts";
import { OVERLAP_COLORS } from "../core/appearance.ts";
import { useT } from "../i18n.tsx";
import { EntityCombobox } from "./SearchBox.tsx";

interface Props {
  dataset: Dataset;
  iscms: string[];
  /** The iscm-overlap answer for `iscms` (undefined while loading or with fewer than two). */
  row: OverlapRow | undefined;
  error: string | undefined;
  onChange: (ids: string[]) => void;
  onSelect: (id: string) => void;
  /** Changes when a comparison was asked for elsewhere ("compare" in the details): the panel comes into view with the focus. */
  reveal?: number;
}

export function OverlapPanel({ dataset, iscms, row, error, onChange, onSelect, reveal }: Props) {
  const { t } = useT();
  const section = useRef<HTMLElement>(null);
  // Asked for from elsewhere: the panel (first in the side panel during a comparison) is scrolled
  // into view and takes the focus, so that its result is what the user sees and hears next.
  useEffect(() => {
    if (!reveal || !section.current) return;
    section.current.scrollIntoView({ block: "start" });
    section.current.focus({ preventScroll: true });
  }, [reveal]);
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id)?.properties.name ?? id;
  const short = (id: string) => {
    const node = byId.get(id);
    return node ? shortNameOf(node.properties, id) : id;
  };
  const picked = iscms.filter(Boolean);

  const slots = [0, 1, 2];
  const only = row ? [row.onlyA, row.onlyB, row.onlyC ?? []] : [];
  const stateList = (ids: string[]) => (
    <ul className="state-list">
      {[...ids]
        .sort((x, y) => name(x).localeCompare(name(y)))
        .map((s) => (
          <li key={s}>
            <button type="button" className="link" onClick={() => onSelect(s)}>
              {name(s)}
            </button>
          </li>
        ))}
    </ul>
  );

  return (
    <section ref={section} className="overlap" aria-label={t("panel.overlap")} id="overlap" tabIndex={-1}>
      <h2>{t("panel.overlap")}</h2>
      <div className="overlap-pickers">
        {slots.map((k) => (
          // The search's combobox, kept to ISCMs: any name, acronym or alias ("Rabat", "Khartoum").
          <EntityCombobox
            key={k}
            id={k === 0 ? "compare-first" : undefined}
            label={k === 2 ? "Third ISCM (optional)" : k === 0 ? "First ISCM" : "Second ISCM"}
            visibleLabel
            kind="ISCM"
            placeholder="Type an ISCM's name, acronym or alias"
            initial={picked[k] ? short(picked[k]) : ""}
            onChoose={(hit) => {
              const next = [...picked];
              next[Math.min(k, picked.length)] = hit.id;
              onChange([...new Set(next.filter(Boolean))]);
            }}
          />
        ))}
      </div>
      {picked.length > 0 && (
        // After the pickers (Tab goes from one picker to the next): one ISCM out, or all.
        <p className="overlap-remove">
          {picked.map((id, k) => (
            <button key={id} type="button" className="small" onClick={() => onChange(picked.filter((_, i) => i !== k))}>
              Remove {short(id)}
            </button>
          ))}
          <button type="button" className="small" onClick={() => onChange([])}>
            Clear comparison
          </button>
        </p>
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
                  <span className="swatch" style={{ background: OVERLAP_COLORS.only[k] }} /> Only {short(id)} ({only[k]?.length ?? 0})
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
