// Who speaks for an actor (e.g. who speaks for Russia)?
// The actors known to speak for it (the Kremlin, a foreign ministry, a spokesperson) and how much
// each of them said, with one example statement; the actor itself is listed too when it is
// quoted by name ("Russia said ...").
// @param actor = 'Russia' : the represented actor's id, name or alias (any language, any case)
MATCH (represented:Actor)
WHERE represented.id = $actor
   OR toLower(represented.name) = toLower($actor)
   OR any(alias IN coalesce(represented.aliases, []) WHERE toLower(alias) = toLower($actor))
// The voices: the actor itself and every actor that speaks for it (no scan over all actors).
CALL (represented) {
  RETURN represented AS voice
  UNION
  MATCH (voice:Actor)-[:SPEAKS_FOR]->(represented)
  RETURN voice
}
WITH represented, voice,
     COUNT { (voice)<-[:SAID_BY]-(:Statement) } AS statements,
     // The newest statement as the example (by its date, else its article's; undated ones last).
     COLLECT {
       MATCH (voice)<-[:SAID_BY]-(st:Statement)
       RETURN st.content ORDER BY st.effectiveDate IS NULL, st.effectiveDate DESC, st.id LIMIT 1
     } AS newest
WHERE voice <> represented OR statements > 0
RETURN represented.name AS speaksFor,
       voice.name AS voice,
       voice.kind AS kind,
       statements,
       newest[0] AS example
ORDER BY statements DESC, voice
