// Denials, and what they deny
// Every DENY statement with who denied, what the denial is about and the claims it answers:
// other statements reported in the same article whose content is the denied content (or
// contains it, or is contained in it), e.g. critics claim X, "which X denies".
MATCH (denier:Actor)<-[:SAID_BY]-(denial:Statement {cueType: 'DENY'})
OPTIONAL MATCH (denial)-[:REPORTED_IN]->(art:Article)
RETURN denier.name AS denier,
       denial.cue AS cue,
       denial.content AS denies,
       COLLECT { MATCH (denial)-[:ABOUT]->(a:Actor) RETURN a.name ORDER BY a.name } AS about,
       COLLECT {
         MATCH (denial)-[:REPORTED_IN]->(:Article)<-[:REPORTED_IN]-(claim:Statement)
         WHERE claim <> denial AND claim.cueType <> 'DENY'
           AND (claim.content CONTAINS denial.content OR denial.content CONTAINS claim.content)
         OPTIONAL MATCH (claim)-[:SAID_BY]->(claimant:Actor)
         RETURN {claimant: coalesce(claimant.name, claim.speakerText), cueType: claim.cueType, content: claim.content, statementId: claim.id}
       } AS answers,
       art.title AS article,
       denial.id AS statementId
ORDER BY denial.effectiveDate DESC, denier, statementId
LIMIT 100
