/** The selected entity: its facts, each with its source and as-of date; entities are clickable. */
import type { Dataset } from "../../model/graph.ts";
import type { EntityRelationship } from "../api.ts";
import { type OverlapPair, overlapsOf } from "../core/matrix.ts";
import { useAnalysis, useEntity } from "../data.ts";
import { SourceList } from "./Source.tsx";

interface Props {
  id: string;
  dataset: Dataset;
  onSelect: (id: string) => void;
  onCompare: (ids: string[]) => void;
}

const ROLE_TITLES: Record<string, string> = {
  MEMBER_OF: "Member of",
  OBSERVER_OF: "Observer in",
  CHAIRS: "Chairs",
  SECRETARIAT_OF: "Secretariat of",
  ASSOCIATED_WITH: "Associated with",
  COOPERATES_WITH: "Cooperates with",
  FOCUSES_ON: "Themes (Annex 10)",
  SUCCEEDS: "Succeeds",
};
const INCOMING_TITLES: Record<string, string> = {
  MEMBER_OF: "Members",
  OBSERVER_OF: "Observers",
  CHAIRS: "Chair",
  SECRETARIAT_OF: "Secretariat",
  ASSOCIATED_WITH: "Associated ISCMs",
  COOPERATES_WITH: "Cooperates with",
  FOCUSES_ON: "ISCMs working on it",
  SUCCEEDS: "Succeeded by",
};

function RelationshipGroup({
  title,
  rels,
  names,
  onSelect,
}: {
  title: string;
  rels: EntityRelationship[];
  names: Map<string, string>;
  onSelect: (id: string) => void;
}) {
  return (
    <section>
      <h3>
        {title} <span className="count">({rels.length})</span>
      </h3>
      <ul className="relations">
        {rels.map((r) => (
          <li key={`${r.type}-${r.direction}-${r.other}`}>
            <button type="button" className="link" onClick={() => onSelect(r.other)}>
              {names.get(r.other) ?? r.other}
            </button>
            {typeof r.properties.role === "string" && <span className="role"> ({r.properties.role})</span>}
            {typeof r.properties.until === "string" && <span className="role"> (until {r.properties.until})</span>}{" "}
            <SourceList sources={r.properties.sources} asOf={r.properties.asOf} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DetailsPanel({ id, dataset, onSelect, onCompare }: Props) {
  const { data: entity, error } = useEntity(id);
  const label = entity?.node.id === id ? entity.node.label : undefined;
  // The API's analyses, not a second computation here: Neo4j mode shows Neo4j's answers.
  const partners = useAnalysis<{ state: string; name: string; shared: number }>(
    "state-partners",
    label === "State" ? { state: id, limit: "5" } : null,
  ).data?.rows;
  const pairs = useAnalysis<OverlapPair>("overlap-matrix", label === "ISCM" ? {} : null).data?.rows;

  if (error)
    return (
      <aside className="details" aria-label="Details">
        <p role="alert">{error}</p>
      </aside>
    );
  if (!entity)
    return (
      <aside className="details" aria-label="Details">
        <p aria-busy="true">Loading…</p>
      </aside>
    );

  const { node } = entity;
  const p = node.properties;
  const names = new Map(entity.neighbours.map((n) => [n.id, n.name]));
  const labels = new Map(entity.neighbours.map((n) => [n.id, n.label]));
  const groups = new Map<string, EntityRelationship[]>();
  for (const r of entity.relationships) {
    const title = r.direction === "out" ? ROLE_TITLES[r.type] : INCOMING_TITLES[r.type];
    // A State is member of ISCMs and of regional unions: two lists, not one.
    const other = labels.get(r.other);
    const suffix = r.type === "MEMBER_OF" && r.direction === "out" ? (other === "RegionalUnion" ? " regional unions" : " ISCMs") : "";
    const key = `${title ?? r.type}${suffix}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const annex2Source = typeof p.annex2Line === "number" ? [`001 Annex 2, line ${p.annex2Line}`] : [];
  const declared = p.declaredMemberCount;
  const listed = entity.relationships.filter((r) => r.type === "MEMBER_OF" && r.direction === "in").length;

  return (
    <aside className="details" aria-label="Details">
      <p className="kind">{node.label === "RegionalUnion" ? "Regional union" : node.label}</p>
      <h2>{p.name}</h2>
      {node.label === "ISCM" && (
        <>
          <dl className="facts">
            <dt>Type</dt>
            <dd>
              {String(p.type ?? "—")} <SourceList sources={annex2Source} asOf="2019-06" />
            </dd>
            <dt>Established</dt>
            <dd>
              {String(p.yearEstablished ?? "—")} <SourceList sources={annex2Source} asOf="2019-06" />
            </dd>
            <dt>Regions covered</dt>
            <dd>
              {Array.isArray(p.regionsCovered) ? p.regionsCovered.join(", ") : "—"} <SourceList sources={annex2Source} asOf="2019-06" />
            </dd>
            <dt>Member States</dt>
            <dd data-testid="member-counts">
              {listed} listed · <span data-testid="declared-count">{typeof declared === "number" ? declared : "—"}</span> declared
              {typeof p.declaredMemberCountAsOf === "string" && ` (as of ${p.declaredMemberCountAsOf})`}{" "}
              <SourceList sources={annex2Source} />
              {typeof p.memberCountNote === "string" && <span className="note"> — {p.memberCountNote}</span>}
            </dd>
            <dt>Chair (Annex 2)</dt>
            <dd>
              {String(p.annex2Chair ?? "—")} <SourceList sources={annex2Source} asOf="2019-06" />
            </dd>
            <dt>Secretariat (Annex 2)</dt>
            <dd>
              {Array.isArray(p.annex2Secretariats) ? p.annex2Secretariats.join(", ") : "—"}{" "}
              <SourceList sources={annex2Source} asOf="2019-06" />
            </dd>
            <dt>Role of IOM</dt>
            <dd>
              {Array.isArray(p.roleOfIOM) ? p.roleOfIOM.join(", ") : "—"} <SourceList sources={annex2Source} />
            </dd>
          </dl>
          <section>
            <h3>Overlapping ISCMs (Jaccard of member States)</h3>
            <ul className="relations">
              {overlapsOf(pairs ?? [], node.id).map((o) => (
                <li key={o.id}>
                  <button type="button" className="link" onClick={() => onSelect(o.id)}>
                    {dataset.nodes.find((n) => n.id === o.id)?.properties.name ?? o.id}
                  </button>{" "}
                  {o.shared} shared · {o.jaccard.toFixed(2)}{" "}
                  <button type="button" className="small" onClick={() => onCompare([node.id, o.id])}>
                    compare
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {node.label === "State" && partners && partners.length > 0 && (
        <section>
          <h3>Top partner States (shared ISCMs)</h3>
          <ul className="relations">
            {partners.map((x) => (
              <li key={x.state}>
                <button type="button" className="link" onClick={() => onSelect(x.state)}>
                  {x.name}
                </button>{" "}
                {x.shared}
              </li>
            ))}
          </ul>
        </section>
      )}
      {[...groups].map(([title, rels]) => (
        <RelationshipGroup key={title} title={title} rels={rels} names={names} onSelect={onSelect} />
      ))}
    </aside>
  );
}
