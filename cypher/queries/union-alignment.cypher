// name: union-alignment
// description: An ISCM's member States against each regional union it is associated with: members
//   inside the union, members outside it, and union members missing from the ISCM. Only
//   memberships that count at $asOf (the United Kingdom is in the EU at 2019-06, not later).
// params:
//   iscm :: STRING  id of the ISCM (e.g. 'mid-igad')
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param iscm => 'mid-igad'
//   npm run cli -- query union-alignment --param iscm=MiD-IGAD
MATCH (i:ISCM {id: $iscm})-[assoc:ASSOCIATED_WITH]->(u:RegionalUnion)
WHERE assoc.heldFrom <= $asOf <= assoc.heldTo
CALL (i) {
  MATCH (s:State)-[r:MEMBER_OF]->(i) WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS iscmMembers
}
CALL (u) {
  MATCH (s:State)-[r:MEMBER_OF]->(u) WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(u) WHERE x.heldFrom <= $asOf <= x.heldTo })
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS unionMembers
}
WITH u, assoc, iscmMembers, unionMembers,
  [x IN iscmMembers WHERE x IN unionMembers] AS inside,
  [x IN iscmMembers WHERE NOT x IN unionMembers] AS outside,
  [x IN unionMembers WHERE NOT x IN iscmMembers] AS missing
RETURN u.id AS union, u.name AS name, assoc.sources AS sources,
  size(inside) AS insideCount, size(outside) AS outsideCount, size(missing) AS missingCount,
  inside, outside, missing
ORDER BY union
