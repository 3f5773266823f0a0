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
// Each ISCM's members on the day are found once (each membership checked once), then united per
// theme; every theme is listed, with its ISCMs, even one no State reaches.
MATCH (s:State)-[r:MEMBER_OF]->(m:ISCM)
WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(m) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH m, collect(s) AS members
MATCH (m)-[:FOCUSES_ON]->(t:Theme)
WHERE $theme IS NULL OR t.id = $theme
UNWIND members AS s
WITH t, count(DISTINCT s) AS statesReached
WITH collect({theme: t, states: statesReached}) AS reached
MATCH (t:Theme)
WHERE $theme IS NULL OR t.id = $theme
OPTIONAL MATCH (i:ISCM)-[:FOCUSES_ON]->(t)
WITH reached, t, i ORDER BY i.id
WITH reached, t, collect(i.id) AS iscms
RETURN t.id AS theme, t.name AS name, size(iscms) AS iscmCount,
  coalesce([x IN reached WHERE x.theme = t][0].states, 0) AS statesReached, iscms
ORDER BY iscmCount DESC, theme
