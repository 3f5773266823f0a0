// name: iscm-overlap
// description: How two (or three) ISCMs overlap in member States: the States in all of them, the
//   States only in each, the Jaccard index |A∩B|/|A∪B| and the overlap coefficient
//   |A∩B|/min(|A|,|B|), and each one's member States. Only memberships that count at $asOf (held, not suspended) count.
// params:
//   a :: STRING  id of the first ISCM (e.g. 'prague-process')
//   b :: STRING  id of the second ISCM (e.g. 'eap-panel')
//   c :: STRING  optional third ISCM; null for two
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param a => 'prague-process'
//   :param b => 'eap-panel'
//   :param c => null
//   npm run cli -- query iscm-overlap --param a="Prague Process" --param b="EaP Panel"
WITH [x IN [$a, $b, $c] WHERE x IS NOT NULL] AS ids
UNWIND range(0, size(ids) - 1) AS k
MATCH (i:ISCM {id: ids[k]})
OPTIONAL MATCH (s:State)-[r:MEMBER_OF]->(i)
  WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH ids, k, s ORDER BY k, s.id
WITH ids, k, collect(s.id) AS members
ORDER BY k
WITH ids, collect(members) AS sets
WITH ids, sets,
  reduce(acc = sets[0], m IN sets[1..] | [x IN acc WHERE x IN m]) AS shared,
  reduce(acc = [], m IN sets | acc + [x IN m WHERE NOT x IN acc]) AS everyone,
  reduce(least = size(sets[0]), m IN sets | CASE WHEN size(m) < least THEN size(m) ELSE least END) AS smallest,
  [k IN range(0, size(sets) - 1) |
    [x IN sets[k] WHERE none(j IN range(0, size(sets) - 1) WHERE j <> k AND x IN sets[j])]] AS only
RETURN ids[0] AS a, ids[1] AS b, ids[2] AS c,
  [m IN sets | size(m)] AS memberCounts,
  size(shared) AS sharedCount,
  shared,
  only[0] AS onlyA, only[1] AS onlyB, only[2] AS onlyC,
  CASE size(everyone) WHEN 0 THEN 0.0 ELSE toFloat(size(shared)) / size(everyone) END AS jaccard,
  CASE smallest WHEN 0 THEN 0.0 ELSE toFloat(size(shared)) / smallest END AS overlapCoefficient,
  sets AS members
