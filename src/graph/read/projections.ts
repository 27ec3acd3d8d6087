// Map projections shared by the read modules, so every query returns rows of the same shape
// (src/graph/read/types.ts), and the functions that turn those raw rows into the typed rows. Each
// projection takes the variable name the query binds.
//
// Why one `links` list instead of `speakerId: head([(s)-[:SAID_BY]->(x) | x.id])` and friends: in
// Neo4j 5 a `head(...)` of a pattern comprehension is planned as a COLLECT subquery, and its
// presence made the planner re-read the sort keys (date, id) of EVERY matching statement before a
// top-k ORDER BY ... LIMIT (46k extra property reads, +40% on "what the Kremlin said", see
// BENCHMARKS.md). Plain pattern comprehensions do not, so neighbours travel as [type, id] pairs.
import type { ActorRow, ArticleRow, StatementRow } from './types.ts';

export const actorProjection = (v: string): string =>
  `${v} {.id, .name, .kind, aliases: coalesce(${v}.aliases, []), curated: coalesce(${v}.curated, false)}`;

const STATEMENT_LINKS = 'SAID_BY|ABOUT|ADDRESSED_TO|VIA|REPORTED_IN|PART_OF';

const statementFields = (v: string): string => `.id, .content, .cue, .cueType, .direct, .date, .start, .end, .language, .speakerText,
  curated: coalesce(${v}.curated, false),
  links: [(${v})-[r:${STATEMENT_LINKS}]->(x) | [type(r), x.id]]`;

/** A statement with the ids of its neighbours (raw: read it with `statementRow`). */
export const statementProjection = (v: string): string => `${v} {${statementFields(v)}}`;

export const articleProjection = (v: string): string => `${v} {
  .id, .url, .title, .language, .publishedAt,
  outlet: [(${v})-[:PUBLISHED_BY]->(o) | o {.id, .name}]
}`;

export type ActorLink = 'SAID_BY' | 'ABOUT' | 'ADDRESSED_TO' | 'VIA';
const ACTOR_LINKS: readonly ActorLink[] = ['SAID_BY', 'ABOUT', 'ADDRESSED_TO', 'VIA'];

/**
 * The neighbours a list query brings along with each statement: the actors at the end of `actors`
 * links and the article. The API asks for what the client selected (a page of contents with the
 * speaker's name does not carry every subject's aliases and the article).
 */
export interface Neighbours {
  actors: readonly ActorLink[];
  article: boolean;
}

export const ALL_NEIGHBOURS: Neighbours = { actors: ACTOR_LINKS, article: true };

/** A statement with the neighbour actor and article rows of `neighbours` (no text): for pages of statements. */
export const statementWithNeighboursProjection = (v: string, neighbours: Neighbours = ALL_NEIGHBOURS): string => {
  // Relationship types cannot be parameters: only names from the fixed list reach the Cypher text.
  const links = ACTOR_LINKS.filter((link) => neighbours.actors.includes(link));
  const parts = [statementFields(v)];
  if (links.length > 0) parts.push(`actors: [(${v})-[:${links.join('|')}]->(x) | ${actorProjection('x')}]`);
  if (neighbours.article) parts.push(`articles: [(${v})-[:REPORTED_IN]->(x) | ${articleProjection('x')}]`);
  return `${v} {${parts.join(',\n  ')}}`;
};

/** What the statement projections return, before `statementRow` reads it. */
export interface RawStatement extends Omit<StatementRow, 'speakerId' | 'aboutIds' | 'addresseeIds' | 'viaIds' | 'articleId' | 'parentId' | 'neighbours'> {
  links: [string, string][];
  actors?: ActorRow[];
  articles?: RawArticle[];
}

export interface RawArticle extends Omit<ArticleRow, 'outletId' | 'outletName'> {
  outlet: { id: string; name: string | null }[];
}

/**
 * The typed row: neighbour ids by relationship (lists sorted: pattern comprehensions follow storage
 * order, and answers must not change between two identical requests).
 */
export function statementRow(raw: RawStatement): StatementRow {
  const { links, actors, articles, ...fields } = raw;
  const ids = (type: string) => links.filter(([t]) => t === type).map(([, id]) => id).sort();
  const row: StatementRow = {
    ...fields,
    direct: fields.direct ?? false,
    curated: fields.curated ?? false,
    speakerId: ids('SAID_BY')[0] ?? null,
    aboutIds: ids('ABOUT'),
    addresseeIds: ids('ADDRESSED_TO'),
    viaIds: ids('VIA'),
    articleId: ids('REPORTED_IN')[0] ?? null,
    parentId: ids('PART_OF')[0] ?? null,
  };
  if (actors || articles) row.neighbours = { actors: actors ?? [], article: articles?.[0] ? articleRow(articles[0]) : null };
  return row;
}

export function articleRow(raw: RawArticle): ArticleRow {
  const { outlet, ...fields } = raw;
  return { ...fields, outletId: outlet[0]?.id ?? null, outletName: outlet[0]?.name ?? null };
}
