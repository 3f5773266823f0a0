// name: geographic-overlap
// description: Pairs of ISCMs that share member States within one UN subregion (world-countries'
//   `subregion` of each State), with the subregion and the shared States; most shared first.
//   E.g. Prague Process / EaP Panel in Eastern Europe, AU-HoAI / MiD-IGAD in Eastern Africa.
// params:
//   subregion :: STRING   optional; one subregion, e.g. 'Eastern Africa' (null: all)
//   limit     :: INTEGER  optional; null for all rows
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param subregion => 'Eastern Africa'
//   :param limit => null
//   npm run cli -- query geographic-overlap --param subregion="Eastern Africa"
// One pass over the memberships (each checked once): every State's ISCMs on the day, then the
// pairs within each State's list, grouped by pair and subregion. No expansion per pair.
MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM)
USING INDEX r:MEMBER_OF(heldFrom, heldTo)
WHERE s.subregion IS NOT NULL AND ($subregion IS NULL OR s.subregion = $subregion)
  AND r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH s, i.id AS id ORDER BY id
WITH s.id AS state, s.subregion AS subregion, collect(id) AS ids ORDER BY state
UNWIND range(0, size(ids) - 2) AS x
UNWIND range(x + 1, size(ids) - 1) AS y
WITH ids[x] AS a, ids[y] AS b, subregion, collect(state) AS states
RETURN a, b, subregion, size(states) AS sharedStates, states
ORDER BY sharedStates DESC, a, b, subregion
LIMIT coalesce($limit, 1000000000)
