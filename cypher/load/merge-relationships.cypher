// Load statement: one batch of relationships of one type between two labels. Idempotent (MERGE
// on the endpoints and the first day of the window: one relationship of a type per pair and
// interval) and only differing properties are written. "matched" < the batch size means an endpoint is missing: the loader then rolls back.
// __TYPE__, __FROM__ and __TO__ come from src/model/vocabulary.ts, never from data.
// Parameters: $rows :: LIST<MAP {source :: STRING, target :: STRING, props :: MAP}>
//             (props: sources :: LIST<STRING>, asOf, basis, heldFrom, heldTo :: STRING, and optional since, until, note…).
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.source})
MATCH (b:__TO__ {id: row.target})
MERGE (a)-[r:__TYPE__ {heldFrom: row.props.heldFrom}]->(b)
WITH r, row, properties(r) <> row.props AS differs
FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END | SET r = row.props)
RETURN count(*) AS matched, sum(CASE WHEN differs THEN 1 ELSE 0 END) AS written
