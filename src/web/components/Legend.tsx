import { ISCM_TYPE_COLORS, KIND_COLORS, REGION_COLORS } from "../core/appearance.ts";

const Item = ({ color, label, big, square }: { color: string; label: string; big?: boolean; square?: boolean }) => (
  <li>
    <span className={`swatch${big ? " big" : ""}${square ? " square" : ""}`} style={{ background: color }} aria-hidden="true" /> {label}
  </li>
);

export function Legend() {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul>
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
      </ul>
    </details>
  );
}
