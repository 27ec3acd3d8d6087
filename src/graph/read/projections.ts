// Map projections shared by the read modules, so every query returns rows of the same shape
// (src/graph/read/types.ts), and the functions that turn those raw rows into the typed rows. Each
// projection takes the variable name the query binds.
//
// Statements are projected to a *shape*: which properties, which neighbour ids, and which
// neighbour rows (actors, article) ride along. Loaders by id read the whole row; list queries read
// what the client selected (a page of contents with the speaker's name does not carry every
// subject's aliases and the article: on "search" that halved the Node-side work, BENCHMARKS.md).
//
// Why one `links` list instead of `speakerId: head([(s)-[:SAID_BY]->(x) | x.id])` and friends: in
// Neo4j 5 a `head(...)` of a pattern comprehension is planned as a COLLECT subquery, and its
// presence made the planner re-read the sort keys (date, id) of EVERY matching statement before a
// top-k ORDER BY ... LIMIT (46k extra property reads, +40% on "what the Kremlin said"). Plain
// pattern comprehensions do not, so neighbours travel as [type, id] pairs.
import type { ActorRow, ArticleRow, StatementRow } from './types.ts';

export type StatementProperty = 'content' | 'cue' | 'cueType' | 'direct' | 'date' | 'start' | 'end' | 'language' | 'speakerText' | 'curated';
export type ActorLink = 'SAID_BY' | 'ABOUT' | 'ADDRESSED_TO' | 'VIA';
export type StatementLink = ActorLink | 'REPORTED_IN' | 'PART_OF';
export type ActorProperty = 'name' | 'kind' | 'aliases' | 'curated';
export type ArticleProperty = 'url' | 'title' | 'language' | 'publishedAt' | 'outlet' | 'importedAt' | 'extractorVersion' | 'source';

// Every name that can reach Cypher text is in these lists (relationship types and property keys
// cannot be parameters): a shape is filtered through them before it is written into a query.
const STATEMENT_PROPERTIES: readonly StatementProperty[] = ['content', 'cue', 'cueType', 'direct', 'date', 'start', 'end', 'language', 'speakerText', 'curated'];
const ACTOR_LINKS: readonly ActorLink[] = ['SAID_BY', 'ABOUT', 'ADDRESSED_TO', 'VIA'];
const STATEMENT_LINKS: readonly StatementLink[] = [...ACTOR_LINKS, 'REPORTED_IN', 'PART_OF'];
const ACTOR_PROPERTIES: readonly ActorProperty[] = ['name', 'kind', 'aliases', 'curated'];
const ARTICLE_PROPERTIES: readonly ArticleProperty[] = ['url', 'title', 'language', 'publishedAt', 'outlet', 'importedAt', 'extractorVersion', 'source'];

/** What a statement row carries. */
export interface StatementShape {
  properties: readonly StatementProperty[];
  /** The neighbour ids read (speakerId for SAID_BY, aboutIds for ABOUT, ...). */
  links: readonly StatementLink[];
  /** Actor rows carried along: those at `links`, with `properties` (and the id). */
  actors: { links: readonly ActorLink[]; properties: readonly ActorProperty[] } | null;
  /** The article row carried along, with `properties` (and the id). */
  article: { properties: readonly ArticleProperty[] } | null;
}

/** The whole row, no neighbour rows: what the loaders by id read. */
export const STATEMENT_ROW: StatementShape = { properties: STATEMENT_PROPERTIES, links: STATEMENT_LINKS, actors: null, article: null };

/** The whole row with every neighbour row: when nothing is known about what will be read. */
export const FULL_STATEMENT: StatementShape = {
  ...STATEMENT_ROW,
  actors: { links: ACTOR_LINKS, properties: ACTOR_PROPERTIES },
  article: { properties: ARTICLE_PROPERTIES },
};

const pick = <T extends string>(allowed: readonly T[], wanted: readonly T[]): T[] => allowed.filter((name) => wanted.includes(name));

const COALESCED: Partial<Record<string, string>> = { curated: 'false', aliases: '[]' };
const property = (v: string, name: string): string => (COALESCED[name] ? `${name}: coalesce(${v}.${name}, ${COALESCED[name]})` : `.${name}`);

export const actorProjection = (v: string, properties: readonly ActorProperty[] = ACTOR_PROPERTIES): string =>
  `${v} {${['.id', ...pick(ACTOR_PROPERTIES, properties).map((p) => property(v, p))].join(', ')}}`;

export const articleProjection = (v: string, properties: readonly ArticleProperty[] = ARTICLE_PROPERTIES): string => {
  const parts = ['.id', ...pick(ARTICLE_PROPERTIES, properties).map((p) => (p === 'outlet' ? `outlet: [(${v})-[:PUBLISHED_BY]->(o) | o {.id, .name}]` : property(v, p)))];
  return `${v} {${parts.join(', ')}}`;
};

/** A statement as `shape` says (raw: read it with `statementRow`). */
export const statementProjection = (v: string, shape: StatementShape = STATEMENT_ROW): string => {
  const parts = [['.id', ...pick(STATEMENT_PROPERTIES, shape.properties).map((p) => property(v, p))].join(', ')];
  const links = pick(STATEMENT_LINKS, shape.links);
  if (links.length > 0) parts.push(`links: [(${v})-[r:${links.join('|')}]->(x) | [type(r), x.id]]`);
  const actorLinks = shape.actors ? pick(ACTOR_LINKS, shape.actors.links) : [];
  if (shape.actors && actorLinks.length > 0) {
    parts.push(`actors: [(${v})-[:${actorLinks.join('|')}]->(x) | ${actorProjection('x', shape.actors.properties)}]`);
  }
  if (shape.article) parts.push(`articles: [(${v})-[:REPORTED_IN]->(x) | ${articleProjection('x', shape.article.properties)}]`);
  return `${v} {${parts.join(',\n  ')}}`;
};

/** What the statement projections return, before `statementRow` reads it. */
export interface RawStatement extends Omit<StatementRow, 'speakerId' | 'aboutIds' | 'addresseeIds' | 'viaIds' | 'articleId' | 'parentId' | 'neighbours'> {
  links?: [string, string][];
  actors?: ActorRow[];
  articles?: RawArticle[];
}

export interface RawArticle extends Omit<ArticleRow, 'outletId' | 'outletName'> {
  outlet?: { id: string; name: string | null }[];
}

const isWhole = (shape: StatementShape): boolean =>
  STATEMENT_PROPERTIES.every((p) => shape.properties.includes(p)) && STATEMENT_LINKS.every((l) => shape.links.includes(l));

/** What a shape makes of a row, worked out once per shape rather than once per row. */
interface ShapeFacts {
  partial: boolean;
  actorsWhole: boolean;
  articleWhole: boolean;
}
const factsOfShape = new WeakMap<StatementShape, ShapeFacts>();
function shapeFacts(shape: StatementShape): ShapeFacts {
  let facts = factsOfShape.get(shape);
  if (!facts) {
    facts = {
      partial: !isWhole(shape),
      actorsWhole: !!shape.actors && ACTOR_PROPERTIES.every((p) => shape.actors!.properties.includes(p)),
      articleWhole: !!shape.article && ARTICLE_PROPERTIES.every((p) => shape.article!.properties.includes(p)),
    };
    factsOfShape.set(shape, facts);
  }
  return facts;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The typed row: neighbour ids by relationship (lists sorted: pattern comprehensions follow storage
 * order, and answers must not change between two identical requests). A row read with less than
 * the whole shape is marked `partial`: it answers the fields it was read for, and is never cached
 * where another part of a request could ask it for more. Reuses `raw` (rows are converted once,
 * straight from the driver).
 */
export function statementRow(raw: RawStatement, shape: StatementShape = STATEMENT_ROW): StatementRow {
  const { links, actors, articles } = raw;
  const row = raw as unknown as StatementRow & { links?: unknown; actors?: unknown; articles?: unknown };
  delete row.links;
  delete row.actors;
  delete row.articles;
  const about: string[] = [];
  const addressees: string[] = [];
  const via: string[] = [];
  row.speakerId = null;
  row.articleId = null;
  row.parentId = null;
  for (const [type, id] of links ?? []) {
    switch (type) {
      case 'SAID_BY':
        if (row.speakerId === null || id < row.speakerId) row.speakerId = id;
        break;
      case 'ABOUT':
        about.push(id);
        break;
      case 'ADDRESSED_TO':
        addressees.push(id);
        break;
      case 'VIA':
        via.push(id);
        break;
      case 'REPORTED_IN':
        if (row.articleId === null || id < row.articleId) row.articleId = id;
        break;
      case 'PART_OF':
        if (row.parentId === null || id < row.parentId) row.parentId = id;
        break;
    }
  }
  row.aboutIds = about.sort(byId);
  row.addresseeIds = addressees.sort(byId);
  row.viaIds = via.sort(byId);
  row.direct ??= false;
  row.curated ??= false;
  const facts = shapeFacts(shape);
  if (facts.partial) row.partial = true;
  if (actors || articles) {
    row.neighbours = {
      actors: actors ?? [],
      article: articles?.[0] ? articleRow(articles[0]) : null,
      actorsWhole: facts.actorsWhole,
      articleWhole: facts.articleWhole,
    };
  }
  return row;
}

export function articleRow(raw: RawArticle): ArticleRow {
  const { outlet } = raw;
  const row = raw as unknown as ArticleRow & { outlet?: unknown };
  delete row.outlet;
  if (outlet) {
    row.outletId = outlet[0]?.id ?? null;
    row.outletName = outlet[0]?.name ?? null;
  }
  return row;
}
