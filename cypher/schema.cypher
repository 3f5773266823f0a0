// ISCM Atlas schema for Neo4j 5. Every statement is idempotent (IF NOT EXISTS).
// Paste into Neo4j Browser or: cypher-shell -f cypher/schema.cypher
// Labels and relationship types are those of src/model/vocabulary.ts.

CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT iscm_id IF NOT EXISTS FOR (n:ISCM) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regional_union_id IF NOT EXISTS FOR (n:RegionalUnion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;

CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX iscm_name IF NOT EXISTS FOR (n:ISCM) ON (n.name);
CREATE INDEX iscm_acronym IF NOT EXISTS FOR (n:ISCM) ON (n.acronym);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym);
CREATE INDEX regional_union_name IF NOT EXISTS FOR (n:RegionalUnion) ON (n.name);

// aliases/otherNames are string lists; the Neo4j loader issue checks that the index covers them.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:State|ISCM|Organization|RegionalUnion|Theme) ON EACH [n.name, n.acronym, n.aliases, n.otherNames];

// Memberships as of a day: the pairwise analyses (overlap-matrix, geographic-overlap,
// synergy-candidates) seek r.heldFrom <= $asOf here and read r.heldTo from the index, instead of
// reading both from the store for every membership (~250 ms → ~35 ms for 74k State memberships at 100×).
CREATE RANGE INDEX member_of_held IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.heldFrom, r.heldTo);

// Sources (seed/sources.json): one node per source; relationships keep their source ids in
// r.sources, so "everything this source supports" is `WHERE $id IN r.sources`.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
