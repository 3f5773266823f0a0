// name: secretariat-hubs
// description: Organizations and States that serve as secretariat of ISCMs, by number of ISCMs,
//   with the role recorded for each (co-secretariat, past secretariat… or plain 'secretariat')
//   and its sources.
// params:
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   :param asOf => '2019-06-30'
//   npm run cli -- query secretariat-hubs
MATCH (x)-[r:SECRETARIAT_OF]->(i:ISCM)
WHERE r.heldFrom <= $asOf <= r.heldTo
WITH x, r, i ORDER BY i.id
WITH x, collect({iscm: i.id, role: coalesce(r.role, 'secretariat'), sources: r.sources, asOf: r.asOf, basis: r.basis}) AS serves
RETURN x.id AS id, labels(x)[0] AS label, x.name AS name, size(serves) AS iscms, serves
ORDER BY iscms DESC, id
