// bench:api, hand-written baseline of search(text, first: 20) { statements }: full-text hits with
// their speaker's name.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $first}) YIELD node, score
OPTIONAL MATCH (node)-[:SAID_BY]->(speaker:Actor)
RETURN score, node.content AS content, speaker.name AS speaker
ORDER BY score DESC, node.id
