// name: overlap-matrix
// description: Every pair of ISCMs sharing at least `min` member States: the shared count, each
//   one's size, the Jaccard index and the overlap coefficient; most shared first.
// params:
//   min :: INTEGER  optional; the smallest shared count to list (null: 1)
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param min => 5
//   npm run cli -- query overlap-matrix --param min=5
// One pass over the memberships (each checked once): every State's ISCMs on the day, sorted; the
// pairs within each State's list, itself included (a pair (i, i) counts i's members: its size),
// then each pair's two sizes read from those diagonal rows. No expansion per pair.
MATCH (s:State)-[r:MEMBER_OF]->(i:ISCM)
USING INDEX r:MEMBER_OF(heldFrom, heldTo)
WHERE r.heldFrom <= $asOf <= r.heldTo AND (COUNT { (s)-[:SUSPENDED_FROM]->() } = 0 OR NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH s, i.id AS id ORDER BY id
WITH s, collect(id) AS ids
UNWIND range(0, size(ids) - 1) AS x
UNWIND range(x, size(ids) - 1) AS y
WITH ids[x] AS a, ids[y] AS b, count(*) AS shared
WITH b, collect({a: a, shared: shared}) AS withB
WITH b, [e IN withB WHERE e.a = b][0].shared AS sizeB, withB
UNWIND withB AS e
WITH e.a AS a, b, e.shared AS shared, sizeB
WITH a, collect({b: b, shared: shared, sizeB: sizeB}) AS withA
WITH a, [e IN withA WHERE e.b = a][0].sizeB AS sizeA, withA
UNWIND withA AS e
WITH a, e.b AS b, e.shared AS shared, sizeA, e.sizeB AS sizeB
WHERE a < b AND shared >= coalesce($min, 1)
RETURN a, b, shared, sizeA, sizeB,
  toFloat(shared) / (sizeA + sizeB - shared) AS jaccard,
  toFloat(shared) / CASE WHEN sizeA < sizeB THEN sizeA ELSE sizeB END AS overlapCoefficient
ORDER BY shared DESC, jaccard DESC, a, b
