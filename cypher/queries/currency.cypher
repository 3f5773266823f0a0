// name: currency
// description: What most needs a curator on $asOf: chairs held past their rotation's term, ISCMs
//   whose current chair is unknown (with what was searched), aspects (members, chair, secretariat,
//   observers) whose newest source is more than 18 months older than $asOf, and disagreements
//   between sources, most urgent first.
// params:
//   limit :: INTEGER  optional; null for all
//   asOf :: STRING  the day the answer describes, YYYY-MM-DD (the CLI and API also take YYYY or YYYY-MM: its last day; default today)
// example:
//   npm run cli -- currency --asOf 2026-06
//
// No Cypher query: the analysis reads each source's date through one TypeScript function
// (src/model/source.ts sourceDate) and compares it with each rotation's term and the status rule
// (src/model/time.ts); a Cypher copy of those would be a second rule. Both stores run
// src/analyses/currency.ts, the Neo4j store over the graph it reads back from the database.
