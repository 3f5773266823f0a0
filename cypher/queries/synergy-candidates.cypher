// name: synergy-candidates
// description: Pairs of active ISCMs that share member States and Annex 10 themes but have no
//   COOPERATES_WITH relationship (nor a SUCCEEDS one: a successor is not a partner).
//   score = (memberJaccard + themeJaccard) / 2, where memberJaccard = shared States / States in
//   either, themeJaccard = shared themes / themes of either. Each row lists what it shares.
// params:
//   limit :: INTEGER  optional; null for all
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param limit => 10
//   npm run cli -- query synergy-candidates --param limit=10
// One pass over the memberships (each checked once): every State's active ISCMs on the day; the
// pairs within each State's list, itself included (a pair (i, i) gives i's size); then, per pair
// of distinct ISCMs that do not cooperate, the shared themes and the scores. No expansion per pair.
MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM {status: 'active'})
WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH s, i.id AS id ORDER BY id
WITH s.id AS state, collect(id) AS ids ORDER BY state
UNWIND range(0, size(ids) - 1) AS x
UNWIND range(x, size(ids) - 1) AS y
WITH ids[x] AS a, ids[y] AS b, collect(state) AS sharedMembers
WITH b, collect({a: a, sharedMembers: sharedMembers}) AS withB
WITH b, size([e IN withB WHERE e.a = b][0].sharedMembers) AS sizeB, withB
UNWIND withB AS e
WITH e.a AS a, b, e.sharedMembers AS sharedMembers, sizeB
WITH a, collect({b: b, sharedMembers: sharedMembers, sizeB: sizeB}) AS withA
WITH a, [e IN withA WHERE e.b = a][0].sizeB AS sizeA, withA
UNWIND withA AS e
WITH a, e.b AS b, e.sharedMembers AS sharedMembers, sizeA, e.sizeB AS sizeB
WHERE a < b
MATCH (ia:ISCM {id: a}), (ib:ISCM {id: b})
WHERE NOT EXISTS { MATCH (ia)-[c:COOPERATES_WITH|SUCCEEDS]-(ib) WHERE c.heldFrom <= $asOf <= c.heldTo }
MATCH (ia)-[:FOCUSES_ON]->(t:Theme)<-[:FOCUSES_ON]-(ib)
WITH ia, ib, sharedMembers, sizeA, sizeB, t ORDER BY t.id
WITH ia, ib, sharedMembers, sizeA, sizeB, collect(t.id) AS sharedThemes
WITH ia, ib, sharedMembers, sharedThemes, sizeA, sizeB,
  COUNT { MATCH (ia)-[:FOCUSES_ON]->(:Theme) } AS themesA,
  COUNT { MATCH (ib)-[:FOCUSES_ON]->(:Theme) } AS themesB
WITH ia, ib, sharedMembers, sharedThemes,
  toFloat(size(sharedMembers)) / (sizeA + sizeB - size(sharedMembers)) AS memberJaccard,
  toFloat(size(sharedThemes)) / (themesA + themesB - size(sharedThemes)) AS themeJaccard
RETURN ia.id AS a, ib.id AS b, (memberJaccard + themeJaccard) / 2 AS score, memberJaccard, themeJaccard,
  size(sharedMembers) AS sharedMemberCount, size(sharedThemes) AS sharedThemeCount, sharedMembers, sharedThemes
ORDER BY score DESC, a, b
LIMIT coalesce($limit, 1000000000)
