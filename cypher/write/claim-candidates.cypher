// Claims a batch's new statements could join, or its denials could answer (src/graph/write-claims.ts).
// Runs in the article write's transaction, after cypher/write/articles.cypher: the batch's speakers
// are locked by then, so a concurrent batch by the same speaker has committed its claims or waits.
// Parameters:
//   $dated:      [{speaker, from, to, keys}]  from/to: YYYY-MM-DD; a claim qualifies when it shares
//                a blocking key and its first report falls in [from, to] (from already widened
//                by the caller)
//   $undated:    [{speaker, keys}]  undated statements: undated claims of the speaker sharing a key
//                (two lists, not one with a null date: filtering one list by date after UNWIND
//                let the planner scan every claim for every probe)
//   $previous:   ids of the claims the replaced version of these articles reported (kept when re-extracted)
//   $responders: [{speaker, language, about, actors, from, to}] denials: claims by an actor they are
//                about (about), or about one of `actors` (the denier and whom the denial is about);
//                only claims a denial can answer (src/claims/plan.ts answeredClaim): by someone,
//                not by the denier, with a report in the denial's language. Without these the
//                date-range branch returned every claim about the actors in the window (most
//                of a batch's candidates, each read with its reports: bench:profile-claims)
// Returns one row per claim: id, speaker, implicit, summary (what src/claims/summary.ts keeps: the
// stored counts and sets, reps: the earliest reports as JSON), and reports: read from the graph
// instead of reps ([{statementId, articleId, content, language, cueType, direct, date, about}],
// the earliest 12) only when reps cannot be trusted: the claim was recomputed by
// refresh-claims.cypher (reps null) or its reports are being replaced ($previous). Reading reps is
// one property; reading the reports was most of this query's cost (bench:profile-claims).
CALL {
  UNWIND $previous AS id
  MATCH (c:Claim {id: id})
  RETURN c
  UNION
  UNWIND $dated AS p
  MATCH (c:Claim)
  WHERE c.speaker = p.speaker AND c.firstDate >= date(p.from) AND c.firstDate <= date(p.to)
    AND any(k IN c.keys WHERE k IN p.keys)
  RETURN c
  UNION
  UNWIND $undated AS p
  MATCH (c:Claim)
  WHERE c.speaker = p.speaker AND c.firstDate IS NULL AND any(k IN c.keys WHERE k IN p.keys)
  RETURN c
  UNION
  UNWIND $responders AS p
  UNWIND p.about AS target
  MATCH (c:Claim)
  WHERE c.speaker = target AND c.firstDate >= date(p.from) AND c.firstDate <= date(p.to)
    AND (p.speaker IS NULL OR c.speaker <> p.speaker) AND p.language IN c.languages
  RETURN c
  UNION
  UNWIND $responders AS p
  MATCH (c:Claim)
  WHERE c.firstDate >= date(p.from) AND c.firstDate <= date(p.to) AND any(x IN c.about WHERE x IN p.actors)
    AND c.speaker IS NOT NULL AND (p.speaker IS NULL OR c.speaker <> p.speaker) AND p.language IN c.languages
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
       c {.content, .language, .languages, .firstStatement, .firstArticle, firstDate: toString(c.firstDate),
          lastDate: toString(c.lastDate), .reportCount, .directCount, .indirectCount, .outletIds, .outletCount,
          .sources, .independentCount, .about, .keys, .reps} AS summary
