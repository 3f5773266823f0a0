// Load statement: one batch of nodes of one label. Idempotent (MERGE on id) and it only writes
// nodes whose properties differ, so a second load of the same seed changes nothing.
// __LABEL__ is filled in by src/store/neo4j/load.ts from src/model/vocabulary.ts, never from data.
// Parameters: $rows :: LIST<MAP {id :: STRING, props :: MAP}> (props includes id).
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, properties(n) <> row.props AS differs
FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END | SET n = row.props)
RETURN count(*) AS merged, sum(CASE WHEN differs THEN 1 ELSE 0 END) AS written
