// name: state-partners
// description: The other States a State shares ISCMs with (as members at $asOf: held then and
//   not suspended), ranked by the number of shared ISCMs, with those ISCMs.
// params:
//   state :: STRING   id of the State (e.g. 'MDA')
//   limit :: INTEGER  optional; null for all
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param state => 'MDA'
//   :param limit => 10
//   npm run cli -- query state-partners --param state=Moldova --param limit=10
MATCH (s:State {id: $state})-[r1:MEMBER_OF]->(i:ISCM)<-[r2:MEMBER_OF]-(p:State)
WHERE p <> s AND r1.heldFrom <= $asOf <= r1.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
  AND r2.heldFrom <= $asOf <= r2.heldTo AND (COUNT { (p)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (p)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH p, i ORDER BY i.id
WITH p, collect(i.id) AS iscms
RETURN p.id AS state, p.name AS name, size(iscms) AS shared, iscms
ORDER BY shared DESC, state
LIMIT coalesce($limit, 1000000000)
