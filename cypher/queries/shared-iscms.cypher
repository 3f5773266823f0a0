// name: shared-iscms
// description: The ISCMs in which two States both take part, with each one's roles (member,
//   observer, chair, secretariat) and the sources and as-of date of every role.
// params:
//   a :: STRING  id of the first State (ISO 3166 alpha-3, e.g. 'ARM'); the CLI also takes names
//   b :: STRING  id of the second State
// example:
//   :param a => 'ARM'
//   :param b => 'AZE'
//   npm run cli -- query shared-iscms --param a=Armenia --param b=Azerbaijan
MATCH (a:State {id: $a})-[ra:MEMBER_OF|OBSERVER_OF|CHAIRS|SECRETARIAT_OF]->(i:ISCM)
WITH i, ra ORDER BY type(ra)
WITH i, collect({type: type(ra), sources: ra.sources, asOf: ra.asOf}) AS rolesA
MATCH (b:State {id: $b})-[rb:MEMBER_OF|OBSERVER_OF|CHAIRS|SECRETARIAT_OF]->(i)
WITH i, rolesA, rb ORDER BY type(rb)
WITH i, rolesA, collect({type: type(rb), sources: rb.sources, asOf: rb.asOf}) AS rolesB
RETURN i.id AS iscm, i.name AS name, rolesA, rolesB
ORDER BY iscm
