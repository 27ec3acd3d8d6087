// Questions about claims: by id, the filtered and ordered list behind `claims`, the claim each
// statement reports, the outlets that carried each claim, and the responses (RESPONDS_TO) of
// claims and of statements. A claim's summaries (first report, counts, about) are kept on the node
// by cypher/write/refresh-claims.cypher, so a list reads no reports. Every batched look-up takes a
// list of ids: one query per request whatever the number of rows (src/api/loaders.ts).
//
// The reports of a claim are a statement list (statements.ts, StatementQuery.claimId), so they
// share its projections, shapes and keyset cursors.
import type { Language } from '../../extract/types.ts';
import { afterCondition, keyReturn, orderByClause, type KeyValue, type SortKey } from './keyset.ts';
import { rows, type Tx } from './runner.ts';
import type { ClaimResponseRow, ClaimRow, OutletRow, Page, PageRequest } from './types.ts';
import { int } from './values.ts';

export const claimProjection = (v: string): string =>
  `${v} {.id, speakerId: ${v}.speaker, content: coalesce(${v}.content, ''), .language, languages: coalesce(${v}.languages, []),
  implicit: coalesce(${v}.implicit, false), firstStatementId: ${v}.firstStatement, firstArticleId: ${v}.firstArticle,
  firstDate: ${v}.firstDate, .lastDate, reportCount: coalesce(${v}.reportCount, 0), directCount: coalesce(${v}.directCount, 0),
  outletCount: coalesce(${v}.outletCount, 0), independentCount: coalesce(${v}.independentCount, 0), aboutIds: coalesce(${v}.about, [])}`;

/** Actor filters are ids here: the API resolves names to actors first. */
export interface ClaimQuery {
  speakerId?: string | null;
  aboutId?: string | null;
  from?: string | null;
  to?: string | null;
  minOutlets?: number | null;
  language?: Language | null;
}

export type ClaimOrder = 'OUTLETS_DESC' | 'FIRST_REPORTED_DESC';

// Dates travel in cursors as 'YYYY-MM-DD'. outletCount is set on every claim (0 for an implicit
// one), so it needs no null handling.
const FIRST_DATE: SortKey = { expr: 'c.firstDate', desc: true, param: (p) => `date(${p})` };
const CLAIM_ID: SortKey = { expr: 'c.id', notNull: true };
export const CLAIM_ORDER_KEYS: Record<ClaimOrder, SortKey[]> = {
  OUTLETS_DESC: [{ expr: 'c.outletCount', desc: true, notNull: true }, FIRST_DATE, CLAIM_ID],
  FIRST_REPORTED_DESC: [FIRST_DATE, CLAIM_ID],
};

// Each filter: the condition it adds, with its value as the parameter of the same name.
const CLAIM_FILTERS: { [K in keyof ClaimQuery]-?: { where: string; param?: (v: NonNullable<ClaimQuery[K]>) => unknown } } = {
  speakerId: { where: 'c.speaker = $speakerId' },
  aboutId: { where: '$aboutId IN c.about' },
  from: { where: 'c.firstDate >= date($from)' },
  to: { where: 'c.firstDate <= date($to)' },
  minOutlets: { where: 'c.outletCount >= $minOutlets', param: int },
  language: { where: '(c.language = $language OR $language IN c.languages)' },
};

function claimMatch(query: ClaimQuery): { match: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  for (const [field, filter] of Object.entries(CLAIM_FILTERS) as [keyof ClaimQuery, { where: string; param?: (v: never) => unknown }][]) {
    const value = query[field];
    if (value === null || value === undefined || value === '') continue;
    params[field] = filter.param ? filter.param(value as never) : value;
    where.push(filter.where);
  }
  return { match: `MATCH (c:Claim)${where.length > 0 ? `\nWHERE ${where.join('\n  AND ')}` : ''}`, params };
}

/** The Cypher and parameters of one page of claims (one more row than asked, to know whether more follow). */
export function claimPageCypher(query: ClaimQuery, order: ClaimOrder, page: PageRequest): { cypher: string; params: Record<string, unknown> } {
  const { match, params } = claimMatch(query);
  const keys = CLAIM_ORDER_KEYS[order];
  const after = page.after ? afterCondition(keys, page.after) : null;
  const cypher = `${match}
WITH c${after ? ` WHERE ${after.where}` : ''}
ORDER BY ${orderByClause(keys)}
LIMIT $limit
RETURN ${keyReturn(keys)} AS key, ${claimProjection('c')} AS claim`;
  return { cypher, params: { ...params, ...(after?.params ?? {}), limit: int(page.limit + 1) } };
}

export async function findClaims(tx: Tx, query: ClaimQuery, order: ClaimOrder, page: PageRequest): Promise<Page<ClaimRow>> {
  const { cypher, params } = claimPageCypher(query, order, page);
  const found = await rows<{ key: KeyValue[]; claim: ClaimRow }>(tx, cypher, params);
  const kept = found.slice(0, page.limit);
  return { rows: kept.map((r) => r.claim), keys: kept.map((r) => r.key), hasMore: found.length > page.limit };
}

export async function countClaims(tx: Tx, query: ClaimQuery): Promise<number> {
  const { match, params } = claimMatch(query);
  const [row] = await rows<{ total: number }>(tx, `${match} RETURN count(c) AS total`, params);
  return row?.total ?? 0;
}

export async function claimsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, ClaimRow>> {
  const found = await rows<{ claim: ClaimRow }>(tx, `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN ${claimProjection('c')} AS claim`, {
    ids: [...new Set(ids)],
  });
  return new Map(found.map(({ claim }) => [claim.id, claim]));
}

/** The claim each statement reports (a statement reports at most one); statements reporting none are absent. */
export async function claimsOfStatements(tx: Tx, statementIds: readonly string[]): Promise<Map<string, ClaimRow>> {
  const found = await rows<{ id: string; claim: ClaimRow }>(
    tx,
    `UNWIND $ids AS id
     MATCH (:Statement {id: id})-[:REPORTS]->(c:Claim)
     WITH id, c ORDER BY c.id
     WITH id, head(collect(c)) AS c
     RETURN id, ${claimProjection('c')} AS claim`,
    { ids: [...new Set(statementIds)] },
  );
  return new Map(found.map((r) => [r.id, r.claim]));
}

/** The outlets that carried each claim, by name. */
export async function outletsOfClaims(tx: Tx, claimIds: readonly string[]): Promise<Map<string, OutletRow[]>> {
  const found = await rows<{ id: string; outlets: OutletRow[] }>(
    tx,
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     RETURN id, COLLECT {
       MATCH (c)<-[:REPORTS]-(:Statement)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
       WITH DISTINCT o ORDER BY o.name, o.id
       RETURN o {.id, name: coalesce(o.name, o.id)}
     } AS outlets`,
    { ids: [...new Set(claimIds)] },
  );
  return new Map(found.map((r) => [r.id, r.outlets]));
}

const LINKS: Record<string, ClaimResponseRow['link']> = { antecedent: 'ANTECEDENT', match: 'MATCH', implicit: 'IMPLICIT' };

interface RawResponse extends Omit<ClaimResponseRow, 'link'> {
  how: string | null;
}

function responseRow(raw: RawResponse): ClaimResponseRow {
  const { how, ...rest } = raw;
  return { ...rest, link: LINKS[how ?? ''] ?? 'MATCH', score: rest.score ?? 0 };
}

// The RESPONDS_TO edges seen from either end.
const RESPONSES = {
  claim: '(c:Claim {id: id})<-[r:RESPONDS_TO]-(s:Statement)',
  statement: '(s:Statement {id: id})-[r:RESPONDS_TO]->(c:Claim)',
} as const;

/**
 * The RESPONDS_TO edges of each claim (`side: 'claim'`) or of each statement (`'statement'`),
 * earliest response first. Edges only: the statements and claims at their ends are read by their
 * loaders (batched), which most requests have already primed.
 */
export async function responsesOf(tx: Tx, side: keyof typeof RESPONSES, ids: readonly string[]): Promise<Map<string, ClaimResponseRow[]>> {
  const found = await rows<{ id: string; responses: RawResponse[] }>(
    tx,
    `UNWIND $ids AS id
     OPTIONAL MATCH ${RESPONSES[side]}
     WITH id, r, s, c ORDER BY s.effectiveDate, s.id, c.id
     RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {statementId: s.id, claimId: c.id, cueType: r.cueType, how: r.how, score: r.score} END) AS responses`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((r) => [r.id, r.responses.map(responseRow)]));
}
