// name: most-engaged-states
// description: States by the number of ISCMs they take part in, split by role (member, observer,
//   chair, secretariat); only relationships that count at $asOf.
// params:
//   limit :: INTEGER  optional; null for all
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param limit => 10
//   npm run cli -- query most-engaged-states --param limit=10
MATCH (s:State)-[r:MEMBER_OF|OBSERVER_OF|CHAIRS|SECRETARIAT_OF]->(i:ISCM)
WHERE r.heldFrom <= $asOf <= r.heldTo
  AND NOT (type(r) = 'MEMBER_OF' AND COUNT { (s)-[:SUSPENDED_FROM]->() } > 0
    AND EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH s,
  count(DISTINCT i) AS iscms,
  count(CASE WHEN type(r) = 'MEMBER_OF' THEN 1 END) AS member,
  count(CASE WHEN type(r) = 'OBSERVER_OF' THEN 1 END) AS observer,
  count(CASE WHEN type(r) = 'CHAIRS' THEN 1 END) AS chair,
  count(CASE WHEN type(r) = 'SECRETARIAT_OF' THEN 1 END) AS secretariat
RETURN s.id AS state, s.name AS name, iscms, member, observer, chair, secretariat
ORDER BY iscms DESC, member DESC, state
LIMIT coalesce($limit, 1000000000)
