/**
 * The side panel's legend: what the colours of the view on screen mean, from the definitions that
 * view colours with — the network's palette (appearance.ts), a comparison's categories
 * (overlapCategories, as the network and the map use them), the map's own legend (its model).
 */
import { FADED_COLOR, ISCM_TYPE_COLORS, KIND_COLORS, overlapCategories, REGION_COLORS } from "../core/appearance.ts";
import type { LegendEntry } from "../core/map-model.ts";
import type { Mode } from "../core/view.ts";
import { useT } from "../i18n.tsx";
import { useMapWords } from "../map-words.ts";

const Item = ({ color, label, big, square }: { color: string; label: string; big?: boolean; square?: boolean }) => (
  <li>
    <span className={`swatch${big ? " big" : ""}${square ? " square" : ""}`} style={{ background: color }} aria-hidden="true" /> {label}
  </li>
);

interface Props {
  mode: Mode;
  /** The ISCMs compared (two or three), when the network shows a comparison. */
  compared: string[] | null;
  /** Names as the views show them. */
  name: (id: string) => string;
  /** The map's layer legend, as the map draws it. */
  map: { title: string; entries: LegendEntry[] } | null;
}

function NetworkItems() {
  const { t } = useT();
  // Each region's own words ("State in Africa", "État d’Afrique"): one key each.
  const stateIn = (region: string) =>
    region === "Africa"
      ? t("legend.stateAfrica")
      : region === "Americas"
        ? t("legend.stateAmericas")
        : region === "Asia"
          ? t("legend.stateAsia")
          : region === "Europe"
            ? t("legend.stateEurope")
            : region === "Oceania"
              ? t("legend.stateOceania")
              : region;
  return (
    <>
      {Object.entries(ISCM_TYPE_COLORS).map(([type, c]) => (
        <Item key={type} color={c} label={t("legend.iscmType", { type })} big />
      ))}
      {Object.entries(REGION_COLORS)
        .filter(([r]) => r !== "Antarctic")
        .map(([r, c]) => (
          <Item key={r} color={c} label={stateIn(r)} />
        ))}
      <Item color={KIND_COLORS.Organization} label={t("legend.organization")} square />
      <Item color={KIND_COLORS.RegionalUnion} label={t("legend.regionalUnion")} square />
      <Item color={KIND_COLORS.Theme} label={t("legend.theme")} />
    </>
  );
}

export function Legend({ mode, compared, name, map }: Props) {
  const { t } = useT();
  const mapWords = useMapWords();
  const [title, items] =
    mode === "map"
      ? [
          map ? t("legend.mapTitle", { title: map.title }) : t("legend.map"),
          map?.entries.map((e) => (
            <Item
              key={e.key}
              color={e.color}
              label={t("legend.mapEntry", { label: e.label, count: e.count, hatch: e.hatch ? "yes" : "no" })}
            />
          )),
        ]
      : mode === "network" && compared
        ? [
            t("legend.networkComparing", { names: compared.map(name).join(" / ") }),
            <>
              {overlapCategories(compared, name, mapWords).map((c) => (
                <Item key={c.key} color={c.color} label={t("legend.compareEntry", { label: c.label })} />
              ))}
              <Item color={FADED_COLOR} label={t("legend.everythingElse")} />
            </>,
          ]
        : mode === "network"
          ? [t("mode.network"), <NetworkItems key="network" />]
          : mode === "matrix"
            ? [t("mode.matrix"), <li key="m">{t("legend.matrixNote")}</li>]
            : mode === "co-membership"
              ? [t("mode.co-membership"), <li key="c">{t("legend.coMembershipNote")}</li>]
              : [t("mode.cypher"), <li key="q">{t("legend.cypherNote")}</li>];
  return (
    <details className="legend" open>
      <summary>{t("panel.legend")}</summary>
      <p className="legend-title" data-testid="legend-title">
        {title}
      </p>
      <ul>{items}</ul>
    </details>
  );
}
