// Who speaks for an actor (e.g. who speaks for Russia)?
// The actors known to speak for it (the Kremlin, a foreign ministry, a spokesperson) and how much
// each of them said, with one example statement; the actor itself is listed too when it is
// quoted by name ("Russia said ...").
// @param actor = 'Russia' : the represented actor's id, name or alias (any language, any case)
CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($actor)), '') | k + CASE
         WHEN c =~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS represented
  ORDER BY a.id = $actor DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
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
