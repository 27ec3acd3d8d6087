// The graph around an actor: who talks about it, and whom it talks about
// A picture rather than a table (open it in the Neo4j Browser's graph view): the statements
// about the actor and by the actor, with their speakers, subjects and the media that relayed them.
// @param about = 'Putin' : the actor's id, name or alias (any language, any case)
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
  RETURN a AS center
  ORDER BY a.id = $about DESC, coalesce(a.builtIn, false) OR coalesce(a.curated, false) DESC,
           COUNT { MATCH (a)<-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]-(s) RETURN DISTINCT s } DESC, a.id
  LIMIT 1
}
MATCH path = (speaker:Actor)<-[:SAID_BY]-(st:Statement)-[:ABOUT]->(about:Actor)
WHERE center IN [speaker, about]
OPTIONAL MATCH relayed = (st)-[:VIA]->(:Actor)
RETURN path, relayed
LIMIT 50
