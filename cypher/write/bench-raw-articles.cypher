// The raw write bound of the import benchmark (bench/import.ts), not used by the product: the same
// nodes and relationships as articles.cypher writes for new articles, in one plain UNWIND query
// per batch, with none of the checks (stored version, replacement, orphan removal, locks).
// Same parameters as articles.cypher.
CALL {
  UNWIND $actors AS actor
  MERGE (x:Actor {id: actor.id})
    ON CREATE SET x.name = actor.name, x.kind = actor.kind, x.curated = false
  SET x.aliases = actor.aliases, x.names = reduce(s = actor.name, n IN actor.aliases | s + ' | ' + n)
  FOREACH (_ IN CASE WHEN actor.label = 'Person' THEN [1] ELSE [] END | SET x:Person)
  FOREACH (_ IN CASE WHEN actor.label = 'Organization' THEN [1] ELSE [] END | SET x:Organization)
  FOREACH (_ IN CASE WHEN actor.label = 'State' THEN [1] ELSE [] END | SET x:State)
  FOREACH (_ IN CASE WHEN actor.label = 'Group' THEN [1] ELSE [] END | SET x:Group)
  FOREACH (_ IN CASE WHEN actor.label = 'Media' THEN [1] ELSE [] END | SET x:Media)
}
CALL {
  UNWIND $actors AS actor
  MATCH (x:Actor {id: actor.id})
  CALL {
    WITH x, actor
    UNWIND actor.speaksFor + actor.describes AS targetId
    MATCH (target:Actor {id: targetId})
    FOREACH (_ IN CASE WHEN targetId IN actor.speaksFor THEN [1] ELSE [] END | MERGE (x)-[:SPEAKS_FOR]->(target))
    FOREACH (_ IN CASE WHEN targetId IN actor.describes THEN [1] ELSE [] END | MERGE (x)-[:DESCRIBES]->(target))
  }
}
UNWIND $articles AS a
CREATE (article:Article {id: a.id})
SET article.url = a.url, article.title = a.title, article.language = a.language,
    article.publishedAt = date(a.publishedAt), article.text = a.text, article.contentHash = a.contentHash,
    article.extractorVersion = a.extractorVersion, article.importedAt = datetime()
WITH a, article
CALL {
  WITH a, article
  WITH a, article WHERE a.outlet IS NOT NULL
  MERGE (o:Outlet {id: a.outlet.id}) ON CREATE SET o.name = a.outlet.name
  CREATE (article)-[:PUBLISHED_BY]->(o)
}
CALL {
  WITH a, article
  UNWIND a.mentions AS m
  MATCH (x:Actor {id: m.actor})
  CREATE (article)-[:MENTIONS {count: m.count}]->(x)
}
CALL {
  WITH a, article
  UNWIND a.statements AS st
  CREATE (s:Statement {id: st.id})
  SET s += st.props, s.date = date(st.date), s.effectiveDate = coalesce(date(st.date), article.publishedAt), s.curated = false
  CREATE (s)-[:REPORTED_IN]->(article)
  WITH s, st
  CALL {
    WITH s, st
    MATCH (x:Actor {id: st.speaker})
    CREATE (s)-[:SAID_BY]->(x)
  }
  CALL {
    WITH s, st
    UNWIND st.about AS actorId
    MATCH (x:Actor {id: actorId})
    CREATE (s)-[:ABOUT]->(x)
  }
  CALL {
    WITH s, st
    UNWIND st.addressees AS actorId
    MATCH (x:Actor {id: actorId})
    CREATE (s)-[:ADDRESSED_TO]->(x)
  }
  // The importer's CONCERNS edges too (cypher/write/articles.cypher), so both write the same graph.
  CALL {
    WITH s, st
    UNWIND st.about + st.addressees AS actorId
    WITH DISTINCT s, actorId
    MATCH (x:Actor {id: actorId})
    CREATE (s)-[:CONCERNS]->(x)
  }
  CALL {
    WITH s, st
    UNWIND st.via AS actorId
    MATCH (x:Actor {id: actorId})
    CREATE (s)-[:VIA]->(x)
  }
}
CALL {
  WITH a
  UNWIND a.statements AS st
  WITH st WHERE st.parent IS NOT NULL
  MATCH (child:Statement {id: st.id}), (parent:Statement {id: st.parent})
  CREATE (child)-[:PART_OF]->(parent)
}
RETURN count(*) AS written
