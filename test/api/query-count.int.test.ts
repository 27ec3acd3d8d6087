// Performance by design: a nested query costs a constant number of Cypher queries (DataLoaders
// batch every neighbour look-up), not one per row. Counted by the instrumented graph per request.
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './api-under-test.ts';

// Names resolved per request only, so every request counts its own look-up.
const t = useSeededApi({ nameCacheMs: 0 });

const NESTED = `query ($first: Int) {
  statements(first: $first, filter: {about: "Trump"}) {
    nodes {
      content
      speaker { name aliases }
      about { name }
      addressees { name }
      via { name }
      article { title outlet { name } }
      evidence { sentence }
      parent { content speaker { name } }
      children { content }
    }
  }
}`;

// Name resolution (1), the page (1), actors (1), articles (1), parents (1), children (1), plus the
// full-text index list when its cache is cold (1).
const MAX_QUERIES = 8;

describe('Cypher queries per GraphQL request', () => {
  const cases: { name: string; query: string; variables?: Record<string, unknown> }[] = [
    { name: 'statements -> speaker, about, article, evidence, parent, children (1 row)', query: NESTED, variables: { first: 1 } },
    { name: 'the same with 100 rows', query: NESTED, variables: { first: 100 } },
    {
      name: 'actor network: relations -> actor -> statements -> speaker',
      query: `{ actor(name: "ترامب") { spokenAboutBy(first: 20) { actor { name speaksFor { name } } statements(first: 20) { content speaker { name } article { title } } } } }`,
    },
    {
      name: 'articles -> mentions and statements',
      query: `{ articles(first: 20, filter: {mentions: "Putin"}) { nodes { title mentions { name } } } }`,
    },
    {
      name: 'articles -> their statements -> speaker, article',
      query: `{ articles(first: 50) { nodes { title statements(first: 5) { totalCount nodes { content speaker { name } article { title } } } } } }`,
    },
    {
      name: 'claims -> speaker, outlets, first report, reports, responses',
      query: `{ claims(first: 20) { nodes { speaker { name } outlets { name } firstReported { date article { title } } reports(first: 3) { totalCount nodes { content speaker { name } article { title } } } responses { link statement { content speaker { name } } } } } }`,
    },
    {
      name: 'statements -> claim and responses',
      query: `{ statements(first: 50) { nodes { content claim { outletCount speaker { name } } respondsTo { claim { content } } responses { statement { content } } } } }`,
    },
    {
      name: 'actors -> what each said',
      query: `{ actors(first: 50) { nodes { name statements(first: 3) { totalCount nodes { content about { name } } } } } }`,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: at most ${MAX_QUERIES}`, async () => {
      const res = await t.gql(c.query, c.variables);
      expect(res.body.errors, c.name).toBeUndefined();
      expect(res.queries, c.name).toBeGreaterThan(0);
      expect(res.queries, c.name).toBeLessThanOrEqual(MAX_QUERIES);
    });
  }

  // One actor's list is one query: its degrees (the plan and the total) are read in the page's
  // query, not before it (statements.ts, anchoredPage). With the name's resolution: two.
  for (const [name, query] of [
    ['whoSaidWhatAbout with totalCount', `{ whoSaidWhatAbout(about: "Trump", first: 5) { totalCount nodes { content speaker { name } article { title } } } }`],
    ['statements(filter: {speaker}) with totalCount', `{ statements(filter: {speaker: "Putin"}, first: 5) { totalCount nodes { content about { name } via { name } } } }`],
    ['statements(filter: {about}), oldest first', `{ statements(filter: {about: "Trump"}, orderBy: DATE_ASC, first: 5) { nodes { content } } }`],
  ]) {
    it(`${name}: the name's resolution and ONE query for the page`, async () => {
      const res = await t.gql<any>(query!);
      expect(res.body.errors, name).toBeUndefined();
      const list = res.body.data.whoSaidWhatAbout ?? res.body.data.statements;
      expect(list.nodes.length, name).toBeGreaterThan(0);
      expect(res.queries, name).toBe(2);
    });
  }

  it('does not grow with the number of rows', async () => {
    const one = await t.gql<any>(NESTED, { first: 1 });
    const many = await t.gql<any>(NESTED, { first: 100 });
    expect(many.body.data.statements.nodes.length).toBeGreaterThan(3);
    // parent and children are each read by one batched query, and only when a row of the page has
    // one: a one-row page may need neither. Anything more would be a query per row.
    expect(many.queries).toBeLessThanOrEqual(one.queries + 2);
  });

  it('a list of parents with their statements does not grow with the number of parents', async () => {
    const Q = `query ($first: Int) { articles(first: $first) { nodes { id statements(first: 5) { totalCount nodes { id content } } } } }`;
    const two = await t.gql<any>(Q, { first: 2 });
    const many = await t.gql<any>(Q, { first: 50 });
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data.articles.nodes.length).toBeGreaterThan(2);
    expect(many.queries).toBe(two.queries);
    // And each article's page is the one it has on its own.
    for (const article of many.body.data.articles.nodes.slice(0, 5)) {
      const alone = await t.gql<any>(`query ($id: ID) { article(id: $id) { statements(first: 5) { totalCount nodes { id content } } } }`, { id: article.id });
      expect(article.statements, article.id).toEqual(alone.body.data.article.statements);
    }
  });
});
