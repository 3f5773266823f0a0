/**
 * "What changed" between two dates: the API's `changes` answer (the same rows as
 * `npm run cli -- changes`), optionally only for the selected ISCM or union.
 */
import { useMemo, useState } from "react";
import { describeChange, describeChangeDate } from "../../model/change-words.ts";
import type { Dataset } from "../../model/graph.ts";
import { localisedNameMap } from "../../model/names.ts";
import { ANNEX2_AS_OF } from "../../model/source.ts";
import { isPartialDate } from "../../model/time.ts";
import { useAnalysis } from "../data.ts";
import { useT } from "../i18n.tsx";
import { BasisBadge } from "./Basis.tsx";
import { SourceList } from "./Source.tsx";

export function ChangesPanel({
  dataset,
  day,
  selected,
  onSelect,
}: {
  /** For the names of the entities in the language of the interface. */
  dataset: Dataset;
  day: string;
  /** The selected ISCM or union, if any: the list can narrow to it. */
  selected: { id: string; name: string } | null;
  onSelect: (id: string) => void;
}) {
  const { t, locale } = useT();
  const names = useMemo(() => localisedNameMap(dataset.nodes, locale), [dataset, locale]);
  const [from, setFrom] = useState(ANNEX2_AS_OF);
  const [to, setTo] = useState<string | null>(null);
  const [onlySelected, setOnlySelected] = useState(true);
  // Asked only once the panel is opened: a closed panel costs no request.
  const [open, setOpen] = useState(false);
  const until = to ?? day;
  const valid = isPartialDate(from) && isPartialDate(until);
  const scope: Record<string, string> = selected && onlySelected ? { iscm: selected.id } : {};
  const answer = useAnalysis("changes", open && valid ? { from, to: until, ...scope } : null);
  const rows = answer.data?.rows ?? [];
  return (
    <details className="changes" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("panel.changes")}</summary>
      <div className="changes-range">
        <label>
          {t("changes.from")}{" "}
          <input value={from} size={10} onChange={(e) => setFrom(e.target.value.trim())} aria-invalid={!isPartialDate(from)} />
        </label>
        <label>
          {t("changes.to")}{" "}
          <input value={until} size={10} onChange={(e) => setTo(e.target.value.trim())} aria-invalid={!isPartialDate(until)} />
        </label>
        {selected && (
          <label>
            <input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected(e.target.checked)} />{" "}
            {t("changes.only", { name: selected.name })}
          </label>
        )}
      </div>
      {!valid && <p role="alert">{t("changes.badDate")}</p>}
      {answer.error && <p role="alert">{answer.error}</p>}
      {answer.data && (
        <>
          <p>
            <span data-testid="changes-count">{rows.length}</span> {t("changes.count", { count: rows.length })}
          </p>
          <ol className="changes-list">
            {rows.map((c) => (
              <li key={`${c.type}-${c.subject}-${c.object}-${c.event}-${c.date}-${c.dateNote}`}>
                <span className="date">{describeChangeDate(c, locale)}</span>{" "}
                <button type="button" className="link" onClick={() => onSelect(c.object ?? c.subject)}>
                  {describeChange(
                    {
                      ...c,
                      subjectName: names.get(c.subject) ?? c.subjectName,
                      objectName: c.object ? (names.get(c.object) ?? c.objectName) : c.objectName,
                    },
                    locale,
                  )}
                </button>{" "}
                <BasisBadge basis={c.basis} via={c.via} note={c.note} /> <SourceList sources={c.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
