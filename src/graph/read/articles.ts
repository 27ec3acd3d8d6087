// Questions about articles: by id or URL, listed by filter, and the actors each mentions.
import type { Language } from '../../extract/types.ts';
import { articleId, canonicalUrl } from '../identity.ts';
import {
  actorProjection,
  articleProjection,
  articleRow,
  statementProjection,
  statementRow,
  type RawArticle,
  type RawStatement,
  type StatementShape,
} from './projections.ts';
import { afterCondition, keyReturn, orderByClause, type KeyValue, type SortKey } from './keyset.ts';
import { ORDER_BY, ORDER_KEYS } from './statements.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorRow, ArticleRow, Page, PageRequest, StatementRow } from './types.ts';
import { int } from './values.ts';

export async function articlesByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const found = await rows<{ article: RawArticle }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleProjection('a')} AS article`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map(({ article }) => [article.id, articleRow(article)]));
}

/** The article stored for a URL: its id is derived from the canonical URL (src/graph/identity.ts). */
export async function articleByUrl(tx: Tx, url: string): Promise<ArticleRow | null> {
  const id = articleIdOfUrl(url);
  if (!id) return null;
  const found = await rows<{ article: RawArticle }>(
    tx,
    `MATCH (a:Article) WHERE a.id = $id OR a.url = $url RETURN ${articleProjection('a')} AS article LIMIT 1`,
    { id, url },
  );
  return found[0] ? articleRow(found[0].article) : null;
}

/** Null when `url` is not a URL: nothing can be stored under it. */
function articleIdOfUrl(url: string): string | null {
  try {
    return articleId({ url: canonicalUrl(url), text: '' });
  } catch {
    return null;
  }
}

export interface ArticleWithStatements {
  article: ArticleRow;
  statements: Page<StatementRow>;
  /** Null unless asked for. */
  total: number | null;
}

/**
 * An article (by id or URL) and one page of its statements in text order, in ONE query: what
 * `article(url) { statements { ... } }` asks, without a round trip between the two.
 */
export async function articleWithStatements(
  tx: Tx,
  ref: { id: string } | { url: string },
  page: PageRequest,
  options: { withTotal: boolean; shape: StatementShape },
): Promise<ArticleWithStatements | null> {
  const id = 'id' in ref ? ref.id : articleIdOfUrl(ref.url);
  if (!id) return null;
  const after = page.after ? afterCondition(ORDER_KEYS.POSITION, page.after) : null;
  const found = await rows<{ article: RawArticle; statements: { key: KeyValue[]; statement: RawStatement }[]; total: number | null }>(
    tx,
    `MATCH (a:Article) WHERE a.id = $id OR a.url = $url
     WITH a LIMIT 1
     CALL {
       WITH a
       MATCH (a)<-[:REPORTED_IN]-(s:Statement)${after ? ` WHERE ${after.where}` : ''}
       WITH s ORDER BY ${ORDER_BY.POSITION}
       LIMIT $limit
       RETURN collect({key: ${keyReturn(ORDER_KEYS.POSITION)}, statement: ${statementProjection('s', options.shape)}}) AS statements
     }
     RETURN ${articleProjection('a')} AS article, statements,
            ${options.withTotal ? 'COUNT { (a)<-[:REPORTED_IN]-(:Statement) }' : 'null'} AS total`,
    { id, url: 'url' in ref ? ref.url : null, ...(after?.params ?? {}), limit: int(page.limit + 1) },
  );
  const row = found[0];
  if (!row) return null;
  const kept = row.statements.slice(0, page.limit);
  return {
    article: articleRow(row.article),
    statements: { rows: kept.map((s) => statementRow(s.statement, options.shape)), keys: kept.map((s) => s.key), hasMore: row.statements.length > page.limit },
    total: row.total,
  };
}

export interface ArticleQuery {
  language?: Language | null;
  outletId?: string | null;
  from?: string | null;
  to?: string | null;
  mentionsActorId?: string | null;
}

/** Newest first, undated last, then id. */
const ARTICLE_ORDER: SortKey[] = [{ expr: 'a.publishedAt', desc: true, param: (p) => `date(${p})` }, { expr: 'a.id', notNull: true }];

export async function findArticles(tx: Tx, query: ArticleQuery, page: PageRequest): Promise<Page<ArticleRow>> {
  const { match, params } = articleMatch(query);
  const after = page.after ? afterCondition(ARTICLE_ORDER, page.after) : null;
  const found = await rows<{ key: KeyValue[]; article: RawArticle }>(
    tx,
    `${match}
     WITH a${after ? ` WHERE ${after.where}` : ''}
     ORDER BY ${orderByClause(ARTICLE_ORDER)}
     LIMIT $limit
     RETURN ${keyReturn(ARTICLE_ORDER)} AS key, ${articleProjection('a')} AS article`,
    { ...params, ...(after?.params ?? {}), limit: int(page.limit + 1) },
  );
  const kept = found.slice(0, page.limit);
  return { rows: kept.map((r) => articleRow(r.article)), keys: kept.map((r) => r.key), hasMore: found.length > page.limit };
}

export async function countArticles(tx: Tx, query: ArticleQuery): Promise<number> {
  const { match, params } = articleMatch(query);
  const [row] = await rows<{ total: number }>(tx, `${match} RETURN count(a) AS total`, params);
  return row?.total ?? 0;
}

function articleMatch(query: ArticleQuery): { match: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let match = 'MATCH (a:Article)';
  if (query.mentionsActorId) {
    params.actorId = query.mentionsActorId;
    match = 'MATCH (:Actor {id: $actorId})<-[:MENTIONS]-(a:Article)';
  }
  if (query.outletId) {
    params.outletId = query.outletId;
    where.push('EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet {id: $outletId}) }');
  }
  if (query.language) {
    params.language = query.language;
    where.push('a.language = $language');
  }
  if (query.from) {
    params.from = query.from;
    where.push('a.publishedAt >= date($from)');
  }
  if (query.to) {
    params.to = query.to;
    where.push('a.publishedAt <= date($to)');
  }
  return { match: where.length > 0 ? `${match}\nWHERE ${where.join(' AND ')}` : match, params };
}

/** The actors each article mentions, most mentioned first. */
export async function mentionsOfArticles(tx: Tx, ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
  const found = await rows<{ id: string; actors: ActorRow[] }>(
    tx,
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Actor)
     WITH id, x, m ORDER BY m.count DESC, x.id
     RETURN id, [y IN collect(x) | ${actorProjection('y')}] AS actors`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((r) => [r.id, r.actors]));
}

/** The texts of articles, by id (for evidence sentences and `Article.text`). */
export async function articleTexts(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await rows<{ id: string; text: string }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, coalesce(a.text, '') AS text`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((r) => [r.id, r.text]));
}
