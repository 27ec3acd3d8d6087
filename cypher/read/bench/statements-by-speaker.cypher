// bench:api, hand-written baseline of statements(filter: {speaker}, first: 20): what an actor said,
// newest first, with the names of who it was about and who relayed it, plus the total.
MATCH (:Actor {id: $actorId})<-[:SAID_BY]-(s:Statement)
WITH collect(s) AS found
UNWIND found AS s
WITH s, size(found) AS total ORDER BY s.effectiveDate IS NULL, s.effectiveDate DESC, s.id LIMIT $first
RETURN total, s.content AS content, s.cueType AS cueType,
       [(s)-[:ABOUT]->(a) | a.name] AS about, [(s)-[:VIA]->(v) | v.name] AS via
