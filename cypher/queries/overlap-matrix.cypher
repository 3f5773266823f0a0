// name: overlap-matrix
// description: Every pair of ISCMs sharing at least `min` member States: the shared count, each
//   one's size, the Jaccard index and the overlap coefficient; most shared first.
// params:
//   min :: INTEGER  optional; the smallest shared count to list (null: 1)
// example:
//   :param min => 5
//   npm run cli -- query overlap-matrix --param min=5
MATCH (a:ISCM)<-[r1:MEMBER_OF]-(s:State)-[r2:MEMBER_OF]->(b:ISCM)
WHERE a.id < b.id AND r1.until IS NULL AND r2.until IS NULL
WITH a, b, count(s) AS shared
WHERE shared >= coalesce($min, 1)
WITH a, b, shared,
  COUNT { MATCH (:State)-[r:MEMBER_OF]->(a) WHERE r.until IS NULL } AS sizeA,
  COUNT { MATCH (:State)-[r:MEMBER_OF]->(b) WHERE r.until IS NULL } AS sizeB
RETURN a.id AS a, b.id AS b, shared, sizeA, sizeB,
  toFloat(shared) / (sizeA + sizeB - shared) AS jaccard,
  toFloat(shared) / CASE WHEN sizeA < sizeB THEN sizeA ELSE sizeB END AS overlapCoefficient
ORDER BY shared DESC, jaccard DESC, a, b
