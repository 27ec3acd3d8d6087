// The graph around an actor: who talks about it, and whom it talks about
// A picture rather than a table (open it in the Neo4j Browser's graph view): the statements
// about the actor and by the actor, with their speakers, subjects and the media that relayed them.
// @param about = 'Putin' : the actor's id, name or alias (any language, any case)
MATCH (center:Actor)
WHERE center.id = $about
   OR toLower(center.name) = toLower($about)
   OR any(alias IN coalesce(center.aliases, []) WHERE toLower(alias) = toLower($about))
MATCH path = (speaker:Actor)<-[:SAID_BY]-(st:Statement)-[:ABOUT]->(about:Actor)
WHERE center IN [speaker, about]
OPTIONAL MATCH relayed = (st)-[:VIA]->(:Actor)
RETURN path, relayed
LIMIT 50
