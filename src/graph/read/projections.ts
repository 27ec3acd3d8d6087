// Map projections shared by the read modules, so every query returns rows of the same shape
// (src/graph/read/types.ts). Each takes the variable name the query binds.

export const actorProjection = (v: string): string =>
  `${v} {.id, .name, .kind, aliases: coalesce(${v}.aliases, []), curated: coalesce(${v}.curated, false)}`;

// Neighbour ids ride along with the statement (pattern comprehensions: no extra rows, no extra query).
export const statementProjection = (v: string): string => `${v} {
  .id, .content, .cue, .cueType, .direct, .date, .start, .end, .language, .speakerText,
  curated: coalesce(${v}.curated, false),
  speakerId: head([(${v})-[:SAID_BY]->(x) | x.id]),
  aboutIds: [(${v})-[:ABOUT]->(x) | x.id],
  addresseeIds: [(${v})-[:ADDRESSED_TO]->(x) | x.id],
  viaIds: [(${v})-[:VIA]->(x) | x.id],
  articleId: head([(${v})-[:REPORTED_IN]->(x) | x.id]),
  parentId: head([(${v})-[:PART_OF]->(x) | x.id])
}`;

export const articleProjection = (v: string): string => `${v} {
  .id, .url, .title, .language, .publishedAt,
  outletId: head([(${v})-[:PUBLISHED_BY]->(o) | o.id]),
  outletName: head([(${v})-[:PUBLISHED_BY]->(o) | o.name])
}`;

/** A statement with its neighbour actors and article rows (no text): for pages of statements. */
export const statementWithNeighboursProjection = (v: string): string => `${v} {
  .id, .content, .cue, .cueType, .direct, .date, .start, .end, .language, .speakerText,
  curated: coalesce(${v}.curated, false),
  speakerId: head([(${v})-[:SAID_BY]->(x) | x.id]),
  aboutIds: [(${v})-[:ABOUT]->(x) | x.id],
  addresseeIds: [(${v})-[:ADDRESSED_TO]->(x) | x.id],
  viaIds: [(${v})-[:VIA]->(x) | x.id],
  articleId: head([(${v})-[:REPORTED_IN]->(x) | x.id]),
  parentId: head([(${v})-[:PART_OF]->(x) | x.id]),
  neighbours: {
    actors: [(${v})-[:SAID_BY|ABOUT|ADDRESSED_TO|VIA]->(x) | ${actorProjection('x')}],
    article: head([(${v})-[:REPORTED_IN]->(x) | ${articleProjection('x')}])
  }
}`;
