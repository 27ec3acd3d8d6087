// Who said what about an actor?
// Every statement about the actor, newest first: who said it, the cue as written, what was said and
// where it was reported. The actor is found by its id, its name or any alias in any language, so
// 'Trump' and 'ترامب' give the same answer. Statements are ordered by effectiveDate: their own date, else their article's.
// @param about = 'Trump' : the actor's id, name or alias (any language, any case)
CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($about)), '') | k + CASE
         WHEN c =~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $about OR a.name = $about OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS about
  ORDER BY a.id = $about DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH (speaker:Actor)<-[:SAID_BY]-(st:Statement)-[:ABOUT]->(about)
OPTIONAL MATCH (st)-[:REPORTED_IN]->(art:Article)
RETURN speaker.name AS speaker,
       st.cueType AS cueType,
       st.cue AS cue,
       st.content AS content,
       st.direct AS direct,
       st.date AS date,
       art.title AS article,
       st.id AS statementId
ORDER BY st.effectiveDate DESC, speaker, statementId
LIMIT 100
