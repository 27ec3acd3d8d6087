// Which actors talk about each other the most?
// Pairs of actors where at least one made statements about the other, counted in each direction.
// Pairs that really talk about each other (both directions) come first, ranked by the smaller of
// the two counts; then one-sided pairs (one actor talking about another that does not answer),
// ranked by the total.
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
       CASE WHEN oneAboutOther < otherAboutOne THEN oneAboutOther ELSE otherAboutOne END AS mutual,
       oneAboutOther + otherAboutOne AS statements
ORDER BY mutual DESC, statements DESC, actor, otherActor
LIMIT 25
