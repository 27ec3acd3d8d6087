// Recomputes what a claim knows from its reports, and deletes claims left with nothing (no report
// and no response). Run after every write or delete that touched these claims, in its transaction.
// $ids: claim ids. A claim's date is its reports' (statement date, else article date); its first
// report is the earliest (ties: article id); outlets count distinct outlets; independent sources
// count an agency relayed by several outlets once (a report with a VIA actor counts as that actor:
// its first by id). The importer folds new reports into the same summary without this query
// (src/claims/summary.ts: the sets are sorted lists there and here, so both write one value);
// this query is for what it cannot fold: deleted and re-extracted reports. It leaves keys as they
// are (a removed report's keys only make the claim a candidate more often: the matcher decides on
// the reports) and clears reps, the stored earliest reports, so the next batch reads them from
// the graph (claim-candidates.cypher).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:REPORTS]-(s:Statement)-[:REPORTED_IN]->(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, a, o, coalesce(s.date, a.publishedAt) AS day,
       reduce(m = null, v IN [(s)-[:VIA]->(v:Actor) | v.id] | CASE WHEN m IS NULL OR v < m THEN v ELSE m END) AS via
  ORDER BY day, a.id, s.id
  WITH collect(s) AS statements, collect(a) AS articles, collect(day) AS days,
       collect(DISTINCT o.id) AS outletIds,
       collect(DISTINCT CASE WHEN s IS NULL THEN null WHEN via IS NOT NULL THEN 'via:' + via
                             WHEN o IS NOT NULL THEN 'outlet:' + o.id ELSE 'article:' + a.id END) AS sources,
       sum(CASE WHEN s.direct THEN 1 ELSE 0 END) AS direct,
       max(day) AS lastDate
  RETURN statements, articles, days, outletIds, sources, direct, lastDate
}
WITH c, statements, articles, days, outletIds, sources, direct, lastDate
CALL {
  WITH c, statements
  WITH c, statements WHERE size(statements) = 0 AND NOT EXISTS { (c)<-[:RESPONDS_TO]-(:Statement) }
  DETACH DELETE c
}
CALL {
  WITH c, statements, articles, days, outletIds, sources, direct, lastDate
  WITH c, statements, articles, days, outletIds, sources, direct, lastDate WHERE size(statements) > 0
  WITH c, statements, articles, days, outletIds, sources, direct, lastDate, statements[0] AS first
  SET c.speaker = head([(first)-[:SAID_BY]->(x:Actor) | x.id]),
      c.content = first.content,
      c.language = first.language,
      c.languages = COLLECT { UNWIND statements AS s RETURN DISTINCT s.language AS x ORDER BY x },
      c.firstStatement = first.id,
      c.firstArticle = articles[0].id,
      c.firstDate = days[0],
      c.lastDate = lastDate,
      c.reportCount = size(statements),
      c.outletIds = COLLECT { UNWIND outletIds AS x RETURN x ORDER BY x },
      c.outletCount = size(outletIds),
      c.sources = COLLECT { UNWIND sources AS x RETURN x ORDER BY x },
      c.independentCount = size(sources),
      c.directCount = direct,
      c.indirectCount = size(statements) - direct,
      c.about = COLLECT { UNWIND statements AS s MATCH (s)-[:ABOUT]->(t:Actor) RETURN DISTINCT t.id AS x ORDER BY x },
      c.reps = null
}
RETURN count(*) AS refreshed
