import { z } from "zod";
import { SOURCE_SEPARATOR } from "../../model/source.ts";
import { OPEN_END, OPEN_START, periodEnd, periodStart } from "../../model/time.ts";
import { defineAnalysis, entityLabel, entityParam, ids, limitParam } from "../contract.ts";
import { byCodePoint } from "../memory/membership.ts";

const row = {
  /** As precise as the source; null when no source dates it (then `dateNote` says what is known). */
  date: z.string().nullable(),
  dateNote: z.string().nullable(),
  /** `began` or `ended` for a relationship; the change itself (renamed, dormant…) for a status change. */
  event: z.string(),
  /** The relationship type, or STATUS for a change of the mechanism itself. */
  type: z.string(),
  subject: z.string(),
  subjectName: z.string(),
  object: z.string().nullable(),
  objectName: z.string().nullable(),
  basis: z.string(),
  via: z.string().nullable(),
  sources: ids,
  note: z.string().nullable(),
};
export type ChangeRow = z.infer<z.ZodObject<typeof row>>;

/**
 * Joins, exits, suspensions, chair and secretariat handovers and status changes between two
 * dates, each with its date (as precise as its source) and the sources for that date. An event
 * whose date is partial or unknown is listed when it may fall within the range, and no wider than
 * what is known: a year covers the year; a start known only as "after X" lies between X and the
 * last day the relationship held; an end known only as "before X" lies between the first day it
 * held and X; a status change with no date at all may lie anywhere.
 */
export const changes = defineAnalysis({
  name: "changes",
  title: "What changed between two dates",
  summary:
    "Every join and exit, suspension, change of chair or secretariat, and change of a mechanism itself (renamed, gone dormant, merged) between two dates, for all mechanisms or one. Each event carries its date as precisely as its source gives it, the sources for that date, and whether a source states it or it follows from a regional union's membership. An event known only to a year or a month is listed when it may fall within the range.",
  params: [
    {
      name: "from",
      kind: "date",
      bound: "start",
      required: false,
      description: "from this date on: YYYY, YYYY-MM or YYYY-MM-DD (default: all)",
    },
    { name: "to", kind: "date", bound: "end", required: false, description: "up to this date (default: today)" },
    entityParam("iscm", ["ISCM", "RegionalUnion"], false, "only changes of this ISCM (or union)"),
    limitParam(),
  ],
  columns: row,
  labels: {
    date: { label: "Date", unit: "as precise as the source" },
    dateNote: { label: "When, if undated" },
    event: { label: "What happened" },
    type: { label: "Relationship", kind: "relationship" },
    subject: entityLabel("Who"),
    subjectName: { label: "Who (name)" },
    object: entityLabel("In / of"),
    objectName: { label: "In / of (name)" },
    basis: { label: "How it is known" },
    via: entityLabel("Through the union"),
    sources: { label: "Sources" },
    note: { label: "Note" },
  },
  example: "--param from=2019-06 --param iscm=eap-panel",
  // The history itself: it reads every relationship's dates, not the graph as of a day.
  asOf: false,
  run(graph, params) {
    const from = params.from ?? OPEN_START;
    const to = params.to as string;
    const rows: (ChangeRow & { sortDay: string })[] = [];
    const name = (id: string) => String(graph.getNodeAttribute(id, "name"));
    const inScope = (a: string, b: string | null) => params.iscm === null || a === params.iscm || b === params.iscm;
    graph.forEachEdge((_e, r, s, o) => {
      if (!inScope(s, o)) return;
      const base = {
        type: r.type,
        subject: s,
        subjectName: name(s),
        object: o,
        objectName: name(o),
        basis: r.basis,
        via: typeof r.via === "string" ? r.via : null,
        note: typeof r.note === "string" ? r.note : null,
      };
      const since = r.since as string | undefined;
      const startedAfter = r.startedAfter as string | undefined;
      if (since || startedAfter) {
        const earliest = r.heldFrom;
        // Known only as "after X": it began after X and no later than the last day it held.
        const latest = since ? periodEnd(since) : r.heldTo;
        if (earliest <= to && latest >= from)
          rows.push({
            ...base,
            event: "began",
            date: since ?? null,
            dateNote: since ? null : `after ${startedAfter}`,
            sources: (r.sinceSources as string[] | undefined) ?? r.sources,
            sortDay: earliest,
          });
      }
      const until = r.until as string | undefined;
      const endedBefore = r.endedBefore as string | undefined;
      if (until || endedBefore) {
        // Known only as "before X": it ended before X and no earlier than the first day it held
        // (Senegal's GFMD co-chair from 2022-06-30, ended before 2024-04-01, is not a 2020 event).
        const earliest = until ? periodStart(until) : r.heldFrom;
        const latest = r.heldTo;
        if (earliest <= to && latest >= from)
          rows.push({
            ...base,
            event: "ended",
            date: until ?? null,
            dateNote: until ? null : `before ${endedBefore}`,
            sources: (r.untilSources as string[] | undefined) ?? r.sources,
            // "before 2020-12-07" sorts just before that day, not at the beginning of time.
            sortDay: until ? earliest : latest,
          });
      }
    });
    graph.forEachNode((id, n) => {
      const kinds = n.statusChanges as string[] | undefined;
      if (!kinds || !inScope(id, null)) return;
      kinds.forEach((change, k) => {
        const date = (n.statusChangeDates as string[])[k] as string;
        const earliest = date ? periodStart(date) : OPEN_START;
        const latest = date ? periodEnd(date) : OPEN_END;
        if (earliest > to || latest < from) return;
        rows.push({
          date: date || null,
          dateNote: date ? null : "date unknown",
          event: change,
          type: "STATUS",
          subject: id,
          subjectName: String(n.name),
          object: null,
          objectName: null,
          basis: (n.statusChangeBases as string[])[k] as string,
          via: null,
          sources: ((n.statusChangeSources as string[])[k] as string).split(SOURCE_SEPARATOR),
          note: (n.statusChangeNotes as string[])[k] as string,
          sortDay: earliest,
        });
      });
    });
    rows.sort(
      (x, y) =>
        byCodePoint(x.sortDay, y.sortDay) ||
        byCodePoint(x.subject, y.subject) ||
        byCodePoint(x.type, y.type) ||
        byCodePoint(x.object ?? "", y.object ?? "") ||
        byCodePoint(x.event, y.event),
    );
    return rows.slice(0, params.limit ?? undefined).map(({ sortDay: _, ...rest }) => rest);
  },
});
