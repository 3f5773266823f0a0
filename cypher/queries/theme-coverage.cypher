// name: theme-coverage
// description: For each Annex 10 theme (or one), the ISCMs that work on it and the number of
//   distinct member States those ISCMs reach.
// params:
//   theme :: STRING  optional; a theme id (null: all themes)
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param theme => null
//   npm run cli -- query theme-coverage --param theme="Labour migration"
MATCH (t:Theme)
WHERE $theme IS NULL OR t.id = $theme
OPTIONAL MATCH (i:ISCM)-[:FOCUSES_ON]->(t)
WITH t, i ORDER BY i.id
WITH t, collect(i.id) AS iscms
OPTIONAL MATCH (s:State)-[r:MEMBER_OF]->(m:ISCM)-[:FOCUSES_ON]->(t)
  WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(m) WHERE x.heldFrom <= $asOf <= x.heldTo }
WITH t, iscms, count(DISTINCT s) AS statesReached
RETURN t.id AS theme, t.name AS name, size(iscms) AS iscmCount, statesReached, iscms
ORDER BY iscmCount DESC, theme
