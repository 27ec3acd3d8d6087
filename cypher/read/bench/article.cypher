// bench:api, hand-written baseline of article(url) { statements(first: 50) }: an article, its outlet
// and its statements in text order, with speaker and subjects.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
CALL {
  WITH a
  MATCH (a)<-[:REPORTED_IN]-(s:Statement)
  WITH s ORDER BY s.start, s.id LIMIT $first
  RETURN collect({content: s.content, speaker: head([(s)-[:SAID_BY]->(x) | x.name]), about: [(s)-[:ABOUT]->(x) | x.name]}) AS statements
}
RETURN a.title AS title, o.name AS outlet, statements
