// Writes one batch of extracted articles in ONE query and ONE transaction (docs/graph-model.md).
// Parameters (built by src/graph/write-articles.ts):
//   $articles: [{id, url, title, language, publishedAt, text, contentHash, extractorVersion, source,
//                outlet: {id, name} | null, actorIds, mentions: [{actor, count}],
//                statements: [{id, props, date, speaker, about, addressees, via, parent}]}]
//   $actors:   [{id, name, kind, label, aliases, speaksFor, describes, keys, builtIn}] of the whole
//              batch, sorted by id (keys: the folded names, src/graph/identity.ts nameKeys)
// Returns one row per article: id, outcome ('new' | 'updated' | 'unchanged'), and previousClaims
// (the same on every row): [{statement, claim, reports}] the claims the replaced statements
// reported (reports: true) or answered.
// MERGE only on constrained keys (Article.id, Actor.id, Statement.id, Outlet.id), and for the
// actor-to-actor facts, which are shared by every article.

// An article whose text and extractor are unchanged is left as it is. The article is locked
// (MERGE, then a property set and removed) BEFORE its stored version is read: an import of the
// same article running at the same time waits here and then sees this one's result, so each
// version is written once and the outcome is decided once. $articles is sorted by id, so
// concurrent batches take these locks in one order.
UNWIND $articles AS a
MERGE (stored:Article {id: a.id})
SET stored.writeLock = true
REMOVE stored.writeLock
WITH a, CASE
    WHEN stored.contentHash IS NULL THEN 'new'
    WHEN stored.contentHash = a.contentHash AND stored.extractorVersion = a.extractorVersion THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
WITH collect({id: a.id, outcome: outcome}) AS outcomes,
     collect(CASE WHEN outcome <> 'unchanged' THEN a END) AS changed
WITH outcomes, changed, reduce(ids = [], c IN changed | ids + c.actorIds) AS needed

// Actors first, in id order: concurrent batches sharing actors take their locks in the same
// order, which keeps deadlocks rare (the driver's executeWrite retries those that still happen).
CALL {
  WITH needed
  UNWIND $actors AS actor
  WITH actor, needed WHERE actor.id IN needed
  MERGE (x:Actor {id: actor.id})
    ON CREATE SET x.name = actor.name, x.kind = actor.kind, x.curated = false
  WITH x, actor, reduce(acc = [], n IN coalesce(x.aliases, []) + actor.aliases |
         CASE WHEN n IN acc THEN acc ELSE acc + n END) AS aliases
  // `names` feeds the full-text indexes, which cannot index a list property.
  SET x.aliases = aliases,
      x.names = reduce(s = x.name, n IN aliases | CASE WHEN n = x.name THEN s ELSE s + ' | ' + n END),
      // "|k1|k2|": looked up by a text index, `CONTAINS '|key|'` (src/graph/read/resolve-actors.ts).
      x.nameKeys = reduce(s = coalesce(x.nameKeys, '|'), k IN actor.keys |
        CASE WHEN s CONTAINS '|' + k + '|' THEN s ELSE s + k + '|' END),
      x.builtIn = coalesce(x.builtIn, false) OR actor.builtIn
  // One kind label, the one `kind` holds: an actor first created with another kind keeps its kind
  // (set on creation, changed only by a person), so its label follows that, never this article's.
  WITH x, actor
  REMOVE x:Person:Organization:State:Group:Media
  FOREACH (_ IN CASE WHEN x.kind = 'PERSON' THEN [1] ELSE [] END | SET x:Person)
  FOREACH (_ IN CASE WHEN x.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET x:Organization)
  FOREACH (_ IN CASE WHEN x.kind = 'STATE' THEN [1] ELSE [] END | SET x:State)
  FOREACH (_ IN CASE WHEN x.kind = 'GROUP' THEN [1] ELSE [] END | SET x:Group)
  FOREACH (_ IN CASE WHEN x.kind = 'MEDIA' THEN [1] ELSE [] END | SET x:Media)
}

// Actor-to-actor facts, once every actor of the batch exists.
CALL {
  WITH needed
  UNWIND $actors AS actor
  WITH actor, needed WHERE actor.id IN needed
  MATCH (x:Actor {id: actor.id})
  CALL {
    WITH x, actor
    UNWIND actor.speaksFor AS targetId
    MATCH (target:Actor {id: targetId})
    MERGE (x)-[:SPEAKS_FOR]->(target)
  }
  CALL {
    WITH x, actor
    UNWIND actor.describes AS targetId
    MATCH (target:Actor {id: targetId})
    MERGE (x)-[:DESCRIBES]->(target)
  }
}

// Each changed article replaces its previous version: statements, mentions, outlet link.
// Their old relationships are deleted first and the article is locked, so the new ones are
// CREATEd: a MERGE would look for an existing relationship, and on an actor mentioned by
// thousands of articles that search costs more than the whole write.
CALL {
  WITH changed
  UNWIND changed AS a
  MERGE (article:Article {id: a.id})
  WITH a, article
  // Who the previous version named: they may be left with nothing once it is gone.
  CALL {
    WITH article
    OPTIONAL MATCH (article)-[:MENTIONS]->(m:Actor)
    WITH article, collect(m.id) AS mentioned
    OPTIONAL MATCH (article)<-[:REPORTED_IN]-(:Statement)-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]->(t:Actor)
    WITH mentioned, collect(t.id) AS linked
    RETURN mentioned + linked AS previousActors
  }
  CALL {
    WITH article
    OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(o:Outlet)
    RETURN collect(o.id) AS previousOutlets
  }
  // Claims the previous version's statements reported or answered: recomputed (or deleted when
  // left empty) by cypher/write/refresh-claims.cypher in this transaction.
  CALL {
    WITH article
    OPTIONAL MATCH (article)<-[:REPORTED_IN]-(old:Statement)-[link:REPORTS|RESPONDS_TO]->(c:Claim)
    WHERE NOT coalesce(old.curated, false)
    RETURN collect(CASE WHEN c IS NULL THEN null ELSE {statement: old.id, claim: c.id, reports: type(link) = 'REPORTS'} END) AS previousClaims
  }
  CALL {
    WITH article
    MATCH (article)<-[:REPORTED_IN]-(old:Statement)
    WHERE NOT coalesce(old.curated, false)
    DETACH DELETE old
  }
  CALL {
    WITH article
    MATCH (article)-[r:MENTIONS|PUBLISHED_BY]->()
    DELETE r
  }
  SET article.url = a.url,
      article.title = a.title,
      article.language = a.language,
      article.publishedAt = date(a.publishedAt),
      article.text = a.text,
      article.contentHash = a.contentHash,
      article.extractorVersion = a.extractorVersion,
      // Provenance of this version: where it was read from, and when (an unchanged article is not
      // written at all, so a re-import keeps the first source and time).
      article.source = a.source,
      article.importedAt = datetime()
  WITH a, article, previousActors, previousOutlets, previousClaims
  CALL {
    WITH a, article
    WITH a, article WHERE a.outlet IS NOT NULL
    MERGE (o:Outlet {id: a.outlet.id})
      ON CREATE SET o.name = a.outlet.name
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
    MERGE (s:Statement {id: st.id})
    WITH article, s, st
    // A statement a person curated is theirs: the extractor does not overwrite it.
    WITH article, s, st WHERE NOT coalesce(s.curated, false)
    // effectiveDate: the one date lists order and filter by (the API's DATE_* orders and from/to,
    // cypher/queries/): the statement's own date, else its article's. Stored, so it is indexed.
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
    // CONCERNS: one edge per actor the statement is about OR addressed to (an actor both about and
    // addressed counts once), so "how many statements concern X" (whoSaidWhatAbout's total) is a
    // degree-store read instead of a walk. Deleted with the statement (DETACH DELETE).
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
  // Nested attribution, once all statements of the article exist.
  CALL {
    WITH a
    UNWIND a.statements AS st
    WITH st WHERE st.parent IS NOT NULL
    MATCH (child:Statement {id: st.id}), (parent:Statement {id: st.parent})
    WHERE NOT coalesce(child.curated, false)
    CREATE (child)-[:PART_OF]->(parent)
  }
  RETURN reduce(ids = [], batch IN collect(previousActors) | ids + batch) AS previousActors,
         reduce(ids = [], batch IN collect(previousOutlets) | ids + batch) AS previousOutlets,
         reduce(ids = [], batch IN collect(previousClaims) | ids + batch) AS previousClaims
}

// Actors and outlets that only the previous versions kept alive go (curated actors stay).
CALL {
  WITH previousActors
  UNWIND previousActors AS actorId
  WITH DISTINCT actorId
  MATCH (x:Actor {id: actorId})
  WHERE NOT coalesce(x.curated, false)
    AND NOT EXISTS { (x)<-[:MENTIONS]-(:Article) }
    AND NOT EXISTS { (x)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(:Statement) }
  DETACH DELETE x
}
CALL {
  WITH previousOutlets
  UNWIND previousOutlets AS outletId
  WITH DISTINCT outletId
  MATCH (o:Outlet {id: outletId})
  WHERE NOT EXISTS { (o)<-[:PUBLISHED_BY]-(:Article) }
  DELETE o
}
UNWIND outcomes AS o
RETURN o.id AS id, o.outcome AS outcome, previousClaims
