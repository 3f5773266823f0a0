// name: path
// description: The shortest connections between any two entities (States, ISCMs, organizations,
//   unions, themes), ignoring direction, up to 8 steps: every shortest path with its nodes and
//   its relationships (type, direction, sources). Ordered by the ids along the path.
// params:
//   a     :: STRING   id of the first entity (e.g. 'ARM')
//   b     :: STRING   id of the second entity (e.g. 'icmpd')
//   limit :: INTEGER  how many paths at most (the CLI's default: 25)
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param a => 'ARM'
//   :param b => 'budapest-process'
//   :param limit => 25
//   npm run cli -- query path --param a=Armenia --param b="Budapest Process"
// A path from an entity to itself has no steps: no rows (allShortestPaths refuses equal ends).
MATCH (x {id: $a}), (y {id: $b}) WHERE x <> y
MATCH p = allShortestPaths((x)-[rs*..8]-(y))
WHERE all(r IN rs WHERE r.heldFrom <= $asOf <= r.heldTo
  AND NOT (type(r) = 'MEMBER_OF' AND EXISTS {
    MATCH (m)-[sx:SUSPENDED_FROM]->(o) WHERE m = startNode(r) AND o = endNode(r) AND sx.heldFrom <= $asOf <= sx.heldTo
  }))
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
ORDER BY ids, types
RETURN length(p) AS length, ids AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, sources: r.sources}] AS relationships
LIMIT $limit
