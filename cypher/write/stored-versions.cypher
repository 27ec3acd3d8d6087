// What is stored for these articles: the importer skips extracting those that did not change.
// $ids: article ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion
