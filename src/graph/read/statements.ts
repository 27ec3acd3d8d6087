// Questions about statements: by id, and the filtered, ordered, paged list behind `statements`,
// `whoSaidWhatAbout`, `Actor.statements` and `Article.statements`. The filter becomes one query whose
// shape depends on which fields are set; every value travels as a parameter.
import type { CueType, Language } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndex } from './fulltext.ts';
import { FULL_STATEMENT, statementProjection, statementRow, type RawStatement, type StatementShape } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { Page, PageRequest, StatementRow } from './types.ts';
import { afterCondition, keyReturn, orderByClause, type KeyValue, type SortKey } from './keyset.ts';
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
  /** The reports of a claim (its REPORTS edges). */
  claimId?: string | null;
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

// effectiveDate is the statement's own date, else its article's (written with the statement,
// cypher/write/articles.cypher): 96% of statements have no date of their own, and a list "newest
// first" must still put today's article first. Cursor values of dates travel as 'YYYY-MM-DD'.
const EFFECTIVE_DATE = 's.effectiveDate';
const byDate = (desc: boolean): SortKey[] => [
  { expr: EFFECTIVE_DATE, desc, param: (p) => `date(${p})` },
  { expr: 's.id', notNull: true },
];

/** The sort keys of each order (the last one an id, so pages never overlap); undated statements last. */
export const ORDER_KEYS: Record<StatementOrder, SortKey[]> = {
  DATE_DESC: byDate(true),
  DATE_ASC: byDate(false),
  POSITION: [{ expr: 's.start' }, { expr: 's.id', notNull: true }],
};

export const ORDER_BY: Record<StatementOrder, string> = {
  DATE_DESC: orderByClause(ORDER_KEYS.DATE_DESC),
  DATE_ASC: orderByClause(ORDER_KEYS.DATE_ASC),
  POSITION: orderByClause(ORDER_KEYS.POSITION),
};

/** A page of statements and, when asked, how many match in all. */
export type StatementPage = Page<StatementRow> & { total: number | null };

export async function findStatements(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  shape: StatementShape = FULL_STATEMENT,
): Promise<StatementPage> {
  return statementPage(tx, query, order, page, false, shape);
}

/** The same, with the total. */
export async function findStatementsWithTotal(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  shape: StatementShape = FULL_STATEMENT,
): Promise<StatementPage & { total: number }> {
  return statementPage(tx, query, order, page, true, shape) as Promise<StatementPage & { total: number }>;
}

interface RawPageRow {
  key: KeyValue[];
  statement: RawStatement;
  total?: number;
}

function toPage(found: Pick<RawPageRow, 'key' | 'statement'>[], limit: number, shape: StatementShape): Page<StatementRow> {
  const kept = found.slice(0, limit);
  return { rows: kept.map((r) => statementRow(r.statement, shape)), keys: kept.map((r) => r.key), hasMore: found.length > limit };
}

/**
 * One page, by the cheaper of two plans:
 *   - expand: from the anchor (the actor, the article, the full-text hits) to its statements, then
 *     a top-k sort: cost grows with the anchor's statements;
 *   - scan: walk the effectiveDate index in the page's order and keep the statements of the anchor:
 *     cost grows with (page size / the anchor's share of all statements). For an actor with tens of
 *     thousands of statements the first 21 are found after a few hundred index entries, where the
 *     sort would read every one of them (BENCHMARKS.md, "at a million statements").
 * The plan is picked from the anchor's degree (read from Neo4j's degree store, not counted), which
 * is also the total when the anchor is the whole filter.
 */
async function statementPage(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  withTotal: boolean,
  shape: StatementShape,
): Promise<StatementPage> {
  const one = await anchoredPage(tx, query, order, page, withTotal, shape);
  if (one) return one;
  const degrees = order !== 'POSITION' && !query.text ? await anchorDegrees(tx, query) : null;
  if (degrees && scanPays(degrees, page, query)) {
    const found = await scanPage(tx, query, order, page, shape);
    const total = withTotal ? (exactTotal(degrees, query) ?? (await countStatements(tx, query))) : null;
    return { ...found, total };
  }
  const known = degrees && withTotal ? exactTotal(degrees, query) : null;
  const { cypher, params } = await statementPageCypher(tx, query, order, page, withTotal && known === null, shape);
  const found = await rows<RawPageRow>(tx, cypher, params);
  // A page past the end has no row to carry the total: counted separately (only then).
  const total = !withTotal ? null : (known ?? found[0]?.total ?? (page.after ? await countStatements(tx, query) : 0));
  return { ...toPage(found, page.limit, shape), total };
}

interface RawAnchoredRow extends Omit<RawPageRow, 'total'> {
  /** The anchor's degree (its statements) and the graph's statement count: what picked the plan. */
  anchor: number;
  all: number;
  /** true: the scan plan's branch answered (its undated tail may still have to be read). */
  scanned: boolean;
  total: number | null;
}

/**
 * A list anchored on one actor (whoSaidWhatAbout, statements(filter: {speaker}), ...), newest or
 * oldest first, in ONE query: the anchor's degrees, the choice of plan (scanPays, evaluated by
 * Neo4j on those degrees) and the page by that plan, each branch of a UNION guarded by the choice.
 * It replaces two round trips (the degrees, then the page), which cost as much as the page itself
 * for most actors (BENCHMARKS.md, "at a million statements"). Null when it does not apply, or when
 * the page came back empty (which branch ran is then unknown; rare: an empty list, or past its
 * end): the caller takes the step-by-step path, whose answers are the same.
 */
async function anchoredPage(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  withTotal: boolean,
  shape: StatementShape,
): Promise<StatementPage | null> {
  const built = anchoredPageCypher(query, order, page, withTotal, shape);
  if (!built) return null;
  const found = await rows<RawAnchoredRow>(tx, built.cypher, built.params);
  const first = found[0];
  if (!first) return null;
  if (first.scanned && found.length < page.limit + 1) {
    // Past the dated statements: the undated tail, from the anchor (as scanPage does).
    found.push(...((await undatedTail(tx, query, order, null, page.limit + 1 - found.length, shape)) as RawAnchoredRow[]));
  }
  const total = !withTotal ? null : isExactTotal(query) ? first.anchor : (first.total ?? (await countStatements(tx, query)));
  return { ...toPage(found, page.limit, shape), total };
}

/**
 * The Cypher of anchoredPage (exported for the snapshot tests); null when the list is not one
 * actor's in date order, or its cursor is already in the undated tail. Both branches are the
 * queries the step-by-step path runs (scanPage's dated walk, statementPageCypher's expand), so the
 * answers cannot differ; the scan's row estimate is `$scanWeight * all / anchor` (scanPays).
 */
export function anchoredPageCypher(
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  withTotal: boolean,
  shape: StatementShape = FULL_STATEMENT,
): { cypher: string; params: Record<string, unknown> } | null {
  const anchor = actorAnchor(query);
  if (order === 'POSITION' || query.text || !anchor) return null;
  if (page.after !== null && page.after[0] === null) return null;
  const [field, type] = anchor;
  const keys = ORDER_KEYS[order];
  const desc = order === 'DATE_DESC';
  // No full-text filter here (checked above), so statementMatch never reads from the transaction.
  const scan = statementMatchSync(query, { anchorsAsFilters: true });
  const expand = statementMatchSync(query);
  // The scan branch's index seek starts at `scanFrom`: the cursor's date (or the end of time) when
  // the scan pays, null when it does not, so that the seek finds nothing and the branch costs
  // nothing. A guard in a WHERE would not do: the planner applies it after the index scan, which
  // then walks the whole index for every actor whose list is expanded (PROFILE: 287k rows).
  const after = page.after ? afterCondition(keys, page.after) : null;
  const dated = [`${EFFECTIVE_DATE} ${desc ? '<=' : '>='} scanFrom`, ...scan.where, ...(after ? [after.where] : [])];
  const endOfTime = desc ? `date('+999999999-12-31')` : `date('-999999999-01-01')`;
  // The expand branch collects for the total only when the degree is not already the total.
  const countInBranch = withTotal && !isExactTotal(query);
  const expandMatch = expand.match.split('\n').join('\n  ');
  const expandBranch = countInBranch
    ? `${expandMatch}
  WITH DISTINCT s
  WITH collect(s) AS found
  UNWIND found AS s
  WITH s, size(found) AS total${after ? `\n  WHERE ${after.where}` : ''}
  ORDER BY ${ORDER_BY[order]}
  LIMIT $limit
  RETURN s, false AS scanned, total`
    : `${expandMatch}
  WITH DISTINCT s${after ? `\n  WHERE ${after.where}` : ''}
  ORDER BY ${ORDER_BY[order]}
  LIMIT $limit
  RETURN s, false AS scanned, null AS total`;
  const scanIf = 'anchor > $scanMin AND $scanWeight * all < toFloat(anchor) * anchor';
  const cypher = `MATCH (x:Actor {id: $${field}})
WITH COUNT { (x)<-[:${type}]-() } AS anchor, COUNT { MATCH (:Statement) } AS all
WITH anchor, all, CASE WHEN ${scanIf} THEN ${after ? 'date($afterDate)' : endOfTime} END AS scanFrom
CALL {
  WITH scanFrom
  MATCH (s:Statement) USING INDEX s:Statement(effectiveDate)
  WHERE ${dated.join('\n    AND ')}
  WITH s ORDER BY ${EFFECTIVE_DATE}${desc ? ' DESC' : ''}, s.id
  LIMIT $limit
  RETURN s, true AS scanned, null AS total
  UNION ALL
  WITH anchor, all
  WITH anchor, all WHERE NOT (${scanIf})
  ${expandBranch}
}
RETURN anchor, all, scanned, total, ${keyReturn(keys)} AS key, ${statementProjection('s', shape)} AS statement`;
  return {
    cypher,
    params: {
      ...scan.params,
      ...expand.params,
      ...(after ? { ...after.params, afterDate: page.after![0] } : {}),
      limit: int(page.limit + 1),
      scanMin: int(SCAN_MIN_STATEMENTS),
      scanWeight: 4 * (page.limit + 1) * 10 ** extraFilters(query),
    },
  };
}

/** The Cypher and parameters of one page by the expand plan (one more row than asked, to know whether more follow). */
export async function statementPageCypher(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  page: PageRequest,
  withTotal: boolean,
  shape: StatementShape = FULL_STATEMENT,
): Promise<{ cypher: string; params: Record<string, unknown> }> {
  const { match, params } = await statementMatch(tx, query);
  const after = page.after ? afterCondition(ORDER_KEYS[order], page.after) : null;
  const limit = { limit: int(page.limit + 1) };
  const key = keyReturn(ORDER_KEYS[order]);
  // With the total: collected and counted BEFORE the cursor's condition (the total is of the whole
  // list), then a top-k sort (ORDER BY ... LIMIT keeps only `limit` rows in memory) instead of a
  // second query walking the same statements.
  const cypher = withTotal
    ? `${match}
WITH DISTINCT s
WITH collect(s) AS found
UNWIND found AS s
WITH s, size(found) AS total${after ? `\nWHERE ${after.where}` : ''}
ORDER BY ${ORDER_BY[order]}
LIMIT $limit
RETURN total, ${key} AS key, ${statementProjection('s', shape)} AS statement`
    : `${match}
WITH DISTINCT s${after ? `\nWHERE ${after.where}` : ''}
ORDER BY ${ORDER_BY[order]}
LIMIT $limit
RETURN ${key} AS key, ${statementProjection('s', shape)} AS statement`;
  return { cypher, params: { ...params, ...(after?.params ?? {}), ...limit } };
}

export async function countStatements(tx: Tx, query: StatementQuery): Promise<number> {
  const { match, params } = await statementMatch(tx, query);
  const [row] = await rows<{ total: number }>(tx, `${match} RETURN count(DISTINCT s) AS total`, params);
  return row?.total ?? 0;
}

/** Relationship counts of the list's anchor, and of the whole graph (the scan plan's odds). */
interface AnchorDegrees {
  /** The anchor's statements: each has one edge to it, so the degree is the exact count. */
  anchor: number;
  all: number;
}

const ANCHORS = [
  ['concernsId', 'CONCERNS'],
  ['aboutId', 'ABOUT'],
  ['speakerId', 'SAID_BY'],
] as const;

function actorAnchor(query: StatementQuery): (typeof ANCHORS)[number] | null {
  if (query.articleId || query.claimId) return null;
  return ANCHORS.find(([field]) => !!query[field]) ?? null;
}

/** Degrees come from the degree store (COUNT of one hop is not a walk); null when the list has no such anchor. */
async function anchorDegrees(tx: Tx, query: StatementQuery): Promise<AnchorDegrees | null> {
  const anchor = actorAnchor(query);
  if (!anchor && hasOtherAnchor(query)) return null;
  const allCount = 'COUNT { MATCH (:Statement) }';
  if (!anchor) {
    const [row] = await rows<{ all: number }>(tx, `RETURN ${allCount} AS all`);
    return { anchor: row?.all ?? 0, all: row?.all ?? 0 };
  }
  const [field] = anchor;
  // `concerns` is CONCERNS, not ABOUT|ADDRESSED_TO: a statement about an actor AND addressed to it
  // has one CONCERNS edge (written with the statement), so its degree is the exact count, with no
  // walk over the ADDRESSED_TO edges to find the overlap.
  const cypher = `MATCH (x:Actor {id: $id})
         RETURN COUNT { (x)<-[:${anchor[1]}]-() } AS anchor, ${allCount} AS all`;
  const [row] = await rows<AnchorDegrees>(tx, cypher, { id: query[field] });
  return row ?? { anchor: 0, all: 0 };
}

function hasOtherAnchor(query: StatementQuery): boolean {
  return !!(query.addresseeId || query.viaId || query.articleId || query.claimId || query.outletId || query.text);
}

/** Filters besides the anchor and the date range (they lower the share of scanned rows that match). */
function extraFilters(query: StatementQuery): number {
  const anchor = actorAnchor(query)?.[0];
  return (Object.keys(query) as (keyof StatementQuery)[]).filter(
    (k) => k !== anchor && k !== 'from' && k !== 'to' && query[k] !== null && query[k] !== undefined && !(Array.isArray(query[k]) && (query[k] as unknown[]).length === 0),
  ).length;
}

/** Whether the anchor's degree is the list's total: the anchor is the whole filter. */
function isExactTotal(query: StatementQuery): boolean {
  return extraFilters(query) === 0 && !query.from && !query.to;
}

/** The total without counting: the anchor's degree, when the anchor is the whole filter. */
function exactTotal(degrees: AnchorDegrees, query: StatementQuery): number | null {
  return isExactTotal(query) ? degrees.anchor : null;
}

/**
 * Scanning reads about (limit + 1) * all / anchor index entries, expanding reads `anchor`
 * statements: scan when that is clearly fewer. Each extra filter is assumed to keep one row in
 * ten, so the scan's estimate grows tenfold per filter.
 */
function scanPays(degrees: AnchorDegrees, page: PageRequest, query: StatementQuery): boolean {
  if (degrees.anchor === 0) return false;
  const scanned = ((page.limit + 1) * degrees.all * 10 ** extraFilters(query)) / degrees.anchor;
  return degrees.anchor > SCAN_MIN_STATEMENTS && scanned * 4 < degrees.anchor;
}

/** Below this, a top-k sort of the anchor's statements is cheap whatever the graph's size. */
const SCAN_MIN_STATEMENTS = 2_000;

/**
 * The scan plan: dated statements in index order (from the cursor on), then the undated ones by
 * id. The index hint keeps the planner from starting at the actor, which its estimates prefer.
 */
async function scanPage(tx: Tx, query: StatementQuery, order: StatementOrder, page: PageRequest, shape: StatementShape): Promise<Page<StatementRow>> {
  const { where, params } = await statementMatch(tx, query, { anchorsAsFilters: true });
  const keys = ORDER_KEYS[order];
  const desc = order === 'DATE_DESC';
  const limit = page.limit + 1;
  const found: RawPageRow[] = [];
  const conditions = [...where];
  const extra: Record<string, unknown> = {};
  const afterUndated = page.after !== null && page.after[0] === null;
  if (!afterUndated) {
    const dated = [`${EFFECTIVE_DATE} IS NOT NULL`, ...conditions];
    if (page.after) {
      // The range predicate lets the index seek to the cursor instead of scanning up to it.
      dated.push(`${EFFECTIVE_DATE} ${desc ? '<=' : '>='} date($afterDate)`);
      extra.afterDate = page.after[0];
      const after = afterCondition(keys, page.after);
      dated.push(after.where);
      Object.assign(extra, after.params);
    }
    found.push(
      ...(await rows<RawPageRow>(
        tx,
        `MATCH (s:Statement) USING INDEX s:Statement(effectiveDate)
WHERE ${dated.join('\n  AND ')}
ORDER BY ${EFFECTIVE_DATE}${desc ? ' DESC' : ''}, s.id
LIMIT $limit
RETURN ${keyReturn(keys)} AS key, ${statementProjection('s', shape)} AS statement`,
        { ...params, ...extra, limit: int(limit) },
      )),
    );
  }
  if (found.length < limit) found.push(...(await undatedTail(tx, query, order, afterUndated ? page.after : null, limit - found.length, shape)));
  return toPage(found, page.limit, shape);
}

/** The undated tail of a scanned list (statements of undated articles): few, read from the anchor, by id. */
async function undatedTail(
  tx: Tx,
  query: StatementQuery,
  order: StatementOrder,
  after: readonly KeyValue[] | null,
  limit: number,
  shape: StatementShape,
): Promise<RawPageRow[]> {
  const keys = ORDER_KEYS[order];
  const { match, params } = await statementMatch(tx, query);
  const undated = after ? afterCondition(keys, after) : null;
  return rows<RawPageRow>(
    tx,
    `${match}
WITH DISTINCT s WHERE ${EFFECTIVE_DATE} IS NULL${undated ? ` AND ${undated.where}` : ''}
ORDER BY s.id
LIMIT $limit
RETURN ${keyReturn(keys)} AS key, ${statementProjection('s', shape)} AS statement`,
    { ...params, ...(undated?.params ?? {}), limit: int(limit) },
  );
}

/**
 * The MATCH/WHERE part for a filter. Actor and article filters are anchored patterns on unique
 * ids, so the planner starts from the (indexed) actor rather than scanning every statement.
 */
async function statementMatch(
  tx: Tx,
  query: StatementQuery,
  options: { anchorsAsFilters?: boolean } = {},
): Promise<{ match: string; where: string[]; params: Record<string, unknown> }> {
  // The one part that needs the graph: which full-text index serves the text's language.
  const textIndex = query.text ? await fulltextIndex(tx, 'statement_content', query.language ?? analyzerLanguage(query.text)) : null;
  return statementMatchSync(query, options, textIndex);
}

/** statementMatch, given the full-text index when the query has a text (null: none). */
function statementMatchSync(
  query: StatementQuery,
  options: { anchorsAsFilters?: boolean } = {},
  textIndex: string | null = null,
): { match: string; where: string[]; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const lines: string[] = [];
  const where: string[] = [];

  const text = query.text ? allWordsQuery(query.text) : null;
  if (text) {
    if (textIndex === null) throw new Error('a text filter needs its full-text index');
    params.textQuery = text;
    params.textIndex = textIndex;
    lines.push(`CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node AS s`);
  } else if (options.anchorsAsFilters) {
    lines.push(`MATCH (s:Statement)`);
  } else if (query.concernsId) {
    lines.push(`MATCH (:Actor {id: $concernsId})<-[:CONCERNS]-(s:Statement)`);
  } else if (query.aboutId) {
    lines.push(`MATCH (:Actor {id: $aboutId})<-[:ABOUT]-(s:Statement)`);
  } else if (query.speakerId) {
    lines.push(`MATCH (:Actor {id: $speakerId})<-[:SAID_BY]-(s:Statement)`);
  } else if (query.articleId) {
    lines.push(`MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(s:Statement)`);
  } else if (query.claimId) {
    lines.push(`MATCH (:Claim {id: $claimId})<-[:REPORTS]-(s:Statement)`);
  } else {
    lines.push(`MATCH (s:Statement)`);
  }
  const anchored = (field: keyof StatementQuery, pattern: string) => {
    if (!query[field]) return;
    params[field] = query[field];
    if (!lines[0]?.includes(`$${field}`)) where.push(`EXISTS { ${pattern} }`);
  };
  anchored('concernsId', '(s)-[:CONCERNS]->(:Actor {id: $concernsId})');
  anchored('aboutId', '(s)-[:ABOUT]->(:Actor {id: $aboutId})');
  anchored('speakerId', '(s)-[:SAID_BY]->(:Actor {id: $speakerId})');
  anchored('addresseeId', '(s)-[:ADDRESSED_TO]->(:Actor {id: $addresseeId})');
  anchored('viaId', '(s)-[:VIA]->(:Actor {id: $viaId})');
  anchored('articleId', '(s)-[:REPORTED_IN]->(:Article {id: $articleId})');
  anchored('claimId', '(s)-[:REPORTS]->(:Claim {id: $claimId})');
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
    where.push(`${EFFECTIVE_DATE} >= date($from)`);
  }
  if (query.to) {
    params.to = query.to;
    where.push(`${EFFECTIVE_DATE} <= date($to)`);
  }
  if (where.length > 0) lines.push(`WHERE ${where.join('\n  AND ')}`);
  return { match: lines.join('\n'), where, params };
}

/**
 * Lists of statements that belong to one parent: an article's (text order), a speaker's (newest
 * first), a claim's reports (earliest first).
 */
export type StatementParent = 'ARTICLE' | 'SPEAKER' | 'CLAIM';

export const PARENT: Record<StatementParent, { pattern: string; order: StatementOrder; field: 'articleId' | 'speakerId' | 'claimId' }> = {
  ARTICLE: { pattern: '(:Article {id: id})<-[:REPORTED_IN]-(s:Statement)', order: 'POSITION', field: 'articleId' },
  SPEAKER: { pattern: '(:Actor {id: id})<-[:SAID_BY]-(s:Statement)', order: 'DATE_DESC', field: 'speakerId' },
  CLAIM: { pattern: '(:Claim {id: id})<-[:REPORTS]-(s:Statement)', order: 'DATE_ASC', field: 'claimId' },
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
  const after = page.after ? afterCondition(ORDER_KEYS[order], page.after) : null;
  const found = await rows<{ id: string; statements: RawPageRow[]; total: number | null }>(
    tx,
    `UNWIND $ids AS id
     CALL {
       WITH id
       OPTIONAL MATCH ${pattern}
       WITH s${after ? ` WHERE ${after.where}` : ''}
       ORDER BY ${ORDER_BY[order]}
       LIMIT $limit
       // A parent without statements has one row with s null: collect() skips null, not a map holding it.
       RETURN collect(CASE WHEN s IS NULL THEN null ELSE {key: ${keyReturn(ORDER_KEYS[order])}, statement: ${statementProjection('s', options.shape)}} END) AS statements
     }
     RETURN id, statements, ${options.withTotal ? `COUNT { MATCH ${pattern} }` : 'null'} AS total`,
    { ids: [...new Set(ids)], ...(after?.params ?? {}), limit: int(page.limit + 1) },
  );
  return new Map(found.map((r) => [r.id, { ...toPage(r.statements, page.limit, options.shape), total: r.total }]));
}
