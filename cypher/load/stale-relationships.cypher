// Relationships of one type that the seed no longer contains (keyed "sourceId>targetId@heldFrom";
// one loaded before relationships had windows has no heldFrom and is stale too).
// Reported after every load; deleted under --reset, in the same transaction.
// Parameters: $keys :: LIST<STRING>, $delete :: BOOLEAN.
MATCH (a)-[r:__TYPE__]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT (a.id + '>' + b.id + '@' + coalesce(r.heldFrom, '')) IN $keys
WITH collect(r) AS stale
FOREACH (r IN CASE WHEN $delete THEN stale ELSE [] END | DELETE r)
RETURN size(stale) AS stale
