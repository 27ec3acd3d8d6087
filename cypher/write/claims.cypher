CYPHER replan=skip
// Writes a claim plan (src/claims/plan.ts) in the article write's transaction.
// replan=skip: its plan is MERGEs and seeks on unique ids whatever the statistics say, and replanning it while an
// import grows the graph cost more than running it (see claim-candidates.cypher).
// Parameters:
//   $links:     [{statementId, claimId, founder, score, anchors, matched}]  a statement reports a claim
//   $implicit:  [{id, content, language, date, about}]  denied propositions nobody in the graph reports
//   $responses: [{statementId, claimId, cueType, how, score}]
//   $summaries: [{id, speaker, content, language, languages, firstStatement, firstArticle, firstDate,
//                 lastDate, reportCount, directCount, indirectCount, outletIds, outletCount, sources,
//                 independentCount, about, keys, reps}]
//               the summary of every claim that gained reports, folded in by src/claims/summary.ts
//               (the claims it could not fold are recomputed by cypher/write/refresh-claims.cypher)
// Claims are MERGEd on their id (derived from the founding statement), so a claim founded by a
// statement of this batch is created here.
CALL {
  UNWIND $links AS l
  MATCH (s:Statement {id: l.statementId})
  MERGE (c:Claim {id: l.claimId})
    ON CREATE SET c.implicit = false
  MERGE (s)-[r:REPORTS]->(c)
  SET r.founder = l.founder, r.score = l.score, r.anchors = l.anchors, r.matched = l.matched
}
CALL {
  UNWIND $summaries AS x
  MATCH (c:Claim {id: x.id})
  SET c += x, c.firstDate = date(x.firstDate), c.lastDate = date(x.lastDate)
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
RETURN count(*) AS written
