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
// Sizes (members, themes) are counted once per ISCM, not once per pair.
MATCH (b:ISCM {status: 'active'})
CALL (b) {
  MATCH (m:State)-[r:MEMBER_OF]->(b) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (m)-[x:SUSPENDED_FROM]->(b) WHERE x.heldFrom <= $asOf <= x.heldTo }
  RETURN count(r) AS sizeB
}
MATCH (a:ISCM {status: 'active'})<-[r1:MEMBER_OF]-(s:State)-[r2:MEMBER_OF]->(b)
WHERE a.id < b.id AND r1.heldFrom <= $asOf <= r1.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(a) WHERE x.heldFrom <= $asOf <= x.heldTo }
  AND r2.heldFrom <= $asOf <= r2.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(b) WHERE x.heldFrom <= $asOf <= x.heldTo }
  AND NOT EXISTS { MATCH (a)-[c:COOPERATES_WITH|SUCCEEDS]-(b) WHERE c.heldFrom <= $asOf <= c.heldTo }
WITH a, b, sizeB, s ORDER BY s.id
WITH a, b, sizeB, collect(s.id) AS sharedMembers
MATCH (a)-[:FOCUSES_ON]->(t:Theme)<-[:FOCUSES_ON]-(b)
WITH a, b, sizeB, sharedMembers, t ORDER BY t.id
WITH a, b, sizeB, sharedMembers, collect(t.id) AS sharedThemes
WITH a, collect({b: b, sizeB: sizeB, sharedMembers: sharedMembers, sharedThemes: sharedThemes}) AS partners
CALL (a) {
  MATCH (m:State)-[r:MEMBER_OF]->(a) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (m)-[x:SUSPENDED_FROM]->(a) WHERE x.heldFrom <= $asOf <= x.heldTo }
  RETURN count(r) AS sizeA
}
UNWIND partners AS p
WITH a, p.b AS b, p.sharedMembers AS sharedMembers, p.sharedThemes AS sharedThemes, sizeA, p.sizeB AS sizeB
WITH a, b, sharedMembers, sharedThemes, sizeA, sizeB,
  COUNT { MATCH (a)-[:FOCUSES_ON]->(:Theme) } AS themesA,
  COUNT { MATCH (b)-[:FOCUSES_ON]->(:Theme) } AS themesB
WITH a, b, sharedMembers, sharedThemes,
  toFloat(size(sharedMembers)) / (sizeA + sizeB - size(sharedMembers)) AS memberJaccard,
  toFloat(size(sharedThemes)) / (themesA + themesB - size(sharedThemes)) AS themeJaccard
RETURN a.id AS a, b.id AS b, (memberJaccard + themeJaccard) / 2 AS score, memberJaccard, themeJaccard,
  size(sharedMembers) AS sharedMemberCount, size(sharedThemes) AS sharedThemeCount, sharedMembers, sharedThemes
ORDER BY score DESC, a, b
LIMIT coalesce($limit, 1000000000)
