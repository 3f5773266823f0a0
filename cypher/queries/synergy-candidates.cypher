// name: synergy-candidates
// description: Pairs of ISCMs active on the day (none of their inactiveFrom–inactiveTo windows:
//   not yet created, merged, ended or dormant; src/model/time.ts inactiveWindows) that share member States and Annex 10 themes but have no
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
// One pass over the memberships (each checked once, through the MEMBER_OF(heldFrom, heldTo)
// index): every State's ISCMs active on the day; the pairs within each State's list, itself
// included (a pair (i, i) gives i's size). Each ISCM's themes and partners are read once, not once
// per pair; per pair of distinct ISCMs that do not cooperate, the shared themes and the scores.
MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM)
USING INDEX r:MEMBER_OF(heldFrom, heldTo)
WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
  AND NONE(k IN range(0, size(coalesce(i.inactiveFrom, [])) - 1) WHERE i.inactiveFrom[k] <= $asOf <= i.inactiveTo[k])
WITH s, i.id AS id ORDER BY id
WITH s.id AS state, collect(id) AS ids ORDER BY state
UNWIND range(0, size(ids) - 1) AS x
UNWIND range(x, size(ids) - 1) AS y
WITH ids[x] AS a, ids[y] AS b, collect(state) AS sharedMembers
WITH b, collect({a: a, sharedMembers: sharedMembers}) AS withB
MATCH (ib:ISCM {id: b})
WITH b, size([e IN withB WHERE e.a = b][0].sharedMembers) AS sizeB, withB,
  COLLECT { MATCH (ib)-[:FOCUSES_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS themesB
UNWIND withB AS e
WITH e.a AS a, b, e.sharedMembers AS sharedMembers, sizeB, themesB
WITH a, collect({b: b, sharedMembers: sharedMembers, sizeB: sizeB, themesB: themesB}) AS withA
MATCH (ia:ISCM {id: a})
WITH a, [e IN withA WHERE e.b = a][0].sizeB AS sizeA, withA,
  COLLECT { MATCH (ia)-[:FOCUSES_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS themesA,
  COLLECT { MATCH (ia)-[c:COOPERATES_WITH|SUCCEEDS]-(p:ISCM) WHERE c.heldFrom <= $asOf <= c.heldTo RETURN p.id } AS partners
UNWIND withA AS e
WITH a, e.b AS b, e.sharedMembers AS sharedMembers, sizeA, e.sizeB AS sizeB, themesA, e.themesB AS themesB, partners
WHERE a < b AND NOT b IN partners
WITH a, b, sharedMembers, sizeA, sizeB, themesA, themesB, [t IN themesA WHERE t IN themesB] AS sharedThemes
WHERE size(sharedThemes) > 0
WITH a, b, sharedMembers, sharedThemes,
  toFloat(size(sharedMembers)) / (sizeA + sizeB - size(sharedMembers)) AS memberJaccard,
  toFloat(size(sharedThemes)) / (size(themesA) + size(themesB) - size(sharedThemes)) AS themeJaccard
WITH a, b, (memberJaccard + themeJaccard) / 2 AS score, memberJaccard, themeJaccard, sharedMembers, sharedThemes
ORDER BY score DESC, a, b
// The first `limit` rows, or all: a slice of the sorted list, not LIMIT with a huge default (Neo4j
// sizes a top-k buffer by the limit, and 10^9 ran into the 1 GiB transaction limit at 100×).
WITH collect({a: a, b: b, score: score, memberJaccard: memberJaccard, themeJaccard: themeJaccard, sharedMembers: sharedMembers, sharedThemes: sharedThemes}) AS rows
UNWIND rows[0..coalesce($limit, size(rows))] AS row
RETURN row.a AS a, row.b AS b, row.score AS score, row.memberJaccard AS memberJaccard, row.themeJaccard AS themeJaccard,
  size(row.sharedMembers) AS sharedMemberCount, size(row.sharedThemes) AS sharedThemeCount, row.sharedMembers AS sharedMembers, row.sharedThemes AS sharedThemes
