// name: overlap-matrix
// description: Every pair of ISCMs sharing at least `min` member States: the shared count, each
//   one's size, the Jaccard index and the overlap coefficient; most shared first.
// params:
//   min :: INTEGER  optional; the smallest shared count to list (null: 1)
// example:
//   :param min => 5
//   npm run cli -- query overlap-matrix --param min=5
// Each ISCM's size is counted once (not once per pair): b's before pairing, a's after grouping.
MATCH (b:ISCM)
CALL (b) { MATCH (:State)-[r:MEMBER_OF]->(b) WHERE r.until IS NULL RETURN count(r) AS sizeB }
MATCH (a:ISCM)<-[r1:MEMBER_OF]-(s:State)-[r2:MEMBER_OF]->(b)
WHERE a.id < b.id AND r1.until IS NULL AND r2.until IS NULL
WITH a, b, sizeB, count(s) AS shared
WHERE shared >= coalesce($min, 1)
WITH a, collect({b: b, sizeB: sizeB, shared: shared}) AS partners
CALL (a) { MATCH (:State)-[r:MEMBER_OF]->(a) WHERE r.until IS NULL RETURN count(r) AS sizeA }
UNWIND partners AS p
WITH a, p.b AS b, p.shared AS shared, sizeA, p.sizeB AS sizeB
RETURN a.id AS a, b.id AS b, shared, sizeA, sizeB,
  toFloat(shared) / (sizeA + sizeB - shared) AS jaccard,
  toFloat(shared) / CASE WHEN sizeA < sizeB THEN sizeA ELSE sizeB END AS overlapCoefficient
ORDER BY shared DESC, jaccard DESC, a, b
