// bench:api, hand-written baseline of actor { saidAbout(first: 10) spokenAboutBy(first: 10) }:
// whom the actor talks about and who talks about it, with counts.
MATCH (me:Actor {id: $actorId})
CALL {
  WITH me
  MATCH (me)<-[:SAID_BY]-(s:Statement)-[:ABOUT]->(other:Actor) WHERE other <> me
  WITH other, count(s) AS n ORDER BY n DESC, other.id LIMIT $first
  RETURN collect({name: other.name, count: n}) AS saidAbout
}
CALL {
  WITH me
  MATCH (me)<-[:ABOUT]-(s:Statement)-[:SAID_BY]->(other:Actor) WHERE other <> me
  WITH other, count(s) AS n ORDER BY n DESC, other.id LIMIT $first
  RETURN collect({name: other.name, count: n}) AS spokenAboutBy
}
RETURN saidAbout, spokenAboutBy
