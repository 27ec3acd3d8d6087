// What was said to an actor, and by whom?
// Statements addressed to the actor ("Putin reminded Trump that ...", "he told reporters"): the
// speaker, what was said and where it was reported, newest first.
// @param to = 'Trump' : the addressee's id, name or alias (any language, any case)
CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($to)), '') | k + CASE
         WHEN c =~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $to OR a.name = $to OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS addressee
  ORDER BY a.id = $to DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH (st:Statement)-[:ADDRESSED_TO]->(addressee)
OPTIONAL MATCH (st)-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (st)-[:REPORTED_IN]->(art:Article)
RETURN coalesce(speaker.name, st.speakerText) AS speaker,
       addressee.name AS addressedTo,
       st.cueType AS cueType,
       st.content AS content,
       art.title AS article,
       st.id AS statementId
ORDER BY st.effectiveDate DESC, speaker, statementId
LIMIT 100
