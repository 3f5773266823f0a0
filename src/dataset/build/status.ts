/**
 * Build steps that bound relationships by time: a mechanism's merge, end or dormancy; chairs that overlap or lack a window; every edge's interval (stated or assumed) and the newest date of its sources.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import type { EdgeProperties } from "../../model/graph.ts";
import { newestPublished } from "../../model/source.ts";
import { heldWindow, intervalBasis, mechanismBounds, OPEN_END, OPEN_START, windowsOverlap } from "../../model/time.ts";
import type { RelationshipType } from "../../model/vocabulary.ts";
import type { Build } from "./context.ts";

/** The relationship types a mechanism's status bounds (time.ts `mechanismBounds`). */
export const BOUNDED_BY_STATUS = new Set<RelationshipType>([
  "MEMBER_OF",
  "OBSERVER_OF",
  "CHAIRS",
  "SECRETARIAT_OF",
  "PARTICIPATES_IN",
  "SUSPENDED_FROM",
]);

/**
 * The status rule (time.ts module comment): a merged or ended mechanism's relationships end with
 * it; a dormant one keeps its members, marked `dormantFrom`, and has no chair. A relationship
 * that would start after the end, or a chair that would start during a dormancy, is an error.
 */
export function applyMechanismStatus(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    const bounds = mechanismBounds(m.statusChanges);
    if (!bounds.endDay && bounds.dormant.length === 0) continue;
    for (const e of build.edges.values()) {
      if (e.target !== m.id || !BOUNDED_BY_STATUS.has(e.type)) continue;
      const p = e.properties;
      const where = build.edgeOrigin.get(e.key) ?? file;
      if (bounds.endDay && bounds.endedWith) {
        if (p.heldFrom > bounds.endDay) {
          build.issues.push({
            file,
            path: "statusChanges",
            message: `${e.type} ${e.source} (${where}) starts after ${m.id} ${bounds.endedWith}`,
          });
          continue;
        }
        if (p.heldTo > bounds.endDay) {
          p.heldTo = bounds.endDay;
          p.endedWith = bounds.endedWith;
        }
      }
      for (const d of bounds.dormant) {
        if (!(p.heldFrom <= d.to && d.from <= p.heldTo)) continue;
        if (e.type === "CHAIRS") {
          if (p.heldFrom >= d.from) {
            build.issues.push({
              file,
              path: "chairs",
              message: `${e.source} (${where}) would chair ${m.id} while it is dormant (from ${d.date})`,
            });
            continue;
          }
          p.heldTo = dayBefore(d.from);
          p.endedWith = `dormant ${d.date}`;
        } else if (e.type === "MEMBER_OF" || e.type === "OBSERVER_OF") {
          p.dormantFrom = d.date;
        }
      }
    }
  }
}

export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Chairs against their rotation: an ISCM with chairs declares its rotation; a chair needs a
 * window — a start and an end, each a date or a bound — unless the rotation is a standing chair;
 * two chairs of one ISCM may overlap only when the rotation declares co-chairs (or a troika).
 */
export function checkChairs(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    if (m.chairs.length === 0) continue;
    const r = m.rotation;
    if (!r) {
      build.issues.push({
        file,
        path: "rotation",
        message: "is required when chairs are listed: say how the chair works, with its source",
      });
      continue;
    }
    m.chairs.forEach((c, i) => {
      if (r.standing) return;
      const start = c.since ?? c.startedAfter;
      const end = c.until ?? c.endedBefore;
      if (!start || !end)
        build.issues.push({
          file,
          path: `chairs[${i}]`,
          message: `has no ${!start && !end ? "window" : start ? "end" : "start"}: a chair holds for its term (give since/until, or startedAfter/endedBefore; only a standing chair needs none)`,
        });
    });
    if (r.coChairs) continue;
    const chairs = [...build.edges.values()].filter((e) => e.type === "CHAIRS" && e.target === m.id);
    for (const [i, a] of chairs.entries())
      for (const b of chairs.slice(i + 1)) {
        if (a.properties.heldFrom === OPEN_START && a.properties.heldTo === OPEN_END) continue; // reported above
        if (windowsOverlap(a.properties, b.properties) && !isHandover(a.properties, b.properties))
          build.issues.push({
            file,
            path: "chairs",
            message: `${a.source} (${a.properties.heldFrom}–${a.properties.heldTo}) and ${b.source} (${b.properties.heldFrom}–${b.properties.heldTo}) overlap, but the rotation (${r.kind}) declares no co-chairs`,
          });
      }
  }
}

/**
 * Two successive chairs share the handover: the successor's start and the predecessor's end may
 * name the same day (the convention: `until` = the successor's `since`), or the same month or year
 * when the handover is known no better ("USA (2023)", "Sweden (2023–2024)"). Their overlap is
 * allowed when it lies within the period of the earlier one's `until` or the later one's `since`.
 */
export function isHandover(a: EdgeProperties, b: EdgeProperties): boolean {
  const [first, second] = a.heldFrom <= b.heldFrom ? [a, b] : [b, a];
  const overlap = { from: second.heldFrom, to: first.heldTo < second.heldTo ? first.heldTo : second.heldTo };
  const within = (date: unknown) =>
    typeof date === "string" &&
    heldWindow({ since: date, until: date }).heldFrom <= overlap.from &&
    overlap.to <= heldWindow({ since: date, until: date }).heldTo;
  return within(first.until) || within(second.since);
}

/** Every relationship says whether its interval is stated or assumed (time.ts `intervalBasis`). */
export function markIntervals(build: Build): void {
  for (const e of build.edges.values()) e.properties.interval = intervalBasis(e.properties as Parameters<typeof intervalBasis>[0]);
}

/** Every relationship carries the newest publication date of its sources, when one is dated: what "confirmed as of" reads beside `asOf` (source.ts `sourceDate`). */
export function markSourceDates(build: Build): void {
  for (const e of build.edges.values()) {
    const published = newestPublished(e.properties.sources, build.sources);
    if (published !== null) e.properties.sourcesPublished = published;
  }
}
