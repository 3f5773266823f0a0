/** Filters: kinds, relationship types, ISCM types, region, theme, years; counts of what is hidden. */
import type { Dataset } from "../../model/graph.ts";
import { ISCM_TYPES, NODE_LABELS, RELATIONSHIP_TYPES } from "../../model/vocabulary.ts";
import { toggle, type ViewState } from "../core/view.ts";

interface Props {
  dataset: Dataset;
  view: ViewState;
  onChange: (update: (v: ViewState) => ViewState) => void;
}

export function FiltersPanel({ dataset, view, onChange }: Props) {
  const regions = [...new Set(dataset.nodes.filter((n) => n.label === "State").map((n) => String(n.properties.region)))].sort();
  const themes = dataset.nodes.filter((n) => n.label === "Theme").sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);
  return (
    <details className="filters">
      <summary>Filters</summary>
      <fieldset>
        <legend>Entities</legend>
        {NODE_LABELS.map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={!view.hiddenLabels.includes(l)}
              onChange={() => onChange((v) => ({ ...v, hiddenLabels: toggle(v.hiddenLabels, l) }))}
            />
            {l}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relationships</legend>
        {RELATIONSHIP_TYPES.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={!view.hiddenTypes.includes(t)}
              onChange={() => onChange((v) => ({ ...v, hiddenTypes: toggle(v.hiddenTypes, t) }))}
            />
            {t}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>ISCM type</legend>
        {ISCM_TYPES.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={!view.hiddenIscmTypes.includes(t)}
              onChange={() => onChange((v) => ({ ...v, hiddenIscmTypes: toggle(v.hiddenIscmTypes, t) }))}
            />
            {t}
          </label>
        ))}
      </fieldset>
      <label>
        Region of States
        <select value={view.region ?? ""} onChange={(e) => onChange((v) => ({ ...v, region: e.target.value || null }))}>
          <option value="">all</option>
          {regions.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        Annex 10 theme
        <select value={view.theme ?? ""} onChange={(e) => onChange((v) => ({ ...v, theme: e.target.value || null }))}>
          <option value="">all</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.properties.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Established from
        <input
          type="number"
          min={1980}
          max={2030}
          value={view.yearFrom ?? ""}
          onChange={(e) => onChange((v) => ({ ...v, yearFrom: year(e.target.value) }))}
        />
      </label>
      <label>
        to
        <input
          type="number"
          min={1980}
          max={2030}
          value={view.yearTo ?? ""}
          onChange={(e) => onChange((v) => ({ ...v, yearTo: year(e.target.value) }))}
        />
      </label>
    </details>
  );
}
