// name: union-alignment
// description: An ISCM's member States against each regional union it is associated with: members
//   inside the union, members outside it, and union members missing from the ISCM. Ended
//   memberships (`until`, e.g. the United Kingdom in the EU) do not count.
// params:
//   iscm :: STRING  id of the ISCM (e.g. 'mid-igad')
// example:
//   :param iscm => 'mid-igad'
//   npm run cli -- query union-alignment --param iscm=MiD-IGAD
MATCH (i:ISCM {id: $iscm})-[assoc:ASSOCIATED_WITH]->(u:RegionalUnion)
CALL (i) {
  MATCH (s:State)-[r:MEMBER_OF]->(i) WHERE r.until IS NULL
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS iscmMembers
}
CALL (u) {
  MATCH (s:State)-[r:MEMBER_OF]->(u) WHERE r.until IS NULL
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
