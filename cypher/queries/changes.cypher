// name: changes
// description: What changed between two dates: joins and exits, suspensions, chair and
//   secretariat handovers (each relationship that began or ended), and changes of the mechanisms
//   themselves (renamed, dormant…), each with its date as precise as its source, the sources for
//   that date, and how it is known (stated, derived via a union, inferred). An event whose date
//   is partial or unknown ("after 2019-06") is listed when it may fall within the range.
// params:
//   from  :: STRING   optional; the first day, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its first day); null for all
//   to    :: STRING   the last day, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
//   iscm  :: STRING   optional; only changes of this ISCM or union (its id); null for all
//   limit :: INTEGER  optional; null for all
// example:
//   :param from => '2019-06-01'
//   :param to => '2026-11-23'
//   :param iscm => null
//   :param limit => null
//   npm run cli -- changes --from 2019-06 --iscm eap-panel
// A partial date covers its whole period: a change dated 2021 may fall on any day of 2021. A start
// known only as "after X" lies between X and the last day the relationship held (heldTo); an end
// known only as "before X" between the first day it held (heldFrom) and X.
// Rows are ordered by the earliest day each change may have happened ("before 2020-12-07": the day before).
CALL () {
  MATCH (s)-[r]->(o)
  WHERE (r.since IS NOT NULL OR r.startedAfter IS NOT NULL)
    AND ($iscm IS NULL OR s.id = $iscm OR o.id = $iscm)
  WITH s, r, o, r.heldFrom AS earliest,
    CASE WHEN r.since IS NULL THEN r.heldTo
      WHEN size(r.since) = 4 THEN r.since + '-12-31'
      WHEN size(r.since) = 7 THEN r.since + '-31'
      ELSE r.since END AS latest
  WHERE earliest <= $to AND latest >= coalesce($from, '0000-01-01')
  RETURN r.since AS date, CASE WHEN r.since IS NULL THEN 'after ' + r.startedAfter END AS dateNote,
    'began' AS event, type(r) AS type, s.id AS subject, s.name AS subjectName, o.id AS object, o.name AS objectName,
    r.basis AS basis, r.via AS via, coalesce(r.sinceSources, r.sources) AS sources, r.note AS note, earliest AS sortDay
  UNION ALL
  MATCH (s)-[r]->(o)
  WHERE (r.until IS NOT NULL OR r.endedBefore IS NOT NULL)
    AND ($iscm IS NULL OR s.id = $iscm OR o.id = $iscm)
  WITH s, r, o, r.heldTo AS latest,
    CASE WHEN r.until IS NULL THEN r.heldFrom ELSE left(r.until + '-01-01', 10) END AS earliest
  WHERE earliest <= $to AND latest >= coalesce($from, '0000-01-01')
  RETURN r.until AS date, CASE WHEN r.until IS NULL THEN 'before ' + r.endedBefore END AS dateNote,
    'ended' AS event, type(r) AS type, s.id AS subject, s.name AS subjectName, o.id AS object, o.name AS objectName,
    r.basis AS basis, r.via AS via, coalesce(r.untilSources, r.sources) AS sources, r.note AS note,
    CASE WHEN r.until IS NULL THEN latest ELSE earliest END AS sortDay
  UNION ALL
  MATCH (n)
  WHERE n.statusChanges IS NOT NULL AND ($iscm IS NULL OR n.id = $iscm)
  UNWIND range(0, size(n.statusChanges) - 1) AS k
  WITH n, k, n.statusChangeDates[k] AS d
  WITH n, k, d,
    CASE d WHEN '' THEN '0000-01-01' ELSE left(d + '-01-01', 10) END AS earliest,
    CASE WHEN d = '' THEN '9999-12-31' WHEN size(d) = 4 THEN d + '-12-31' WHEN size(d) = 7 THEN d + '-31' ELSE d END AS latest
  WHERE earliest <= $to AND latest >= coalesce($from, '0000-01-01')
  RETURN CASE d WHEN '' THEN null ELSE d END AS date, CASE d WHEN '' THEN 'date unknown' END AS dateNote,
    n.statusChanges[k] AS event, 'STATUS' AS type, n.id AS subject, n.name AS subjectName, null AS object, null AS objectName,
    n.statusChangeBases[k] AS basis, null AS via, split(n.statusChangeSources[k], '; ') AS sources, n.statusChangeNotes[k] AS note,
    earliest AS sortDay
}
WITH * ORDER BY sortDay, subject, type, coalesce(object, ''), event
LIMIT coalesce($limit, 1000000000)
RETURN date, dateNote, event, type, subject, subjectName, object, objectName, basis, via, sources, note
