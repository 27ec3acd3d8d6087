CYPHER replan=skip
// The stored summaries of the claims a batch joins (src/graph/write-claims.ts), read after
// replan=skip: its plan is a seek on the unique id whatever the statistics say, and replanning it while an
// import grows the graph cost more than running it (see claim-candidates.cypher).
// planning in the same transaction, so that the new reports are folded in (src/claims/summary.ts)
// without reading the claim's reports. Only joined claims: the candidate query returns many more.
// Parameters: $ids: claim ids
// Returns one row per claim: id, summary (the stored counts and sets of src/claims/summary.ts).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id,
       c {.speaker, .content, .language, .languages, .firstStatement, .firstArticle, firstDate: toString(c.firstDate),
          lastDate: toString(c.lastDate), .reportCount, .directCount, .indirectCount, .outletIds, .outletCount,
          .sources, .independentCount, .about, .keys} AS summary
