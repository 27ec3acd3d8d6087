// Which statements were relayed by a medium (e.g. Reuters)?
// Statements an article attributes to someone "according to" or "as reported by" the given
// actor, usually a news agency: the original speaker, what was said and where it appeared.
// @param via = 'Reuters' : the relaying actor's id, name or alias (any language, any case)
MATCH (relay:Actor)
WHERE relay.id = $via
   OR toLower(relay.name) = toLower($via)
   OR any(alias IN coalesce(relay.aliases, []) WHERE toLower(alias) = toLower($via))
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
