// bench:api, hand-written baseline of whoSaidWhatAbout(about, first: 20) for an actor with tens of
// thousands of statements: the date index walked newest first, keeping the actor's statements
// (a few hundred index entries instead of sorting every statement of the actor); the total from
// the degree store: one CONCERNS edge per statement about the actor or addressed to it.
MATCH (x:Actor {id: $actorId})
WITH COUNT { (x)<-[:CONCERNS]-() } AS total
CALL {
  MATCH (s:Statement) USING INDEX s:Statement(effectiveDate)
  WHERE s.effectiveDate IS NOT NULL AND EXISTS { (s)-[:CONCERNS]->(:Actor {id: $actorId}) }
  RETURN s ORDER BY s.effectiveDate DESC, s.id LIMIT $first
}
OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(article:Article)
RETURN total, s.content AS content, s.cueType AS cueType, s.date AS date, speaker.name AS speaker, article.title AS title
