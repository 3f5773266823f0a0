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
MATCH (a:ISCM)<-[r1:MEMBER_OF]-(s:State)-[r2:MEMBER_OF]->(b:ISCM)
WHERE a.id < b.id AND s.subregion IS NOT NULL
  AND r1.heldFrom <= $asOf <= r1.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(a) WHERE x.heldFrom <= $asOf <= x.heldTo }
  AND r2.heldFrom <= $asOf <= r2.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(b) WHERE x.heldFrom <= $asOf <= x.heldTo }
  AND ($subregion IS NULL OR s.subregion = $subregion)
WITH a, b, s ORDER BY s.id
WITH a, b, s.subregion AS subregion, collect(s.id) AS states
RETURN a.id AS a, b.id AS b, subregion, size(states) AS sharedStates, states
ORDER BY sharedStates DESC, a, b, subregion
LIMIT coalesce($limit, 1000000000)
