// What was denied, by whom, and who made the claim?
// Every denial or rejection linked to the claim it answers (RESPONDS_TO): who denied, what they
// denied, who made the claim (the speakers of its reports; none for a claim known only from its
// denial), where the claim was first reported, and how the link was found: 'antecedent' (the text
// names it: "..., which Trump denies"), 'match' (speaker, actors, wording and date across articles)
// or 'implicit'.
// @param denier = '' : only denials by this actor (id, name or alias, any case); '' for every denier
MATCH (denial:Statement)-[r:RESPONDS_TO]->(c:Claim)
OPTIONAL MATCH (denial)-[:SAID_BY]->(denier:Actor)
WITH denial, r, c, denier
WHERE $denier = ''
   OR denier.id = $denier
   OR toLower(denier.name) = toLower($denier)
   OR any(alias IN coalesce(denier.aliases, []) WHERE toLower(alias) = toLower($denier))
OPTIONAL MATCH (denial)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (first:Article {id: c.firstArticle})
RETURN coalesce(denier.name, denial.speakerText) AS denier,
       denial.cueType AS cueType,
       denial.content AS denies,
       art.title AS article,
       COLLECT {
         MATCH (c)<-[:REPORTS]-(s:Statement)
         OPTIONAL MATCH (s)-[:SAID_BY]->(claimant:Actor)
         WITH DISTINCT coalesce(claimant.name, s.speakerText) AS name
         RETURN name ORDER BY name
       } AS claimants,
       c.content AS claim,
       c.outletCount AS claimOutlets,
       first.title AS claimFirstReportedIn,
       r.how AS linkedBy,
       denial.id AS statementId,
       c.id AS claimId
ORDER BY denial.effectiveDate DESC, denier, statementId, claimId
LIMIT 100
