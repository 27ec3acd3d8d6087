// Who said what about an actor?
// Every statement about the actor, newest first: who said it, the cue as written, what was said and
// where it was reported. The actor is found by its id, its name or any alias in any language, so
// 'Trump' and 'ترامب' give the same answer. Statements are ordered by effectiveDate: their own date, else their article's.
// @param about = 'Trump' : the actor's id, name or alias (any language, any case)
MATCH (about:Actor)
WHERE about.id = $about
   OR toLower(about.name) = toLower($about)
   OR any(alias IN coalesce(about.aliases, []) WHERE toLower(alias) = toLower($about))
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
