// Which claims did most outlets carry?
// Claims (one utterance, however many articles reported it) by the number of outlets that carried
// them, with the speaker, the wording of the first report, where and when it was first reported,
// the outlets, and how many independent sources there were (an agency relayed by several outlets
// counts once).
// @param minOutlets = 1 : only claims carried by at least this many outlets
MATCH (c:Claim)
WHERE c.outletCount >= $minOutlets AND NOT coalesce(c.implicit, false)
OPTIONAL MATCH (:Statement {id: c.firstStatement})-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (first:Article {id: c.firstArticle})
RETURN c.outletCount AS outlets,
       c.independentCount AS independentSources,
       c.reportCount AS reports,
       speaker.name AS speaker,
       c.content AS content,
       c.firstDate AS firstReported,
       first.title AS firstArticle,
       COLLECT {
         MATCH (c)<-[:REPORTS]-(:Statement)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
         WITH DISTINCT o ORDER BY o.name
         RETURN o.name
       } AS outletNames,
       c.firstStatement AS statementId,
       c.id AS claimId
ORDER BY outlets DESC, firstReported DESC, claimId
LIMIT 100
