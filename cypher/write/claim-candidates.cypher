CYPHER replan=skip
// Claims a batch's new statements could join, or its denials could answer (src/graph/write-claims.ts).
// Runs in the article write's transaction, after cypher/write/articles.cypher: the batch's speakers
// are locked by then, so a concurrent batch by the same speaker has committed its claims or waits.
// Parameters (grouped by src/graph/claim-lookups.ts, so that each claim is read once per batch,
// not once per statement: bench:profile-claims):
//   $dated:      [{speaker, from, to, keys}]  one row per speaker and run of overlapping date
//                windows (YYYY-MM-DD) of its statements: claims of the speaker first reported in
//                the run that share a blocking key with one of the run's statements. A little
//                wider than each statement's own window and keys (the planner compares dates
//                anyway); testing each statement's window and keys made the parameters twice as
//                large and the branch twice as slow (bench/_scratch A/B, one batch of 100 articles)
//   $undated:    [{speaker, keys}]  undated statements: undated claims of the speaker sharing a key
//                (two lists, not one with a null date: filtering one list by date after UNWIND
//                let the planner scan every claim for every probe)
//   $previous:   ids of the claims the replaced version of these articles reported (kept when re-extracted)
//   $targets:    [{speaker, from, to, responders: [{speaker, language, from, to}]}]  denials by
//                the speaker they are about: claims of `speaker` a responder could answer
//   $windows:    [{from, to, responders: [{speaker, language, actors, from, to}]}]  denials, by
//                runs of overlapping windows: claims about one of a responder's `actors` (the
//                denier and whom the denial is about)
//                Both only return claims a denial can answer (src/claims/plan.ts answeredClaim):
//                by someone, not by the denier, with a report in the denial's language, first
//                reported in the denial's window.
// replan=skip and the index hints: while an import grows the graph, Neo4j replans a query each
// time its statistics have drifted; planning this one took 0.5-1.5 s, a dozen times more than
// running it, and the first six batches of an import into an empty graph spent 7 s replanning it
// (bench:import, per-query timing). Its plan does not depend on the statistics: the hints make
// every branch seek the index its lookup is shaped for, whatever the graph held when it was planned.
// Returns one row per claim: id, speaker, implicit, reps (the earliest reports as JSON,
// src/claims/summary.ts), and reports: read from the graph instead of reps
// ([{statementId, articleId, content, language, cueType, direct, date, about}], the earliest 12)
// only when reps cannot be trusted: the claim was recomputed by refresh-claims.cypher (reps null)
// or its reports are being replaced ($previous). The rest of a claim's summary is read only for
// the claims the batch joins (claim-summaries.cypher): most candidates are not joined.
CALL {
  UNWIND $previous AS id
  MATCH (c:Claim {id: id}) USING INDEX c:Claim(id)
  RETURN c
  UNION
  UNWIND $dated AS g
  MATCH (c:Claim) USING INDEX c:Claim(speaker, firstDate)
  WHERE c.speaker = g.speaker AND c.firstDate >= date(g.from) AND c.firstDate <= date(g.to)
    AND any(k IN c.keys WHERE k IN g.keys)
  RETURN c
  UNION
  UNWIND $undated AS p
  MATCH (c:Claim) USING INDEX c:Claim(speaker)
  WHERE c.speaker = p.speaker AND c.firstDate IS NULL AND any(k IN c.keys WHERE k IN p.keys)
  RETURN c
  UNION
  UNWIND $targets AS g
  MATCH (c:Claim) USING INDEX c:Claim(speaker, firstDate)
  WHERE c.speaker = g.speaker AND c.firstDate >= date(g.from) AND c.firstDate <= date(g.to)
    AND any(p IN g.responders WHERE c.firstDate >= date(p.from) AND c.firstDate <= date(p.to)
                                   AND (p.speaker IS NULL OR c.speaker <> p.speaker) AND p.language IN c.languages)
  RETURN c
  UNION
  UNWIND $windows AS g
  MATCH (c:Claim) USING INDEX c:Claim(firstDate)
  WHERE c.firstDate >= date(g.from) AND c.firstDate <= date(g.to) AND c.speaker IS NOT NULL
    AND any(p IN g.responders WHERE c.firstDate >= date(p.from) AND c.firstDate <= date(p.to)
                                   AND (p.speaker IS NULL OR c.speaker <> p.speaker) AND p.language IN c.languages
                                   AND any(x IN c.about WHERE x IN p.actors))
  RETURN c
}
WITH DISTINCT c
WITH c, c.reps IS NULL OR c.id IN $previous AS fromGraph
CALL {
  WITH c, fromGraph
  WITH c WHERE fromGraph
  OPTIONAL MATCH (c)<-[:REPORTS]-(s:Statement)-[:REPORTED_IN]->(a:Article)
  WITH s, a ORDER BY coalesce(s.date, a.publishedAt), a.id, s.id
  LIMIT 12
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    statementId: s.id, articleId: a.id, content: s.content, language: s.language, cueType: s.cueType,
    direct: s.direct, date: toString(coalesce(s.date, a.publishedAt)),
    about: [(s)-[:ABOUT]->(x:Actor) | x.id]
  } END) AS reports
}
RETURN c.id AS id, c.speaker AS speaker, coalesce(c.implicit, false) AS implicit, fromGraph, reports,
       CASE WHEN fromGraph THEN null ELSE c.reps END AS reps
