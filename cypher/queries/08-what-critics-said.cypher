// What did critics say about an actor?
// Statements by the actor's described critics and opponents ("critics of Trump", "his opponents":
// groups that DESCRIBE the actor) and every criticism, accusation or condemnation aimed at it by
// anyone, with the speaker and the article.
// @param about = 'Trump' : the criticised actor's id, name or alias (any language, any case)
MATCH (target:Actor)
WHERE target.id = $about
   OR toLower(target.name) = toLower($about)
   OR any(alias IN coalesce(target.aliases, []) WHERE toLower(alias) = toLower($about))
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
