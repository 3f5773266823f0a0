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
// Each ISCM's size is counted once (not once per pair): b's before pairing, a's after grouping.
MATCH (b:ISCM)
CALL (b) { MATCH (m:State)-[r:MEMBER_OF]->(b) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (m)-[x:SUSPENDED_FROM]->(b) WHERE x.heldFrom <= $asOf <= x.heldTo } RETURN count(r) AS sizeB }
MATCH (a:ISCM)<-[r1:MEMBER_OF]-(s:State)-[r2:MEMBER_OF]->(b)
WHERE a.id < b.id AND r1.heldFrom <= $asOf <= r1.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(a) WHERE x.heldFrom <= $asOf <= x.heldTo }
  AND r2.heldFrom <= $asOf <= r2.heldTo AND NOT EXISTS { (s)-[x:SUSPENDED_FROM]->(b) WHERE x.heldFrom <= $asOf <= x.heldTo }
WITH a, b, sizeB, count(s) AS shared
WHERE shared >= coalesce($min, 1)
WITH a, collect({b: b, sizeB: sizeB, shared: shared}) AS partners
CALL (a) { MATCH (m:State)-[r:MEMBER_OF]->(a) WHERE r.heldFrom <= $asOf <= r.heldTo AND NOT EXISTS { (m)-[x:SUSPENDED_FROM]->(a) WHERE x.heldFrom <= $asOf <= x.heldTo } RETURN count(r) AS sizeA }
UNWIND partners AS p
WITH a, p.b AS b, p.shared AS shared, sizeA, p.sizeB AS sizeB
RETURN a.id AS a, b.id AS b, shared, sizeA, sizeB,
  toFloat(shared) / (sizeA + sizeB - shared) AS jaccard,
  toFloat(shared) / CASE WHEN sizeA < sizeB THEN sizeA ELSE sizeB END AS overlapCoefficient
ORDER BY shared DESC, jaccard DESC, a, b
