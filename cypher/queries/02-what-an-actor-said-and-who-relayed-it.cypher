// What did an actor say, and who relayed it?
// Everything the speaker said (the Kremlin, a minister, a newspaper), with the actors it was
// about and the media or people it came through ("according to Reuters"). An empty relayedBy
// means the article attributes the statement to the speaker directly.
// @param speaker = 'Kremlin' : the speaker's id, name or alias (any language, any case)
CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($speaker)), '') | k + CASE
         WHEN c =~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $speaker OR a.name = $speaker OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS speaker
  ORDER BY a.id = $speaker DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH (speaker)<-[:SAID_BY]-(st:Statement)
OPTIONAL MATCH (st)-[:REPORTED_IN]->(art:Article)
RETURN speaker.name AS speaker,
       st.cueType AS cueType,
       st.content AS content,
       COLLECT { MATCH (st)-[:ABOUT]->(a:Actor) RETURN a.name ORDER BY a.name } AS about,
       COLLECT { MATCH (st)-[:VIA]->(relay:Actor) RETURN relay.name ORDER BY relay.name } AS relayedBy,
       art.title AS article,
       st.id AS statementId
ORDER BY st.effectiveDate DESC, article, st.start
LIMIT 100
