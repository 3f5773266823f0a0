// Load statement: one batch of sources (seed/sources.json) as :Source nodes. Idempotent (MERGE on
// id) and only differing properties are written. A copy's original is flattened into
// copyOfPublisher, copyOfTitle, copyOfPublished, copyOfUrl (Neo4j properties hold no maps).
// Parameters: $rows :: LIST<MAP {id :: STRING, props :: MAP}> (props includes id, kind, and
// publisher, title, published, url when known).
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
WITH n, row, properties(n) <> row.props AS differs
FOREACH (_ IN CASE WHEN differs THEN [1] ELSE [] END | SET n = row.props)
RETURN count(*) AS merged, sum(CASE WHEN differs THEN 1 ELSE 0 END) AS written
