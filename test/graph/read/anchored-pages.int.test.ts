// One actor's statement list read in ONE query (statements.ts, anchoredPage): the anchor's degrees,
// the plan they pick (scan the date index, or expand from the actor) and the page. Both plans are
// checked against the plain answer (every statement of the actor sorted in Cypher), page by page
// through the whole list with cursors, with and without extra filters: an actor with 2,600
// statements in a small graph takes the scan plan (and its undated tail), one with 30 the expand plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/connection.ts';
import { FULL_STATEMENT } from '../../../src/graph/read/projections.ts';
import { anchoredPageCypher, findStatementsWithTotal, findStatements, ORDER_BY, type StatementOrder, type StatementQuery } from '../../../src/graph/read/statements.ts';
import { openGraph, uniqueBase } from '../../import/graph-under-test.ts';

let graph: Graph;
let base: string;
let big: string;
let small: string;

const BIG = 2_600;
const SMALL = 30;

beforeAll(async () => {
  graph = await openGraph();
  base = uniqueBase('anchored-pages');
  big = `${base}/actor/big`;
  small = `${base}/actor/small`;
  // 60 articles, every tenth undated; the big actor speaks in all of its statements and is spoken
  // about in a third of them, the small one in 30 (its own statements dated or not like the rest).
  await graph.run(
    `UNWIND range(0, 59) AS a
     CREATE (:Article {id: $base + '/article/' + a, url: $base + '/article/' + a, title: 'article ' + a,
                       publishedAt: CASE WHEN a % 10 = 9 THEN null ELSE date('2025-01-01') + duration({days: a}) END})
     WITH collect(a) AS done
     CREATE (:Actor {id: $big, name: 'Big ' + $base}), (:Actor {id: $small, name: 'Small ' + $base})`,
    { base, big, small },
    { mode: 'write' },
  );
  await graph.run(
    `MATCH (b:Actor {id: $big}), (m:Actor {id: $small})
     UNWIND range(0, $n - 1) AS i
     MATCH (a:Article {id: $base + '/article/' + (i % 60)})
     // Some statements carry a date of their own; several share a date, so ties break by id.
     CREATE (s:Statement {id: $base + '/s/' + i, content: 'statement ' + i, cueType: CASE WHEN i % 3 = 0 THEN 'DENY' ELSE 'SAY' END,
                          language: CASE WHEN i % 2 = 0 THEN 'en' ELSE 'ar' END,
                          date: CASE WHEN i % 25 = 0 THEN date('2024-06-01') + duration({days: i % 7}) END})
     SET s.effectiveDate = coalesce(s.date, a.publishedAt)
     CREATE (s)-[:REPORTED_IN]->(a), (s)-[:SAID_BY]->(b)
     FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END | CREATE (s)-[:ABOUT]->(b), (s)-[:CONCERNS]->(b))
     FOREACH (_ IN CASE WHEN i < $smallN THEN [1] ELSE [] END | CREATE (s)-[:ABOUT]->(m), (s)-[:CONCERNS]->(m))`,
    { base, big, small, n: BIG, smallN: SMALL } as never,
    { mode: 'write' },
  );
});

afterAll(async () => {
  if (!graph) return;
  await graph.run('MATCH (n) WHERE (n:Statement OR n:Article OR n:Actor) AND n.id STARTS WITH $base DETACH DELETE n', { base }, { mode: 'write' });
  await graph.close();
});

/** The plain answer: every statement of the list, sorted by the list's order, in Cypher. */
async function everything(query: StatementQuery, order: StatementOrder): Promise<string[]> {
  const [field, type] = query.concernsId ? ['concernsId', 'CONCERNS'] : query.aboutId ? ['aboutId', 'ABOUT'] : ['speakerId', 'SAID_BY'];
  const found = await graph.run(
    `MATCH (:Actor {id: $id})<-[:${type}]-(s:Statement)
     WHERE ($cueTypes IS NULL OR s.cueType IN $cueTypes) AND ($language IS NULL OR s.language = $language)
     RETURN s.id AS id ORDER BY ${ORDER_BY[order]}`,
    { id: query[field as keyof StatementQuery], cueTypes: query.cueTypes ?? null, language: query.language ?? null },
  );
  return found.map((r) => r.id as string);
}

/** Every page of the list through its cursors, with the total each page reported. */
async function allPages(query: StatementQuery, order: StatementOrder, limit: number, withTotal: boolean, most = Infinity): Promise<{ ids: string[]; totals: (number | null)[] }> {
  const ids: string[] = [];
  const totals: (number | null)[] = [];
  let after: (string | number | boolean | null)[] | null = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await graph.read((tx) => (withTotal ? findStatementsWithTotal : findStatements)(tx, query, order, { limit, after }, FULL_STATEMENT));
    ids.push(...page.rows.map((r) => r.id));
    totals.push(page.total);
    if (!page.hasMore || ids.length >= most) return { ids, totals };
    after = page.keys[page.keys.length - 1]!;
  }
  throw new Error('the list does not end');
}

describe('one actor\'s list in one query', () => {
  it('takes the scan plan for the big actor and the expand plan for the small one', async () => {
    const plan = async (query: StatementQuery) => {
      const built = anchoredPageCypher(query, 'DATE_DESC', { limit: 20, after: null }, true, FULL_STATEMENT)!;
      const [row] = await graph.run(built.cypher, built.params);
      return row?.scanned;
    };
    expect(await plan({ speakerId: big })).toBe(true);
    expect(await plan({ concernsId: small })).toBe(false);
  });

  const cases: { name: string; query: () => StatementQuery; n: number }[] = [
    { name: 'what the big actor said (scan)', query: () => ({ speakerId: big }), n: BIG },
    { name: 'what the big actor said in English (scan, filtered, counted)', query: () => ({ speakerId: big, language: 'en' }), n: BIG / 2 },
    { name: 'what concerns the small actor (expand)', query: () => ({ concernsId: small }), n: SMALL },
    { name: 'what is about the small actor, denials only (expand, counted)', query: () => ({ aboutId: small, cueTypes: ['DENY'] }), n: SMALL / 3 },
  ];
  for (const c of cases) {
    for (const order of ['DATE_DESC', 'DATE_ASC'] as const) {
      it(`${c.name}, ${order}: every page as the plain query orders them, the total on each`, async () => {
        const query = c.query();
        const expected = await everything(query, order);
        expect(expected.length).toBe(c.n);
        const { ids, totals } = await allPages(query, order, 100, true);
        expect(ids).toEqual(expected);
        expect(new Set(totals)).toEqual(new Set([expected.length]));
        const withoutTotal = await allPages(query, order, 7, false, 300);
        expect(withoutTotal.ids.slice(0, 300)).toEqual(expected.slice(0, 300));
      });
    }
  }

  it('an unknown actor: an empty page and a total of 0', async () => {
    const page = await graph.read((tx) => findStatementsWithTotal(tx, { concernsId: `${base}/nobody` }, 'DATE_DESC', { limit: 20, after: null }, FULL_STATEMENT));
    expect(page).toMatchObject({ rows: [], hasMore: false, total: 0 });
  });
});
