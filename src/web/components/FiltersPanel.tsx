/** Filters: kinds, relationship types, ISCM types, region, theme, years; counts of what is hidden. */

import type { Dataset } from "../../model/graph.ts";
import { ISCM_TYPE_WORDS, LABEL_WORDS, REGION_WORDS, relationshipName } from "../../model/relationship-words.ts";
import { ISCM_TYPES, NODE_LABELS, RELATIONSHIP_TYPES } from "../../model/vocabulary.ts";
import type { ViewState } from "../core/view.ts";
import { viewActions } from "../core/view-actions.ts";
import { useT } from "../i18n.tsx";

interface Props {
  dataset: Dataset;
  view: ViewState;
  onChange: (update: (v: ViewState) => ViewState) => void;
}

/** One checkbox per item, checked when the item is shown. */
function CheckboxGroup<T extends string>({
  legend,
  items,
  hidden,
  onToggle,
  label,
}: {
  legend: string;
  items: readonly T[];
  hidden: readonly T[];
  onToggle: (item: T) => void;
  /** The item in the interface's language (the id stays in the address and in `title`). */
  label: (item: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item} title={item}>
          <input type="checkbox" checked={!hidden.includes(item)} onChange={() => onToggle(item)} />
          {label(item)}
        </label>
      ))}
    </fieldset>
  );
}

export function FiltersPanel({ dataset, view, onChange }: Props) {
  const { t, locale } = useT();
  const regions = [...new Set(dataset.nodes.filter((n) => n.label === "State").map((n) => String(n.properties.region)))].sort();
  const themes = dataset.nodes.filter((n) => n.label === "Theme").sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);
  return (
    <details className="filters">
      <summary>{t("panel.filters")}</summary>
      <CheckboxGroup
        legend={t("filters.entities")}
        items={NODE_LABELS}
        hidden={view.hiddenLabels}
        onToggle={(l) => onChange(viewActions.toggleLabel(l))}
        label={(l) => LABEL_WORDS[locale][l]}
      />
      <CheckboxGroup
        legend={t("filters.relationships")}
        items={RELATIONSHIP_TYPES}
        hidden={view.hiddenTypes}
        onToggle={(t) => onChange(viewActions.toggleType(t))}
        label={(type) => relationshipName(type, locale)}
      />
      <CheckboxGroup
        legend={t("filters.iscmType")}
        items={ISCM_TYPES}
        hidden={view.hiddenIscmTypes}
        onToggle={(t) => onChange(viewActions.toggleIscmType(t))}
        label={(type) => ISCM_TYPE_WORDS[locale][type] ?? type}
      />
      <label>
        {t("filters.region")}
        <select value={view.region ?? ""} onChange={(e) => onChange(viewActions.setRegion(e.target.value || null))}>
          <option value="">{t("filters.allRegions")}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {REGION_WORDS[locale][r] ?? r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.theme")}
        <select value={view.theme ?? ""} onChange={(e) => onChange(viewActions.setTheme(e.target.value || null))}>
          <option value="">{t("filters.allThemes")}</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.properties.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.from")}
        <input
          type="number"
          min={1980}
          max={2030}
          value={view.yearFrom ?? ""}
          onChange={(e) => onChange(viewActions.setYearFrom(year(e.target.value)))}
        />
      </label>
      <label>
        {t("filters.to")}
        <input
          type="number"
          min={1980}
          max={2030}
          value={view.yearTo ?? ""}
          onChange={(e) => onChange(viewActions.setYearTo(year(e.target.value)))}
        />
      </label>
    </details>
  );
}
