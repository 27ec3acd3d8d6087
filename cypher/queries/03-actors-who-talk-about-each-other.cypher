// Which actors talk about each other the most?
// Pairs of actors where at least one made statements about the other, counted in both
// directions and ranked by the total. A lopsided pair (many one way, none back) is one actor
// talking about another that does not answer.
MATCH (speaker:Actor)<-[:SAID_BY]-(st:Statement)-[:ABOUT]->(about:Actor)
WHERE speaker <> about
// Order each pair by id so that (A about B) and (B about A) fall into the same row.
WITH CASE WHEN speaker.id < about.id THEN speaker ELSE about END AS one,
     CASE WHEN speaker.id < about.id THEN about ELSE speaker END AS other,
     speaker, st
WITH one, other,
     count(CASE WHEN speaker = one THEN st END) AS oneAboutOther,
     count(CASE WHEN speaker = other THEN st END) AS otherAboutOne
RETURN one.name AS actor,
       other.name AS otherActor,
       oneAboutOther,
       otherAboutOne,
       oneAboutOther + otherAboutOne AS statements
ORDER BY statements DESC, actor, otherActor
LIMIT 25
