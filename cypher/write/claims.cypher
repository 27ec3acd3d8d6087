// Writes a claim plan (src/claims/plan.ts) in the article write's transaction.
// Parameters:
//   $links:     [{statementId, claimId, founder, score, anchors, matched, keys}]  a statement reports a claim
//   $implicit:  [{id, content, language, date, about}]  denied propositions nobody in the graph reports
//   $responses: [{statementId, claimId, cueType, how, score}]
//   $fresh:     [{id, speaker, content, language, statement, article, date, direct, outlets, about, keys}]
//               claims founded by this batch with one report: their summary, as
//               cypher/write/refresh-claims.cypher would compute it
// Claims are MERGEd on their id (derived from the founding statement); the summaries of the
// others are recomputed afterwards by cypher/write/refresh-claims.cypher.
CALL {
  UNWIND $links AS l
  MATCH (s:Statement {id: l.statementId})
  MERGE (c:Claim {id: l.claimId})
    ON CREATE SET c.implicit = false, c.keys = l.keys
  MERGE (s)-[r:REPORTS]->(c)
  SET r.founder = l.founder, r.score = l.score, r.anchors = l.anchors, r.matched = l.matched, r.keys = l.keys
}
CALL {
  UNWIND $implicit AS x
  MERGE (c:Claim {id: x.id})
    ON CREATE SET c.implicit = true, c.speaker = null, c.content = x.content, c.language = x.language,
                  c.firstDate = date(x.date), c.lastDate = date(x.date), c.about = x.about, c.keys = [],
                  c.reportCount = 0, c.outletCount = 0, c.independentCount = 0, c.directCount = 0
}
CALL {
  UNWIND $responses AS x
  MATCH (s:Statement {id: x.statementId}), (c:Claim {id: x.claimId})
  MERGE (s)-[r:RESPONDS_TO]->(c)
  SET r.cueType = x.cueType, r.how = x.how, r.score = x.score
}
CALL {
  UNWIND $fresh AS x
  MATCH (c:Claim {id: x.id})
  SET c.speaker = x.speaker, c.content = x.content, c.language = x.language, c.languages = [x.language],
      c.firstStatement = x.statement, c.firstArticle = x.article,
      c.firstDate = date(x.date), c.lastDate = date(x.date),
      c.reportCount = 1, c.outletCount = x.outlets, c.independentCount = 1,
      c.directCount = CASE WHEN x.direct THEN 1 ELSE 0 END, c.indirectCount = CASE WHEN x.direct THEN 0 ELSE 1 END,
      c.about = x.about, c.keys = x.keys
}
RETURN count(*) AS written
