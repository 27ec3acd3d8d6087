// A statement with its article and the exact sentence it comes from
// Finds statements by id, or by a piece of their content, and shows the attribution exactly as
// the article has it (the text at the statement's span) and the whole sentence around it, so a
// fact-checker can check the claim against its source.
// @param statement = 'رغبة في العمل' : a statement id, or words from what was said
MATCH (st:Statement)-[:REPORTED_IN]->(article:Article)
WHERE st.id = $statement OR st.content CONTAINS $statement
OPTIONAL MATCH (st)-[:SAID_BY]->(speaker:Actor)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(outlet:Outlet)
WITH st, article, speaker, outlet,
     substring(article.text, 0, st.start) AS before,
     substring(article.text, st.end) AS after
// A sentence ends at a newline, a full stop, a question mark (also Arabic ؟) or an exclamation mark:
// keep the text after the last such mark before the span and up to the first one after it.
WITH st, article, speaker, outlet,
     reduce(s = before, mark IN ['\n', '. ', '? ', '؟', '! '] | last(split(s, mark))) AS sentenceStart,
     reduce(s = after, mark IN ['\n', '. ', '? ', '؟', '! '] | head(split(s, mark))) AS sentenceEnd
RETURN coalesce(speaker.name, st.speakerText) AS speaker,
       st.cueType AS cueType,
       st.content AS content,
       substring(article.text, st.start, st.end - st.start) AS attribution,
       trim(sentenceStart + substring(article.text, st.start, st.end - st.start) + sentenceEnd) AS sentence,
       article.title AS article,
       article.url AS url,
       outlet.name AS outlet,
       article.publishedAt AS publishedAt,
       st.id AS statementId
ORDER BY publishedAt DESC, statementId
LIMIT 20
