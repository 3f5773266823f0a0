/**
 * The side panel's legend: what the colours of the view on screen mean, from the definitions that
 * view colours with — the network's palette (appearance.ts), a comparison's categories
 * (overlapCategories, as the network and the map use them), the map's own legend (its model).
 */
import { FADED_COLOR, ISCM_TYPE_COLORS, KIND_COLORS, overlapCategories, REGION_COLORS } from "../core/appearance.ts";
import type { LegendEntry } from "../core/map-model.ts";
import type { Mode } from "../core/view.ts";
import { useT } from "../i18n.tsx";

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
  return (
    <>
      {Object.entries(ISCM_TYPE_COLORS).map(([t, c]) => (
        <Item key={t} color={c} label={`ISCM: ${t} (size: members)`} big />
      ))}
      {Object.entries(REGION_COLORS)
        .filter(([r]) => r !== "Antarctic")
        .map(([r, c]) => (
          <Item key={r} color={c} label={`State in ${r}`} />
        ))}
      <Item color={KIND_COLORS.Organization} label="Organization" square />
      <Item color={KIND_COLORS.RegionalUnion} label="Regional union" square />
      <Item color={KIND_COLORS.Theme} label="Annex 10 theme" />
    </>
  );
}

export function Legend({ mode, compared, name, map }: Props) {
  const { t } = useT();
  const [title, items] =
    mode === "map"
      ? [
          map ? `Map: ${map.title}` : "Map",
          map?.entries.map((e) => (
            <Item key={e.key} color={e.color} label={`State ${e.label}${e.hatch ? " (hatched)" : ""} (${e.count})`} />
          )),
        ]
      : mode === "network" && compared
        ? [
            `Network: comparing ${compared.map(name).join(" / ")}`,
            <>
              {overlapCategories(compared, name).map((c) => (
                <Item key={c.key} color={c.color} label={`State ${c.label}`} />
              ))}
              <Item color={FADED_COLOR} label="everything else (greyed)" />
            </>,
          ]
        : mode === "network"
          ? ["Network", <NetworkItems key="network" />]
          : mode === "matrix"
            ? [
                "Overlap matrix",
                <li key="m">Darker cells: more shared member States (or a higher Jaccard index); hover a cell for its figures.</li>,
              ]
            : mode === "co-membership"
              ? ["Co-membership", <li key="c">Colours: Louvain communities, listed beside the graph; link width: shared ISCMs.</li>]
              : ["Cypher", <li key="q">Results are drawn with the network's colours.</li>];
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
