// claimgraph schema (docs/graph-model.md). Applied by `claimgraph schema apply`, one statement at a
// time (Neo4j does not mix schema commands with writes in one transaction). Every statement is
// IF NOT EXISTS, so applying twice changes nothing. The applied version is the sha256 of this file.

// Identity: one node per key, so concurrent MERGEs of the same article/actor cannot duplicate it.
// (A uniqueness constraint is backed by a range index, so these keys need no separate index.)
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_url IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.id IS UNIQUE;

// Filters and sorts used by the queries and the API (equality, ranges, ORDER BY).
CREATE INDEX statement_cue_type IF NOT EXISTS FOR (n:Statement) ON (n.cueType);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
// The date lists order and filter by: the statement's own date, else its article's (written by
// cypher/write/articles.cypher; graphs written before it existed are backfilled by applySchema).
CREATE INDEX statement_effective_date IF NOT EXISTS FOR (n:Statement) ON (n.effectiveDate);
// (:Statement)-[:CONCERNS]->(:Actor): one edge per actor a statement is about or addressed to,
// written with the statement (cypher/write/articles.cypher, curation), so whoSaidWhatAbout's exact
// total is the actor's CONCERNS degree; graphs written before it are backfilled by applySchema.
CREATE INDEX statement_language IF NOT EXISTS FOR (n:Statement) ON (n.language);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
// Claims: candidates of a new statement are looked up by speaker and first-report date; lists
// sort by outlets or first report.
CREATE INDEX claim_speaker_first_date IF NOT EXISTS FOR (n:Claim) ON (n.speaker, n.firstDate);
CREATE INDEX claim_first_date IF NOT EXISTS FOR (n:Claim) ON (n.firstDate);
// Undated claims (no firstDate) are not in the composite index: their candidates are found by speaker.
CREATE INDEX claim_speaker IF NOT EXISTS FOR (n:Claim) ON (n.speaker);
CREATE INDEX claim_outlet_count IF NOT EXISTS FOR (n:Claim) ON (n.outletCount);

// CONTAINS / STARTS WITH on names (autocomplete).
CREATE TEXT INDEX actor_name_text IF NOT EXISTS FOR (n:Actor) ON (n.name);
// Exact look-up by name: Actor.nameKeys = "|k1|k2|" (every name and alias folded, see
// src/graph/read/resolve-actors.ts), asked with CONTAINS '|key|'.
CREATE TEXT INDEX actor_name_keys IF NOT EXISTS FOR (n:Actor) ON (n.nameKeys);

// Full-text search, one index per language so each gets its own stemming and stop words.
// Actor.names joins name + aliases: 5.x full-text indexes cannot index list properties.
// Neo4j calls two full-text indexes on the same labels and properties "equivalent" whatever their
// analyzer, so IF NOT EXISTS would silently skip the second one. The English indexes therefore also
// list the label :EnglishFullText, which no node carries: their schema differs, the nodes they
// index do not.
CREATE FULLTEXT INDEX actor_names_ar IF NOT EXISTS FOR (n:Actor) ON EACH [n.names]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX actor_names_en IF NOT EXISTS FOR (n:Actor|EnglishFullText) ON EACH [n.names]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX statement_content_ar IF NOT EXISTS FOR (n:Statement) ON EACH [n.content]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX statement_content_en IF NOT EXISTS FOR (n:Statement|EnglishFullText) ON EACH [n.content]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
