// Deletes articles with their statements; actors and outlets they alone kept alive go with them
// (curated actors stay). $ids: article ids. Returns deleted: the ids that existed, and
// previousClaims: the claims their statements reported or answered (the caller refreshes them
// with cypher/write/refresh-claims.cypher in the same transaction).
UNWIND $ids AS id
MATCH (article:Article {id: id})
CALL {
  WITH article
  OPTIONAL MATCH (article)-[:MENTIONS]->(m:Actor)
  WITH article, collect(m.id) AS mentioned
  OPTIONAL MATCH (article)<-[:REPORTED_IN]-(:Statement)-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]->(t:Actor)
  WITH mentioned, collect(t.id) AS linked
  RETURN mentioned + linked AS previousActors
}
CALL {
  WITH article
  OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(o:Outlet)
  RETURN collect(o.id) AS previousOutlets
}
CALL {
  WITH article
  OPTIONAL MATCH (article)<-[:REPORTED_IN]-(:Statement)-[:REPORTS|RESPONDS_TO]->(c:Claim)
  RETURN collect(DISTINCT c.id) AS previousClaims
}
CALL {
  WITH article
  MATCH (article)<-[:REPORTED_IN]-(s:Statement)
  DETACH DELETE s
}
WITH id, article, previousActors, previousOutlets, previousClaims
DETACH DELETE article
WITH collect(id) AS deleted,
     reduce(ids = [], batch IN collect(previousActors) | ids + batch) AS previousActors,
     reduce(ids = [], batch IN collect(previousOutlets) | ids + batch) AS previousOutlets,
     reduce(ids = [], batch IN collect(previousClaims) | ids + batch) AS previousClaims
CALL {
  WITH previousActors
  UNWIND previousActors AS actorId
  WITH DISTINCT actorId
  MATCH (x:Actor {id: actorId})
  WHERE NOT coalesce(x.curated, false)
    AND NOT EXISTS { (x)<-[:MENTIONS]-(:Article) }
    AND NOT EXISTS { (x)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(:Statement) }
  DETACH DELETE x
}
CALL {
  WITH previousOutlets
  UNWIND previousOutlets AS outletId
  WITH DISTINCT outletId
  MATCH (o:Outlet {id: outletId})
  WHERE NOT EXISTS { (o)<-[:PUBLISHED_BY]-(:Article) }
  DELETE o
}
RETURN deleted, previousClaims
