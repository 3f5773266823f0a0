/**
 * Compare two or three ISCMs: the pickers, and the API's iscm-overlap answer (shared and exclusive
 * member States, counts, Jaccard). The answer is the explorer's (App fetches it once for the
 * panel and the graph alike); this panel only shows it.
 */

import { useEffect, useRef } from "react";
import type { Dataset } from "../../model/graph.ts";
import { localisedNames } from "../../model/names.ts";
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
  const { t, intl, locale } = useT();
  const section = useRef<HTMLElement>(null);
  // Asked for from elsewhere: the panel (first in the side panel during a comparison) is scrolled
  // into view and takes the focus, so that its result is what the user sees and hears next.
  useEffect(() => {
    if (!reveal || !section.current) return;
    section.current.scrollIntoView({ block: "start" });
    section.current.focus({ preventScroll: true });
  }, [reveal]);
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  // Names in the interface's language (sourced, else English: model/names.ts).
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? localisedNames(node.properties, locale, id).name : id;
  };
  const short = (id: string) => {
    const node = byId.get(id);
    return node ? localisedNames(node.properties, locale, id).shortName : id;
  };
  const fixed2 = (x: number) => intl.formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const picked = iscms.filter(Boolean);

  const slots = [0, 1, 2];
  const only = row ? [row.onlyA, row.onlyB, row.onlyC ?? []] : [];
  const stateList = (ids: string[]) => (
    <ul className="state-list">
      {[...ids]
        .sort((x, y) => name(x).localeCompare(name(y), locale))
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
            label={k === 2 ? t("overlap.third") : k === 0 ? t("overlap.first") : t("overlap.second")}
            visibleLabel
            kind="ISCM"
            placeholder={t("overlap.placeholder")}
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
              {t("overlap.remove", { name: short(id) })}
            </button>
          ))}
          <button type="button" className="small" onClick={() => onChange([])}>
            {t("overlap.clear")}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {row && (
        <div className="overlap-result">
          <p data-testid="overlap-summary">
            <strong data-testid="shared-count">{row.sharedCount}</strong>{" "}
            {t("overlap.summary", {
              shared: row.sharedCount,
              jaccard: fixed2(row.jaccard),
              coefficient: fixed2(row.overlapCoefficient),
              members: row.memberCounts.map((n) => intl.formatNumber(n)).join(" / "),
            })}
          </p>
          <div className="overlap-columns">
            <div>
              <h3>
                <span className="swatch" style={{ background: OVERLAP_COLORS.shared }} /> {t("overlap.inAll", { count: row.sharedCount })}
              </h3>
              {stateList(row.shared)}
            </div>
            {picked.map((id, k) => (
              <div key={id}>
                <h3>
                  <span className="swatch" style={{ background: OVERLAP_COLORS.only[k] }} />{" "}
                  {t("overlap.only", { name: short(id), count: only[k]?.length ?? 0 })}
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
