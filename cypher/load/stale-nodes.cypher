// Nodes of one label that the seed no longer contains. The loader reports them after every
// load and deletes them (with their relationships) under --reset, in the same transaction.
// Parameters: $ids :: LIST<STRING> (every id of that label in the seed), $delete :: BOOLEAN.
MATCH (n:__LABEL__)
WHERE NOT n.id IN $ids
WITH collect(n) AS stale
FOREACH (n IN CASE WHEN $delete THEN stale ELSE [] END | DETACH DELETE n)
RETURN size(stale) AS stale
