/**
 * The selected entity: its facts, each with its source and as-of date, its relationships with
 * their interval and basis — those that count on the explorer's day first, the others after,
 * saying why — and for an ISCM a small timeline of its member States. Entities are clickable.
 */

import { type Aspect, confirmations } from "../../analyses/currency.ts";
import type { Dataset } from "../../model/graph.ts";
import { shortNameOf } from "../../model/names.ts";
import { profilePath } from "../../model/profile-paths.ts";
import { relationshipTitle } from "../../model/relationship-words.ts";
import { ANNEX2_AS_OF, citationKey, IOM_2019_REPORT } from "../../model/source.ts";
import { asOfDay, describeInterval, edgesHeldAt, heldAt, type TimedEdge, today } from "../../model/time.ts";
import { isStateMembership } from "../../model/vocabulary.ts";
import type { EntityRelationship } from "../api.ts";
import { overlapsOf } from "../core/matrix.ts";
import { useAnalysis, useEntity } from "../data.ts";
import { useT } from "../i18n.tsx";
import { BasisBadge } from "./Basis.tsx";
import { SourceList } from "./Source.tsx";

interface Props {
  id: string;
  /** The explorer's day: what counts then is listed first. */
  day: string;
  dataset: Dataset;
  onSelect: (id: string) => void;
  onCompare: (ids: string[]) => void;
}

/** A relationship with the time fields the panel reads. */
type TimedRelationship = EntityRelationship & { properties: EntityRelationship["properties"] & { heldFrom?: string; heldTo?: string } };

/** Why a relationship does not count on the day: the words beside it. */
function notHeldReason(r: TimedRelationship, day: string): "suspended" | "ended" | "notYet" {
  if (heldAt(r.properties, day)) return "suspended";
  return String(r.properties.heldTo ?? "9999") < day ? "ended" : "notYet";
}

function RelationshipGroup({
  title,
  rels,
  names,
  labels,
  day,
  notHeld,
  onSelect,
}: {
  title: string;
  rels: TimedRelationship[];
  names: Map<string, string>;
  labels: Map<string, string>;
  day: string;
  /** Set: these relationships do not count on the day; the reason is shown. */
  notHeld?: boolean;
  onSelect: (id: string) => void;
}) {
  const { t, locale } = useT();
  const why = { suspended: t("details.whySuspended"), ended: t("details.whyEnded"), notYet: t("details.whyNotYet") };
  return (
    <section className={notHeld ? "not-held" : undefined}>
      <h3>
        {title} <span className="count">({rels.length})</span>
      </h3>
      <ul className="relations">
        {rels.map((r) => (
          <li key={`${r.type}-${r.direction}-${r.other}-${String(r.properties.heldFrom)}`} data-relationship={r.type} data-other={r.other}>
            <button type="button" className="link" onClick={() => onSelect(r.other)}>
              {names.get(r.other) ?? r.other}
            </button>
            {typeof r.properties.role === "string" && <span className="role"> ({r.properties.role})</span>}{" "}
            <span className="interval" data-testid="interval">
              {describeInterval(r.properties as Parameters<typeof describeInterval>[0], locale)}
            </span>{" "}
            {notHeld && (
              <span className="why-not">
                {relationshipTitle(r.type, r.direction, labels.get(r.other), locale)}: {why[notHeldReason(r, day)]}
              </span>
            )}{" "}
            <BasisBadge basis={r.properties.basis} via={r.properties.via} note={r.properties.note} />{" "}
            <SourceList properties={r.properties} asOf={String(r.properties.asOf)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** First day of each year shown on the timeline: from the first dated membership (at most 2000) to today. */
const TIMELINE_START = 2000;

/** Member States at the end of each year (today for this year): the ISCM's membership over time. */
function MembershipTimeline({
  id,
  rels,
  labels,
  day,
}: {
  id: string;
  rels: TimedRelationship[];
  labels: Map<string, string>;
  day: string;
}) {
  const { t } = useT();
  // Member States only: a mechanism's member organisations (the Bali Process's UNHCR, IOM…) are not counted.
  const edges: TimedEdge[] = rels
    .filter(
      (r) =>
        r.direction === "in" &&
        (isStateMembership(r.type, labels.get(r.other)) || (r.type === "SUSPENDED_FROM" && labels.get(r.other) === "State")),
    )
    .map((r, i) => ({ key: String(i), type: r.type, source: r.other, target: id, properties: r.properties }));
  const now = today();
  const years = Array.from({ length: Number(now.slice(0, 4)) - TIMELINE_START + 1 }, (_, i) => TIMELINE_START + i);
  const counts = years.map((y) => {
    const at = y === Number(now.slice(0, 4)) ? now : asOfDay(String(y));
    return edgesHeldAt(edges, at).filter((e) => e.type === "MEMBER_OF").length;
  });
  const max = Math.max(1, ...counts);
  const dayYear = Number(day.slice(0, 4));
  const width = 8;
  return (
    <figure className="timeline">
      <svg
        role="img"
        aria-label={t("details.timelineLabel", { counts: years.map((y, i) => `${y}: ${counts[i]}`).join(", ") })}
        width={years.length * width}
        height={40}
        viewBox={`0 0 ${years.length * width} 40`}
      >
        {years.map((y, i) => {
          const h = Math.round(((counts[i] as number) / max) * 36);
          return (
            <rect key={y} x={i * width} y={40 - h} width={width - 1} height={h} className={y === dayYear ? "current" : undefined}>
              <title>{t("details.timelineBar", { year: y, count: counts[i] as number })}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{t("details.timelineCaption", { from: TIMELINE_START, to: now.slice(0, 4), year: dayYear })}</figcaption>
    </figure>
  );
}

export function DetailsPanel({ id, day, dataset, onSelect, onCompare }: Props) {
  const { t, intl, locale } = useT();
  // The aspects of currency.ts, each a literal key: the catalogue test reads literal keys only.
  const aspectWord = (aspect: Aspect): string =>
    aspect === "members"
      ? t("details.aspectMembers")
      : aspect === "chair"
        ? t("details.aspectChair")
        : aspect === "secretariat"
          ? t("details.aspectSecretariat")
          : t("details.aspectObservers");
  const { data: entity, error } = useEntity(id);
  const label = entity?.node.id === id ? entity.node.label : undefined;
  // The API's analyses, not a second computation here: Neo4j mode shows Neo4j's answers.
  const partners = useAnalysis("state-partners", label === "State" ? { state: id, limit: "5" } : null).data?.rows;
  const pairs = useAnalysis("overlap-matrix", label === "ISCM" ? {} : null).data?.rows;

  if (error)
    return (
      <aside id="details" tabIndex={-1} className="details" aria-label={t("app.details")}>
        <p role="alert">{error}</p>
      </aside>
    );
  if (!entity)
    return (
      <aside id="details" tabIndex={-1} className="details" aria-label={t("app.details")}>
        <p aria-busy="true">{t("details.loading")}</p>
      </aside>
    );

  const { node } = entity;
  const p = node.properties;
  const names = new Map(entity.neighbours.map((n) => [n.id, n.name]));
  const labels = new Map(entity.neighbours.map((n) => [n.id, n.label]));
  const rels = entity.relationships as TimedRelationship[];
  // What counts on the day (time.ts, the same rule as every analysis): the rest is listed apart.
  const timedEdges = rels.map((r, i) => ({
    key: String(i),
    type: r.type,
    source: r.direction === "out" ? id : r.other,
    target: r.direction === "out" ? r.other : id,
    properties: r.properties,
  }));
  const held = new Set(edgesHeldAt(timedEdges, day).map((e) => rels[Number(e.key)]));
  const groups = new Map<string, TimedRelationship[]>();
  const notHeld: TimedRelationship[] = [];
  for (const r of rels) {
    if (!held.has(r)) {
      notHeld.push(r);
      continue;
    }
    const key = relationshipTitle(r.type, r.direction, labels.get(r.other), locale);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // Every list of entities reads in name order (the locale's), not by code: Switzerland after Sweden.
  const byName = (x: TimedRelationship, y: TimedRelationship) =>
    (names.get(x.other) ?? x.other).localeCompare(names.get(y.other) ?? y.other);
  for (const list of groups.values()) list.sort(byName);
  notHeld.sort(byName);
  /** Who holds `type` (chair, secretariat) of this ISCM on the day, from its relationships; the present leads. */
  const heldBy = (type: string) => {
    const holders = rels.filter((r) => r.type === type && r.direction === "in" && held.has(r)).sort(byName);
    if (holders.length === 0) return <span className="note">{t("details.noneForDay")}</span>;
    return holders.map((r, i) => (
      <span key={r.other}>
        {i > 0 && ", "}
        <button type="button" className="link" onClick={() => onSelect(r.other)}>
          {names.get(r.other) ?? r.other}
        </button>
        {typeof r.properties.role === "string" && ` (${r.properties.role})`}{" "}
        <span className="interval">{describeInterval(r.properties as Parameters<typeof describeInterval>[0], locale)}</span>{" "}
        <SourceList sources={r.properties.sources} asOf={r.properties.asOf} />
      </span>
    ));
  };
  const annex2Source =
    typeof p.annex2Line === "number" ? [citationKey({ source: IOM_2019_REPORT, at: `line ${p.annex2Line} (Annex 2)` })] : [];
  const declared = p.declaredMemberCount;
  const listed = rels.filter((r) => isStateMembership(r.type, labels.get(r.other)) && r.direction === "in" && held.has(r)).length;

  return (
    <aside id="details" tabIndex={-1} className="details" aria-label={t("app.details")}>
      <p className="kind">{t("details.kind", { kind: node.label })}</p>
      <h2>
        {shortNameOf(p)}
        {shortNameOf(p) !== p.name && <span className="formal-name"> — {p.name}</span>}
      </h2>
      {profilePath(node) && (
        <p className="profile-link">
          <a href={`${profilePath(node)}${day === today() ? "" : `?asOf=${day}`}`} data-testid="profile-link">
            {t("details.profileLink")}
          </a>{" "}
          {t("details.profileNote")}
        </p>
      )}
      {node.label === "ISCM" && (
        <>
          <dl className="facts">
            <dt>{t("details.type")}</dt>
            <dd>
              {String(p.type ?? "—")} <SourceList sources={annex2Source} asOf={ANNEX2_AS_OF} />
            </dd>
            <dt>{t("details.established")}</dt>
            <dd>
              {String(p.yearEstablished ?? "—")} <SourceList sources={annex2Source} asOf={ANNEX2_AS_OF} />
            </dd>
            <dt>{t("details.regions")}</dt>
            <dd>
              {Array.isArray(p.regionsCovered) ? p.regionsCovered.join(", ") : "—"}{" "}
              <SourceList sources={annex2Source} asOf={ANNEX2_AS_OF} />
            </dd>
            <dt>{t("details.memberStates")}</dt>
            <dd data-testid="member-counts">
              <span data-testid="listed-count">{listed}</span> {t("details.asOfDay", { day })} ·{" "}
              <span data-testid="declared-count">{typeof declared === "number" ? declared : "—"}</span> {t("details.declared")}
              {typeof p.declaredMemberCountAsOf === "string" && ` ${t("details.declaredAsOf", { day: p.declaredMemberCountAsOf })}`}{" "}
              <SourceList sources={annex2Source} />
              {typeof p.memberCountNote === "string" && <span className="note"> — {p.memberCountNote}</span>}
            </dd>
            <dt>{t("details.chairOn", { day })}</dt>
            <dd data-testid="current-chair">{heldBy("CHAIRS")}</dd>
            <dt>{t("details.secretariatOn", { day })}</dt>
            <dd data-testid="current-secretariat">{heldBy("SECRETARIAT_OF")}</dd>
            <dt>{t("details.chairAnnex2")}</dt>
            <dd>
              {String(p.annex2Chair ?? "—")} <SourceList sources={annex2Source} asOf={ANNEX2_AS_OF} />
            </dd>
            <dt>{t("details.secretariatAnnex2")}</dt>
            <dd>
              {Array.isArray(p.annex2Secretariats) ? p.annex2Secretariats.join(", ") : "—"}{" "}
              <SourceList sources={annex2Source} asOf={ANNEX2_AS_OF} />
            </dd>
            <dt>{t("details.roleOfIom")}</dt>
            <dd>
              {Array.isArray(p.roleOfIOM) ? p.roleOfIOM.join(", ") : "—"} <SourceList sources={annex2Source} />
            </dd>
            <dt>{t("details.confirmedAsOf")}</dt>
            <dd data-testid="confirmed-as-of">
              {confirmations(node.id, timedEdges, day)
                .filter((c) => c.held > 0)
                .map((c) =>
                  t("details.aspectConfirmed", {
                    aspect: aspectWord(c.aspect),
                    date: c.confirmedAsOf ?? t("details.undated"),
                    stale: c.stale ? "yes" : "no",
                  }),
                )
                .join(" · ") || "—"}
            </dd>
          </dl>
          <section>
            <h3>{t("details.overlapping")}</h3>
            <ul className="relations">
              {overlapsOf(pairs ?? [], node.id).map((o) => (
                <li key={o.id}>
                  <button type="button" className="link" onClick={() => onSelect(o.id)}>
                    {shortNameOf(dataset.nodes.find((n) => n.id === o.id)?.properties ?? {}, o.id)}
                  </button>{" "}
                  {t("details.shared", { count: o.shared })} ·{" "}
                  {intl.formatNumber(o.jaccard, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}{" "}
                  <button type="button" className="small" onClick={() => onCompare([node.id, o.id])}>
                    {t("details.compare")}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {node.label === "State" && partners && partners.length > 0 && (
        <section>
          <h3>{t("details.partners")}</h3>
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
      {node.label === "ISCM" && <MembershipTimeline id={id} rels={rels} labels={labels} day={day} />}
      {[...groups].map(([title, list]) => (
        <RelationshipGroup key={title} title={title} rels={list} names={names} labels={labels} day={day} onSelect={onSelect} />
      ))}
      {notHeld.length > 0 && (
        <RelationshipGroup
          title={t("details.notOnDay", { day })}
          rels={notHeld}
          names={names}
          labels={labels}
          day={day}
          notHeld
          onSelect={onSelect}
        />
      )}
    </aside>
  );
}
