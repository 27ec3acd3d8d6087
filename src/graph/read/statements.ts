// Questions about statements: by id, and the filtered, ordered, paged list behind `statements`,
// `whoSaidWhatAbout`, `Actor.statements` and `Article.statements`. The filter becomes one query whose
// shape depends on which fields are set; every value travels as a parameter.
import type { CueType, Language } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndex } from './fulltext.ts';
import { FULL_STATEMENT, statementProjection, statementRow, type RawStatement, type StatementShape } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { Page, PageRequest, StatementRow } from './types.ts';
import { int } from './values.ts';

export async function statementsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, StatementRow>> {
  const found = await rows<{ statement: RawStatement }>(
    tx,
    `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${statementProjection('s')} AS statement`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map(({ statement }) => [statement.id, statementRow(statement)]));
}

/** The statements nested in each parent (child -[:PART_OF]-> parent), in text order. */
export async function childrenOfStatements(tx: Tx, parentIds: readonly string[]): Promise<Map<string, StatementRow[]>> {
  const found = await rows<{ parent: string; children: RawStatement[] }>(
    tx,
    `UNWIND $ids AS id
     MATCH (p:Statement {id: id})
     OPTIONAL MATCH (c:Statement)-[:PART_OF]->(p)
     WITH id, c ORDER BY c.start, c.id
     RETURN id AS parent, [x IN collect(c) | ${statementProjection('x')}] AS children`,
    { ids: [...new Set(parentIds)] },
  );
  return new Map(found.map((r) => [r.parent, r.children.map((c) => statementRow(c))]));
}

/** Actor filters are ids here: the API resolves names to actors first. */
export interface StatementQuery {
  speakerId?: string | null;
  aboutId?: string | null;
  /** About the actor or addressed to it: what `whoSaidWhatAbout` asks ("Putin reminded Trump ..." concerns Trump). */
  concernsId?: string | null;
  addresseeId?: string | null;
  viaId?: string | null;
  articleId?: string | null;
  cueTypes?: readonly CueType[] | null;
  direct?: boolean | null;
  language?: Language | null;
  from?: string | null;
  to?: string | null;
  outletId?: string | null;
  text?: string | null;
}

/** DATE_* for lists across articles; POSITION (text order) for the statements of one article. */
export type StatementOrder = 'DATE_DESC' | 'DATE_ASC' | 'POSITION';

// Undated statements last in both date directions; the id breaks ties so pages never overlap.
export const ORDER_BY: Record<StatementOrder, string> = {
  DATE_DESC: 's.date IS NULL, s.date DESC, s.id',
  DATE_ASC: 's.date IS NULL, s.date ASC, s.id',
  POSITION: 's.start, s.id',
};

export async function findStatements(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  shape: StatementShape = FULL_STATEMENT,
): Promise<Page<StatementRow>> {
  const { cypher, params } = await statementPageCypher(tx, query, order, page, false, shape);
  const found = await rows<{ statement: RawStatement }>(tx, cypher, params);
  return { rows: found.slice(0, page.limit).map((r) => statementRow(r.statement, shape)), hasMore: found.length > page.limit };
}

/**
 * The page and the total in ONE pass over the matching statements (for clients that ask for both):
 * collected, counted, then ordered with a top-k sort (ORDER BY ... LIMIT keeps only skip + limit
 * rows in memory) instead of a second query walking the same statements.
 */
export async function findStatementsWithTotal(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  shape: StatementShape = FULL_STATEMENT,
): Promise<Page<StatementRow> & { total: number }> {
  const { cypher, params } = await statementPageCypher(tx, query, order, page, true, shape);
  const found = await rows<{ total: number; statement: RawStatement }>(tx, cypher, params);
  // A page past the end has no row to carry the total: counted separately (only then).
  const total = found[0]?.total ?? (page.skip > 0 ? await countStatements(tx, query) : 0);
  return { rows: found.slice(0, page.limit).map((r) => statementRow(r.statement, shape)), hasMore: found.length > page.limit, total };
}

/** The Cypher and parameters of one page (one more row than asked, to know whether more follow). */
export async function statementPageCypher(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  withTotal: boolean,
  shape: StatementShape = FULL_STATEMENT,
): Promise<{ cypher: string; params: Record<string, unknown> }> {
  const { match, params } = await statementMatch(tx, query);
  const paging = { skip: int(page.skip), limit: int(page.limit + 1) };
  const cypher = withTotal
    ? `${match}
WITH DISTINCT s
WITH collect(s) AS found
UNWIND found AS s
WITH s, size(found) AS total
ORDER BY ${ORDER_BY[order]}
SKIP $skip LIMIT $limit
RETURN total, ${statementProjection('s', shape)} AS statement`
    : `${match}
WITH DISTINCT s
ORDER BY ${ORDER_BY[order]}
SKIP $skip LIMIT $limit
RETURN ${statementProjection('s', shape)} AS statement`;
  return { cypher, params: { ...params, ...paging } };
}

export async function countStatements(tx: Tx, query: StatementQuery): Promise<number> {
  const { match, params } = await statementMatch(tx, query);
  const [row] = await rows<{ total: number }>(tx, `${match} RETURN count(DISTINCT s) AS total`, params);
  return row?.total ?? 0;
}

/**
 * The MATCH/WHERE part for a filter. Actor and article filters are anchored patterns on unique
 * ids, so the planner starts from the (indexed) actor rather than scanning every statement.
 */
async function statementMatch(tx: Tx, query: StatementQuery): Promise<{ match: string; params: Record<string, unknown> }> {
  const params: Record<string, unknown> = {};
  const lines: string[] = [];
  const where: string[] = [];

  const text = query.text ? allWordsQuery(query.text) : null;
  if (text) {
    params.textQuery = text;
    params.textIndex = await fulltextIndex(tx, 'statement_content', query.language ?? analyzerLanguage(query.text ?? ''));
    lines.push(`CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node AS s`);
  } else if (query.concernsId) {
    lines.push(`MATCH (:Actor {id: $concernsId})<-[:ABOUT|ADDRESSED_TO]-(s:Statement)`);
  } else if (query.aboutId) {
    lines.push(`MATCH (:Actor {id: $aboutId})<-[:ABOUT]-(s:Statement)`);
  } else if (query.speakerId) {
    lines.push(`MATCH (:Actor {id: $speakerId})<-[:SAID_BY]-(s:Statement)`);
  } else if (query.articleId) {
    lines.push(`MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(s:Statement)`);
  } else {
    lines.push(`MATCH (s:Statement)`);
  }
  const anchored = (field: keyof StatementQuery, pattern: string) => {
    if (!query[field]) return;
    params[field] = query[field];
    if (!lines[0]?.includes(`$${field}`)) where.push(`EXISTS { ${pattern} }`);
  };
  anchored('concernsId', '(s)-[:ABOUT|ADDRESSED_TO]->(:Actor {id: $concernsId})');
  anchored('aboutId', '(s)-[:ABOUT]->(:Actor {id: $aboutId})');
  anchored('speakerId', '(s)-[:SAID_BY]->(:Actor {id: $speakerId})');
  anchored('addresseeId', '(s)-[:ADDRESSED_TO]->(:Actor {id: $addresseeId})');
  anchored('viaId', '(s)-[:VIA]->(:Actor {id: $viaId})');
  anchored('articleId', '(s)-[:REPORTED_IN]->(:Article {id: $articleId})');
  anchored('outletId', '(s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(:Outlet {id: $outletId})');

  if (query.cueTypes && query.cueTypes.length > 0) {
    params.cueTypes = [...query.cueTypes];
    where.push('s.cueType IN $cueTypes');
  }
  if (query.direct !== null && query.direct !== undefined) {
    params.direct = query.direct;
    where.push('s.direct = $direct');
  }
  if (query.language) {
    params.language = query.language;
    where.push('s.language = $language');
  }
  if (query.from) {
    params.from = query.from;
    where.push('s.date >= date($from)');
  }
  if (query.to) {
    params.to = query.to;
    where.push('s.date <= date($to)');
  }
  if (where.length > 0) lines.push(`WHERE ${where.join('\n  AND ')}`);
  return { match: lines.join('\n'), params };
}

/** Lists of statements that belong to one parent: an article's (text order) or a speaker's (newest first). */
export type StatementParent = 'ARTICLE' | 'SPEAKER';

const PARENT: Record<StatementParent, { pattern: string; order: StatementOrder }> = {
  ARTICLE: { pattern: '(:Article {id: id})<-[:REPORTED_IN]-(s:Statement)', order: 'POSITION' },
  SPEAKER: { pattern: '(:Actor {id: id})<-[:SAID_BY]-(s:Statement)', order: 'DATE_DESC' },
};

/**
 * The same page of statements for each of several parents, in ONE query: what
 * `articles { nodes { statements { ... } } }` needs (one query for the whole list, not one per
 * article). Parents without statements get an empty page.
 */
export async function statementPagesOfParents(
  tx: Tx,
  parent: StatementParent,
  ids: readonly string[],
  page: PageRequest,
  options: { withTotal: boolean; shape: StatementShape },
): Promise<Map<string, Page<StatementRow> & { total: number | null }>> {
  const { pattern, order } = PARENT[parent];
  const found = await rows<{ id: string; statements: RawStatement[]; total: number | null }>(
    tx,
    `UNWIND $ids AS id
     CALL {
       WITH id
       OPTIONAL MATCH ${pattern}
       WITH s ORDER BY ${ORDER_BY[order]}
       SKIP $skip LIMIT $limit
       RETURN collect(${statementProjection('s', options.shape)}) AS statements
     }
     RETURN id, statements, ${options.withTotal ? `COUNT { MATCH ${pattern} }` : 'null'} AS total`,
    { ids: [...new Set(ids)], skip: int(page.skip), limit: int(page.limit + 1) },
  );
  return new Map(
    found.map((r) => [
      r.id,
      {
        rows: r.statements.slice(0, page.limit).map((s) => statementRow(s, options.shape)),
        hasMore: r.statements.length > page.limit,
        total: r.total,
      },
    ]),
  );
}
