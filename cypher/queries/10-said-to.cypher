// What was said to an actor, and by whom?
// Statements addressed to the actor ("Putin reminded Trump that ...", "he told reporters"): the
// speaker, what was said and where it was reported, newest first.
// @param to = 'Trump' : the addressee's id, name or alias (any language, any case)
MATCH (addressee:Actor)
WHERE addressee.id = $to
   OR toLower(addressee.name) = toLower($to)
   OR any(alias IN coalesce(addressee.aliases, []) WHERE toLower(alias) = toLower($to))
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
