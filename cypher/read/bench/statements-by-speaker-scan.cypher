// bench:api, hand-written baseline of statements(filter: {speaker}, first: 20) for an actor with
// tens of thousands of statements: the date index walked newest first, keeping the actor's
// statements; the total from the degree store.
MATCH (x:Actor {id: $actorId})
WITH COUNT { (x)<-[:SAID_BY]-() } AS total
CALL {
  MATCH (s:Statement) USING INDEX s:Statement(effectiveDate)
  WHERE s.effectiveDate IS NOT NULL AND EXISTS { (s)-[:SAID_BY]->(:Actor {id: $actorId}) }
  RETURN s ORDER BY s.effectiveDate DESC, s.id LIMIT $first
}
RETURN total, s.content AS content, s.cueType AS cueType,
       [(s)-[:ABOUT]->(a) | a.name] AS about, [(s)-[:VIA]->(v) | v.name] AS via
