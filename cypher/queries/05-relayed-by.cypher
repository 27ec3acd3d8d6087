// Which statements were relayed by a medium (e.g. Reuters)?
// Statements an article attributes to someone "according to" or "as reported by" the given
// actor, usually a news agency: the original speaker, what was said and where it appeared.
// @param via = 'Reuters' : the relaying actor's id, name or alias (any language, any case)
CALL () {
  WITH reduce(k = '', c IN split(toLower(trim($via)), '') | k + CASE
         WHEN c =~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]' THEN ''
         WHEN c IN ['أ', 'إ', 'آ', 'ٱ'] THEN 'ا'
         WHEN c IN ['ى', 'ئ', 'ی'] THEN 'ي'
         WHEN c = 'ة' THEN 'ه'
         WHEN c = 'ؤ' THEN 'و'
         WHEN c = 'ک' THEN 'ك'
         WHEN c = '\u00A0' THEN ' '
         WHEN c IN ['’', '‘'] THEN "'"
         ELSE c END) AS key
  MATCH (a:Actor) WHERE a.id = $via OR a.name = $via OR a.nameKeys CONTAINS '|' + key + '|'
  RETURN a AS relay
  ORDER BY a.id = $via DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH (st:Statement)-[:VIA]->(relay)
OPTIONAL MATCH (st)-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (st)-[:REPORTED_IN]->(art:Article)
RETURN relay.name AS relayedBy,
       coalesce(speaker.name, st.speakerText) AS speaker,
       st.cueType AS cueType,
       st.content AS content,
       art.title AS article,
       st.id AS statementId
ORDER BY st.effectiveDate DESC, article, st.start
LIMIT 100
