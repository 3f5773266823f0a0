// Sources the seed no longer registers. Reported after every load; deleted under --reset, in
// the same transaction. Parameters: $ids :: LIST<STRING>, $delete :: BOOLEAN.
MATCH (n:Source)
WHERE NOT n.id IN $ids
WITH collect(n) AS stale
FOREACH (n IN CASE WHEN $delete THEN stale ELSE [] END | DETACH DELETE n)
RETURN size(stale) AS stale
