// bench:api, hand-written baseline of whoSaidWhatAbout(about, first: 20): statements about the actor
// or addressed to it (its CONCERNS edges, one per statement), newest first, with speaker name and
// article title, plus the total.
MATCH (:Actor {id: $actorId})<-[:CONCERNS]-(s:Statement)
WITH collect(s) AS found
UNWIND found AS s
WITH s, size(found) AS total ORDER BY s.effectiveDate IS NULL, s.effectiveDate DESC, s.id LIMIT $first
OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(article:Article)
RETURN total, s.content AS content, s.cueType AS cueType, s.date AS date, speaker.name AS speaker, article.title AS title
