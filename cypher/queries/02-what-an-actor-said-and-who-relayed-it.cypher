// What did an actor say, and who relayed it?
// Everything the speaker said (the Kremlin, a minister, a newspaper), with the actors it was
// about and the media or people it came through ("according to Reuters"). An empty relayedBy
// means the article attributes the statement to the speaker directly.
// @param speaker = 'Kremlin' : the speaker's id, name or alias (any language, any case)
MATCH (speaker:Actor)
WHERE speaker.id = $speaker
   OR toLower(speaker.name) = toLower($speaker)
   OR any(alias IN coalesce(speaker.aliases, []) WHERE toLower(alias) = toLower($speaker))
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
