// name: state-partners
// description: The other States a State shares ISCMs with (as members; ended memberships, those
//   with `until`, do not count), ranked by the number of shared ISCMs, with those ISCMs.
// params:
//   state :: STRING   id of the State (e.g. 'MDA')
//   limit :: INTEGER  optional; null for all
// example:
//   :param state => 'MDA'
//   :param limit => 10
//   npm run cli -- query state-partners --param state=Moldova --param limit=10
MATCH (s:State {id: $state})-[r1:MEMBER_OF]->(i:ISCM)<-[r2:MEMBER_OF]-(p:State)
WHERE r1.until IS NULL AND r2.until IS NULL AND p <> s
WITH p, i ORDER BY i.id
WITH p, collect(i.id) AS iscms
RETURN p.id AS state, p.name AS name, size(iscms) AS shared, iscms
ORDER BY shared DESC, state
LIMIT coalesce($limit, 1000000000)
