// name: shared-iscms
// description: The ISCMs in which two States both take part, with each one's roles (member,
//   observer, chair, secretariat) and the sources and as-of date of every role.
// params:
//   a :: STRING  id of the first State (ISO 3166 alpha-3, e.g. 'ARM'); the CLI also takes names
//   b :: STRING  id of the second State
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   :param a => 'ARM'
//   :param b => 'AZE'
//   npm run cli -- query shared-iscms --param a=Armenia --param b=Azerbaijan
MATCH (a:State {id: $a})-[ra:MEMBER_OF|OBSERVER_OF|CHAIRS|SECRETARIAT_OF]->(i:ISCM)
WHERE ra.heldFrom <= $asOf <= ra.heldTo
  AND NOT (type(ra) = 'MEMBER_OF' AND EXISTS { (a)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH i, ra ORDER BY type(ra)
WITH i, collect({type: type(ra), sources: ra.sources, asOf: ra.asOf, basis: ra.basis}) AS rolesA
MATCH (b:State {id: $b})-[rb:MEMBER_OF|OBSERVER_OF|CHAIRS|SECRETARIAT_OF]->(i)
WHERE rb.heldFrom <= $asOf <= rb.heldTo
  AND NOT (type(rb) = 'MEMBER_OF' AND EXISTS { (b)-[x:SUSPENDED_FROM]->(i) WHERE x.heldFrom <= $asOf <= x.heldTo })
WITH i, rolesA, rb ORDER BY type(rb)
WITH i, rolesA, collect({type: type(rb), sources: rb.sources, asOf: rb.asOf, basis: rb.basis}) AS rolesB
RETURN i.id AS iscm, i.name AS name, rolesA, rolesB
ORDER BY iscm
