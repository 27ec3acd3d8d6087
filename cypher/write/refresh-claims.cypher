// Recomputes what a claim knows from its reports, and deletes claims left with nothing (no report
// and no response). Run after every write or delete that touched these claims, in its transaction.
// $ids: claim ids. A claim's date is its reports' (statement date, else article date); its first
// report is the earliest (ties: article id); outlets count distinct outlets; independent sources
// count an agency relayed by several outlets once (a report with a VIA actor counts as that actor).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[r:REPORTS]-(s:Statement)-[:REPORTED_IN]->(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH r, s, a, o, coalesce(s.date, a.publishedAt) AS day,
       head([(s)-[:VIA]->(v:Actor) | v.id]) AS via
  ORDER BY day, a.id, s.id
  WITH collect(s) AS statements, collect(a) AS articles, collect(day) AS days, collect(r.keys) AS keyLists,
       count(DISTINCT o) AS outlets,
       count(DISTINCT CASE WHEN s IS NULL THEN null WHEN via IS NOT NULL THEN 'via:' + via
                           WHEN o IS NOT NULL THEN 'outlet:' + o.id ELSE 'article:' + a.id END) AS independent,
       sum(CASE WHEN s.direct THEN 1 ELSE 0 END) AS direct,
       max(day) AS lastDate
  RETURN statements, articles, days, keyLists, outlets, independent, direct, lastDate
}
WITH c, statements, articles, days, keyLists, outlets, independent, direct, lastDate
CALL {
  WITH c, statements
  WITH c, statements WHERE size(statements) = 0 AND NOT EXISTS { (c)<-[:RESPONDS_TO]-(:Statement) }
  DETACH DELETE c
}
CALL {
  WITH c, statements, articles, days, keyLists, outlets, independent, direct, lastDate
  WITH c, statements, articles, days, keyLists, outlets, independent, direct, lastDate WHERE size(statements) > 0
  WITH c, statements, articles, days, keyLists, outlets, independent, direct, lastDate, statements[0] AS first
  SET c.speaker = head([(first)-[:SAID_BY]->(x:Actor) | x.id]),
      c.content = first.content,
      c.language = first.language,
      c.languages = reduce(acc = [], s IN statements | CASE WHEN s.language IN acc THEN acc ELSE acc + s.language END),
      c.firstStatement = first.id,
      c.firstArticle = articles[0].id,
      c.firstDate = days[0],
      c.lastDate = lastDate,
      c.reportCount = size(statements),
      c.outletCount = outlets,
      c.independentCount = independent,
      c.directCount = direct,
      c.indirectCount = size(statements) - direct,
      c.about = reduce(acc = [], s IN statements | acc + [x IN [(s)-[:ABOUT]->(t:Actor) | t.id] WHERE NOT x IN acc]),
      // The first reports' keys are enough to find the claim: later ones repeat them.
      c.keys = reduce(acc = [], ks IN keyLists[0..8] | acc + [k IN ks WHERE NOT k IN acc])
}
RETURN count(*) AS refreshed
