// What did critics say about an actor?
// Statements by the actor's described critics and opponents ("critics of Trump", "his opponents":
// groups that DESCRIBE the actor) and every criticism, accusation or condemnation aimed at it by
// anyone, with the speaker and the article.
// @param about = 'Trump' : the criticised actor's id, name or alias (any language, any case)
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
  RETURN a AS target
  ORDER BY a.id = $about DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH (critic:Actor)<-[:SAID_BY]-(st:Statement)-[:ABOUT]->(target)
WHERE (critic)-[:DESCRIBES]->(target)
   OR st.cueType IN ['CRITICIZE', 'ACCUSE', 'CONDEMN', 'REJECT']
OPTIONAL MATCH (st)-[:REPORTED_IN]->(art:Article)
RETURN critic.name AS critic,
       st.cueType AS cueType,
       st.content AS content,
       art.title AS article,
       st.id AS statementId
ORDER BY st.effectiveDate DESC, critic, statementId
LIMIT 100
