/**
 * Time, in one place. A relationship's dates are partial (`2021`, `2021-06`, `2021-06-28`), as
 * precise as their source. Each relationship is given a *window* when the dataset is built: the
 * first and last day it may have held, where a partial date covers its whole period (since
 * `2021` → from 2021-01-01; until `2021-02` → through 2021-02-28), an unknown start after a date
 * (`startedAfter`) begins the day after that period, an unknown end before a date (`endedBefore`)
 * ends the day before it, and an absent bound is open ("0000-01-01" / "9999-12-31").
 *
 * A relationship counts at a day when the day is inside its window, and a membership also needs
 * no suspension (SUSPENDED_FROM between the same two ends) whose window holds that day. An
 * `asOf` given as a year or a month means its last day ("as of 2019-06" = 30 June 2019).
 * The embedded store and the web use `heldAt`; every Cypher query uses `HELD_CYPHER`'s fragment
 * (tests/analyses/current.test.ts checks it).
 *
 * What an undated fact means (the observed-window rule). A relationship observed at a date (its
 * `asOf`) with no `since`/`until` holds at the observation, and is *assumed* to hold before and
 * after it until a source says otherwise: its window stays open, and answers count it (the 2019
 * lists are the best knowledge), but its interval is marked `assumed` (`intervalBasis`, and
 * `describeInterval`: "observed 2019-06; assumed before and since" against "since 2009").
 * Relationship types bounded by their nature are the exception: a chair holds for its term, so
 * a chair line needs a window (`validate` refuses one without, unless the rotation is a standing
 * chair), and one observed once and never dated is written as the one term around the observation.
 *
 * What a mechanism's status does to its relationships (`mechanismBounds`, applied by the build, so
 * every analysis on either store sees it through the windows): when a mechanism merged or ended,
 * its memberships, observers, chairs, secretariats, participants and suspensions end with it
 * (their window is cut at that day, and they carry `endedWith`); while it is dormant (from a
 * `dormant` change to a `relaunched` one), its members are kept but marked (`dormantFrom`) and it
 * has no chair (a chair's window is cut the day before the dormancy; none may start during it).
 */

export const OPEN_START = "0000-01-01";
export const OPEN_END = "9999-12-31";

/** A partial date's shape as a regular expression's source: the API's OpenAPI pattern and the check below share it. */
export const PARTIAL_DATE_PATTERN = "^(\\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?$";
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

export function isPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  if (m[3] === undefined) return true;
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The first day a partial date may mean. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date may mean. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${pad(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
  return date;
}

function shiftDay(day: string, by: 1 | -1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export interface TimeFields {
  /** When a source observed the relationship (never part of its window: see the observed-window rule). */
  asOf?: unknown;
  since?: string;
  until?: string;
  startedAfter?: string;
  endedBefore?: string;
}

/** The first and last day a relationship may have held (see the module comment). */
export function heldWindow(t: TimeFields): { heldFrom: string; heldTo: string } {
  const heldFrom = t.since ? periodStart(t.since) : t.startedAfter ? shiftDay(periodEnd(t.startedAfter), 1) : OPEN_START;
  const heldTo = t.until ? periodEnd(t.until) : t.endedBefore ? shiftDay(periodStart(t.endedBefore), -1) : OPEN_END;
  return { heldFrom, heldTo };
}

/** A relationship's window contains the day `asOf` (a full YYYY-MM-DD, see `asOfDay`). */
export function heldAt(window: { heldFrom?: unknown; heldTo?: unknown }, asOf: string): boolean {
  return String(window.heldFrom ?? OPEN_START) <= asOf && asOf <= String(window.heldTo ?? OPEN_END);
}

/** Cypher's form of `heldAt` for relationship variable `r` and the parameter `$asOf`. */
export const HELD_CYPHER = (r: string) => `${r}.heldFrom <= $asOf <= ${r}.heldTo`;

/** Today, as the default `asOf` (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** An `asOf` as the day it stands for: partial dates mean their last day; undefined means today. */
export function asOfDay(asOf: string | undefined | null, now?: Date): string {
  if (asOf === undefined || asOf === null) return today(now);
  if (!isPartialDate(asOf)) throw new RangeError(`"${asOf}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  return periodEnd(asOf);
}

/**
 * A date parameter as the day a query compares with: the first day of a partial date for a range's
 * start, the last day for an end or an `asOf`; absent, an end means `defaultEnd` (today, or the
 * explorer's day) and a start means no bound (null). The API, the CLI and the console all use it.
 */
export function dayOfDateParam(bound: "start" | "end", given: string | undefined, defaultEnd: string): string | null {
  if (given === undefined) return bound === "end" ? defaultEnd : null;
  return bound === "end" ? periodEnd(given) : periodStart(given);
}

/** Whether two windows share a day (two intervals of one pair must not). */
export function windowsOverlap(a: { heldFrom: string; heldTo: string }, b: { heldFrom: string; heldTo: string }): boolean {
  return a.heldFrom <= b.heldTo && b.heldFrom <= a.heldTo;
}

/**
 * Whether a relationship's interval is stated by a source or assumed by the observed-window rule
 * (see the module comment): "stated" when both ends are dated (a date or a bound), "assumed"
 * when neither is, otherwise which end is assumed. A window cut by the mechanism's end
 * (`endedWith`) has a stated end.
 */
export type IntervalBasis = "stated" | "assumed" | "assumed start" | "assumed end";
export function intervalBasis(t: TimeFields & { endedWith?: unknown }): IntervalBasis {
  const start = Boolean(t.since || t.startedAfter);
  const end = Boolean(t.until || t.endedBefore || t.endedWith);
  return start && end ? "stated" : start ? "assumed end" : end ? "assumed start" : "assumed";
}

/** describeInterval's words in the three languages of the interface (the dates stay ISO). */
const INTERVAL_WORDS = {
  en: {
    after: (d: string) => `after ${d} (date unknown)`,
    before: (d: string) => `before ${d}`,
    observed: (d: string) => `observed ${d}`,
    undated: "undated source",
    endedWith: (w: string) => `; ended with it: ${w}`,
    since: (d: string) => `since ${d}`,
    until: (d: string, observed: string) => `until ${d} (${observed}; assumed before)`,
    assumedBefore: (observed: string) => `${observed}; assumed before`,
    assumedAround: (observed: string) => `${observed}; assumed before and since`,
  },
  fr: {
    after: (d: string) => `après ${d} (date inconnue)`,
    before: (d: string) => `avant ${d}`,
    observed: (d: string) => `observé ${d}`,
    undated: "source non datée",
    endedWith: (w: string) => ` ; a pris fin avec lui : ${w}`,
    since: (d: string) => `depuis ${d}`,
    until: (d: string, observed: string) => `jusqu’à ${d} (${observed} ; supposé avant)`,
    assumedBefore: (observed: string) => `${observed} ; supposé avant`,
    assumedAround: (observed: string) => `${observed} ; supposé avant et depuis`,
  },
  es: {
    after: (d: string) => `después de ${d} (fecha desconocida)`,
    before: (d: string) => `antes de ${d}`,
    observed: (d: string) => `observado ${d}`,
    undated: "fuente sin fecha",
    endedWith: (w: string) => `; terminó con él: ${w}`,
    since: (d: string) => `desde ${d}`,
    until: (d: string, observed: string) => `hasta ${d} (${observed}; supuesto antes)`,
    assumedBefore: (observed: string) => `${observed}; supuesto antes`,
    assumedAround: (observed: string) => `${observed}; supuesto antes y después`,
  },
} as const;

/**
 * A window as people read it, the one function every page uses: "2011–2018", "since 2009",
 * "until 2020-01-31 (observed 2019-06; assumed before)", "after 2019-06 (date unknown)–2021",
 * and for an undated relationship "observed 2019-06; assumed before and since" (the
 * observed-window rule); a window cut by its mechanism's end says so ("…; ended with it: merged 2011-12-08").
 * In French or Spanish with `lang` (the explorer's details panel).
 */
export function describeInterval(t: TimeFields & { asOf?: unknown; endedWith?: unknown }, lang: "en" | "fr" | "es" = "en"): string {
  const w = INTERVAL_WORDS[lang];
  const start = t.since ?? (t.startedAfter ? w.after(t.startedAfter) : "");
  const end = t.until ?? (t.endedBefore ? w.before(t.endedBefore) : "");
  const observed = typeof t.asOf === "string" && t.asOf !== "undated" ? w.observed(t.asOf) : w.undated;
  const endedWith = typeof t.endedWith === "string" ? w.endedWith(t.endedWith) : "";
  let text: string;
  if (start && end) text = `${start}–${end}`;
  else if (start) text = w.since(start);
  else if (end) text = w.until(end, observed);
  else text = endedWith ? w.assumedBefore(observed) : w.assumedAround(observed);
  return `${text}${endedWith}`;
}

/** A change of a mechanism's own status, as the build keeps it (seed-schemas `statusChanges`). */
export interface StatusChangeLike {
  date: string | null;
  change: string;
}

/**
 * The days a mechanism's status bounds its relationships (see the module comment): `endDay`, the
 * last day of a merged or ended mechanism (the period end of the change's date), with the words
 * for `endedWith`; `dormant`, each dormancy's first and last day (open until a relaunch).
 */
export function mechanismBounds(changes: readonly StatusChangeLike[]): {
  endDay?: string;
  endedWith?: string;
  dormant: { from: string; to: string; date: string }[];
} {
  const dated = changes.filter((c): c is StatusChangeLike & { date: string } => c.date !== null);
  const sorted = [...dated].sort((a, b) => (periodStart(a.date) < periodStart(b.date) ? -1 : 1));
  const end = sorted.find((c) => c.change === "merged" || c.change === "ended");
  const dormant: { from: string; to: string; date: string }[] = [];
  for (const [i, c] of sorted.entries()) {
    if (c.change !== "dormant") continue;
    const relaunch = sorted.slice(i + 1).find((x) => x.change === "relaunched");
    dormant.push({ from: periodStart(c.date), to: relaunch ? shiftDay(periodStart(relaunch.date), -1) : OPEN_END, date: c.date });
  }
  return end ? { endDay: periodEnd(end.date), endedWith: `${end.change} ${end.date}`, dormant } : { dormant };
}

/** The first day a mechanism exists: the start of its earliest dated `created` change (undefined: none recorded, it always existed). */
export function createdDay(changes: readonly StatusChangeLike[]): string | undefined {
  return changes
    .filter((c): c is StatusChangeLike & { date: string } => c.change === "created" && c.date !== null)
    .map((c) => periodStart(c.date))
    .sort()[0];
}

/**
 * The days a mechanism is not active, from its status changes: before it was created, after it
 * merged or ended, while dormant. The build writes them on the ISCM node as the parallel lists
 * `inactiveFrom`/`inactiveTo` (Neo4j holds no maps), which `activeOn` and the Cypher of
 * synergy-candidates read: a mechanism's status as of a day, not the June 2019 `status`.
 */
export function inactiveWindows(changes: readonly StatusChangeLike[]): { from: string; to: string }[] {
  const bounds = mechanismBounds(changes);
  const created = createdDay(changes);
  return [
    ...(created ? [{ from: OPEN_START, to: shiftDay(created, -1) }] : []),
    ...bounds.dormant.map((d) => ({ from: d.from, to: d.to })),
    ...(bounds.endDay ? [{ from: shiftDay(bounds.endDay, 1), to: OPEN_END }] : []),
  ];
}

/** Whether a mechanism (its node's properties) is active on `day`: in none of its inactive windows. */
export function activeOn(p: { inactiveFrom?: unknown; inactiveTo?: unknown }, day: string): boolean {
  const from = Array.isArray(p.inactiveFrom) ? (p.inactiveFrom as string[]) : [];
  const to = Array.isArray(p.inactiveTo) ? (p.inactiveTo as string[]) : [];
  return from.every((f, k) => !(f <= day && day <= (to[k] ?? OPEN_END)));
}

/** The least a relationship needs for `heldAt`. */
export interface TimedEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: { heldFrom?: unknown; heldTo?: unknown };
}

/**
 * The relationships that count at `day`: those whose window holds it, less the memberships a
 * suspension held then sets aside. The one filter behind every "as of" answer of the embedded
 * store and the explorer.
 */
export function edgesHeldAt<E extends TimedEdge>(edges: Iterable<E>, day: string): E[] {
  const held: E[] = [];
  const suspended = new Set<string>();
  for (const e of edges) {
    if (!heldAt(e.properties, day)) continue;
    held.push(e);
    if (e.type === "SUSPENDED_FROM") suspended.add(`${e.source}\u0000${e.target}`);
  }
  if (suspended.size === 0) return held;
  return held.filter((e) => e.type !== "MEMBER_OF" || !suspended.has(`${e.source}\u0000${e.target}`));
}

/**
 * Cypher's form of a membership `r` from `s` to `i` counting at `$asOf`: held, and not suspended
 * then. The degree test first lets Neo4j skip the suspension look-up for the States that have
 * none (SelectOrAntiSemiApply: one degree read instead of an Expand(Into) per membership).
 */
export const MEMBER_AT_CYPHER = (s: string, r: string, i: string) =>
  `${HELD_CYPHER(r)} AND (COUNT { (${s})-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (${s})-[x:SUSPENDED_FROM]->(${i}) WHERE ${HELD_CYPHER("x")} })`;

/** Cypher's form of `activeOn` for the mechanism `i`: in none of its inactive windows at `$asOf`. */
export const ACTIVE_AT_CYPHER = (i: string) =>
  `NONE(k IN range(0, size(coalesce(${i}.inactiveFrom, [])) - 1) WHERE ${i}.inactiveFrom[k] <= $asOf <= ${i}.inactiveTo[k])`;

/** A dataset as of a day: every node, the relationships that count then. */
export function datasetAsOf<D extends { nodes: unknown[]; edges: TimedEdge[] }>(dataset: D, day: string): D {
  return { ...dataset, edges: edgesHeldAt(dataset.edges, day) };
}
