// Claims over real HTTP and a real Neo4j: one story from three outlets (test/fixtures/claims,
// composed for these tests) and a claim denied the next day by another outlet, imported through
// the real importer, then read through `claims`, `claim`, `Claim.*` and the claim fields of
// Statement. A year of its own keeps these claims apart from other tests' (claims are found by date).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../src/graph/identity.ts';
import { importArticles, type ArticleRecordInput } from '../../src/import/import-articles.ts';
import { deleteArticles, uniqueBase } from '../import/graph-under-test.ts';
import { codes, startTestApi, type TestApi } from './api-under-test.ts';

type Story = ArticleRecordInput & { url: string; publishedAt?: string };
const stories = JSON.parse(readFileSync(new URL('../fixtures/claims/stories.json', import.meta.url), 'utf8')).articles as Story[];
const YEAR = String(2026 + 400 * (1 + Math.floor(Math.random() * 17)));
const BASE = uniqueBase('api-claims');
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;
const mine = (s: Story): Story => ({ ...s, url: `${BASE}/${new URL(s.url).host}${new URL(s.url).pathname}`, publishedAt: s.publishedAt?.replace(/^2026/, YEAR) });
const story = (host: string, words: string) => mine(stories.find((s) => s.url.includes(host) && s.text.includes(words))!);

const LAVROV = [story('gulf-daily', '200 tonnes'), story('desert-post', '200 tonnes'), story('levant-times', '200 tonnes')];
const PESKOV = [story('sharq', 'مجموعة العشرين'), story('watan-today', 'مجموعة العشرين'), story('khaleej-news', 'مجموعة العشرين')];
const MCCAIN = { url: `${BASE}/mccain`, outlet: 'Gulf Daily', publishedAt: `${YEAR}-01-09`, language: 'en' as const, title: 'McCain on Russia', text: 'Senator John McCain said on Monday that Russia had interfered in the U.S. presidential election to help Trump.' };
const DENIAL = { url: `${BASE}/trump`, outlet: 'Desert Post', publishedAt: `${YEAR}-01-10`, language: 'en' as const, title: 'Trump hits back', text: 'President Donald Trump on Tuesday denied that Russia had interfered in the presidential election to help him.' };
const ALL = [...LAVROV, ...PESKOV, MCCAIN, DENIAL];

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
  await importArticles(t.graph, ALL);
});
afterAll(async () => {
  await deleteArticles(t.graph, ALL.map((s) => articleId(s)));
  await t.close();
});

const CLAIM_FIELDS = `id speaker { name } content language implicit outletCount independentCount reportCount directCount
  outlets { name } firstReported { date article { id } statement { id } }
  reports(first: 10) { totalCount nodes { id content article { id } claim { id } } }
  responses { cueType link score statement { id speaker { name } } claim { id } }`;

const CLAIMS = `query ($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { ${CLAIM_FIELDS} }
  }
}`;

// Long lists select only what they check: the cost limit counts every page size (src/api/cost.ts).
const CLAIM_LIST = `query ($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id content language outletCount firstReported { date } }
  }
}`;

const inYear = (extra: Record<string, unknown> = {}) => ({ from: FROM, to: TO, ...extra });

describe('claims over HTTP', () => {
  it("one story from three outlets: one claim, three reports, the earliest article first, the outlets by name", async () => {
    const res = await t.gql<any>(CLAIMS, { filter: inYear({ speaker: 'Sergei Lavrov', minOutlets: 3 }) });
    expect(res.body.errors).toBeUndefined();
    const claims = res.body.data.claims.nodes.filter((c: any) => /200 tonnes/.test(c.content));
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim).toMatchObject({ speaker: { name: 'Sergei Lavrov' }, language: 'en', implicit: false, outletCount: 3, reportCount: 3 });
    expect(claim.outlets.map((o: any) => o.name)).toEqual(['Desert Post', 'Gulf Daily', 'Levant Times']);
    // Gulf Daily (10 March) says "on Monday": its report is dated 9 March, the claim's first.
    expect(claim.firstReported).toMatchObject({ date: `${YEAR}-03-09`, article: { id: articleId(LAVROV[0]!) } });
    expect(claim.reports.totalCount).toBe(3);
    // Earliest first: the two reports of 10 March before the one of 11 March.
    const reportArticles = claim.reports.nodes.map((r: any) => r.article.id);
    expect(reportArticles.at(-1)).toBe(articleId(LAVROV[2]!));
    expect(new Set(reportArticles)).toEqual(new Set(LAVROV.map((s) => articleId(s))));
    // Statement.claim leads back to the claim from each report.
    for (const r of claim.reports.nodes) expect(r.claim.id).toBe(claim.id);
    expect(claim.reports.nodes.map((r: any) => r.id)).toContain(claim.firstReported.statement.id);
  });

  it('filters: minOutlets keeps only claims carried that widely; language and about narrow the list', async () => {
    const wide = await t.gql<any>(CLAIM_LIST, { filter: inYear({ minOutlets: 2 }), first: 100 });
    expect(wide.body.errors).toBeUndefined();
    const nodes = wide.body.data.claims.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const c of nodes) expect(c.outletCount).toBeGreaterThanOrEqual(2);
    const arabic = await t.gql<any>(CLAIM_LIST, { filter: inYear({ language: 'ar', minOutlets: 2 }), first: 100 });
    const peskov = arabic.body.data.claims.nodes.filter((c: any) => /مجموعة العشرين/.test(c.content) && /لن يشارك/.test(c.content));
    expect(peskov.length).toBeGreaterThanOrEqual(1);
    expect(peskov[0].outletCount).toBeGreaterThanOrEqual(2);
    for (const c of arabic.body.data.claims.nodes) expect(c.language).toBe('ar');
    // About Trump: the McCain claim is, Lavrov's aid is not.
    const aboutTrump = await t.gql<any>(CLAIM_LIST, { filter: inYear({ about: 'Trump' }), first: 100 });
    expect(aboutTrump.body.errors).toBeUndefined();
    const contents = aboutTrump.body.data.claims.nodes.map((c: any) => c.content).join('\n');
    expect(contents).toMatch(/interfered/);
    expect(contents).not.toMatch(/200 tonnes/);
  });

  it('orders by outlets (then newest), or by first report, and pages by keyset cursors bound to their list', async () => {
    const byOutlets = await t.gql<any>(CLAIM_LIST, { filter: inYear(), orderBy: 'OUTLETS_DESC', first: 100 });
    const counts = byOutlets.body.data.claims.nodes.map((c: any) => c.outletCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byDate = await t.gql<any>(CLAIM_LIST, { filter: inYear(), orderBy: 'FIRST_REPORTED_DESC', first: 100 });
    const dates = byDate.body.data.claims.nodes.map((c: any) => c.firstReported?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const all = byOutlets.body.data.claims.nodes.map((c: any) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.gql<any>(CLAIMS, { filter: inYear(), orderBy: 'OUTLETS_DESC', first: 2, after });
      expect(page.body.errors).toBeUndefined();
      seen.push(...page.body.data.claims.nodes.map((c: any) => c.id));
      after = page.body.data.claims.pageInfo.hasNextPage ? page.body.data.claims.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);

    const first = await t.gql<any>(CLAIMS, { filter: inYear(), orderBy: 'OUTLETS_DESC', first: 1 });
    const cursor = first.body.data.claims.pageInfo.endCursor;
    const elsewhere = await t.gql<any>(CLAIMS, { filter: inYear(), orderBy: 'FIRST_REPORTED_DESC', first: 1, after: cursor });
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
  });

  it('a denial by another outlet the next day: Claim.responses, Statement.respondsTo and Statement.responses', async () => {
    const res = await t.gql<any>(`query ($id: ID!) {
      article(id: $id) { statements { nodes { id cueType claim { id } respondsTo { cueType link score claim { id content speaker { name } responses { statement { id } } } } } } }
    }`, { id: articleId(DENIAL) });
    expect(res.body.errors).toBeUndefined();
    const denial = res.body.data.article.statements.nodes.find((s: any) => s.cueType === 'DENY');
    expect(denial.respondsTo).toHaveLength(1);
    const [response] = denial.respondsTo;
    // The denial is a claim of its own (Trump's), not a report of the claim it answers.
    expect(denial.claim?.id).not.toBe(response.claim.id);
    expect(response).toMatchObject({ cueType: 'DENY', link: 'MATCH', claim: { speaker: { name: expect.stringMatching(/McCain/) } } });
    expect(response.score).toBeGreaterThan(0);
    expect(response.claim.content).toMatch(/interfered/);
    expect(response.claim.responses.map((r: any) => r.statement.id)).toEqual([denial.id]);

    const claimed = await t.gql<any>(`query ($id: ID!) { article(id: $id) { statements { nodes { claim { id } responses { link statement { id } } } } } }`, { id: articleId(MCCAIN) });
    const [statement] = claimed.body.data.article.statements.nodes;
    expect(statement.claim.id).toBe(response.claim.id);
    expect(statement.responses).toEqual([{ link: 'MATCH', statement: { id: denial.id } }]);
  });

  it('claim(id) answers a claim, null for an unknown id; bad arguments are BAD_USER_INPUT', async () => {
    const list = await t.gql<any>(CLAIMS, { filter: inYear({ speaker: 'Sergei Lavrov' }), first: 1 });
    const id = list.body.data.claims.nodes[0].id;
    const one = await t.gql<any>(`query ($id: ID!) { claim(id: $id) { id outletCount } }`, { id });
    expect(one.body.data.claim).toMatchObject({ id, outletCount: list.body.data.claims.nodes[0].outletCount });
    const none = await t.gql<any>(`{ claim(id: "no-such-claim") { id } }`);
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data.claim).toBeNull();
    for (const [name, variables] of [
      ['negative minOutlets', { filter: { minOutlets: -1 } }],
      ['page too large', { first: 1000 }],
      ['not a cursor', { after: 'nope' }],
    ] as const) {
      // Only ids: a selection this small stays under the cost limit, so the arguments are what fails.
      const bad = await t.gql<any>(`query ($filter: ClaimFilter, $first: Int, $after: String) {
        claims(filter: $filter, first: $first, after: $after) { nodes { id } } }`, variables as Record<string, unknown>);
      expect(codes(bad), name).toEqual(['BAD_USER_INPUT']);
    }
  });
});
