// The read path reads what a request selects, in as few queries as it can, and never answers one
// selection with a row read for another. Against a real Neo4j holding the seed graph; query counts
// come from the instrumented graph (x-claimgraph-cypher-queries).
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from '../support/seed-graph.ts';
import { useSeededApi } from './api-under-test.ts';

const t = useSeededApi();
const seed = SEED_ARTICLES[0]!;

const PAGE = `totalCount pageInfo { hasNextPage } nodes { id content cueType speaker { id name aliases } about { id name } article { id title } }`;

describe('article with its statements', () => {
  it('is one query, and answers exactly as the statements read on their own', async () => {
    const together = await t.gql<any>(`query ($url: String) { article(url: $url) { id title outlet { name } statements(first: 50) { ${PAGE} } } }`, { url: seed.url });
    expect(together.body.errors).toBeUndefined();
    expect(together.queries).toBe(1);
    // Two aliases of the field: nothing certain to prefetch, so each one queries on its own.
    const apart = await t.gql<any>(`query ($url: String) { article(url: $url) { id title outlet { name } a: statements(first: 50) { ${PAGE} } b: statements(first: 1) { nodes { id } } } }`, { url: seed.url });
    expect(apart.body.errors).toBeUndefined();
    expect(apart.queries).toBeGreaterThan(1);
    const { statements, ...article } = together.body.data.article;
    const { a, b, ...articleApart } = apart.body.data.article;
    expect(article).toEqual(articleApart);
    expect(statements).toEqual(a);
    expect(statements.totalCount).toBe(seed.statements.length);
    expect(b.nodes).toEqual([statements.nodes[0]].map((n: any) => ({ id: n.id })));
  });

  it('an unknown URL is null, and bad arguments are still reported by the statements field', async () => {
    const missing = await t.gql<any>(`{ article(url: "https://claimgraph.test/nowhere") { statements { nodes { id } } } }`);
    expect(missing.body).toEqual({ data: { article: null } });
    const bad = await t.gql<any>(`query ($url: String) { article(url: $url) { statements(first: 1000) { nodes { id } } } }`, { url: seed.url });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('pages', () => {
  it('a page past the end is empty and still has the total', async () => {
    const Q = `query ($after: String, $first: Int) { statements(filter: {speaker: "Kremlin"}, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const all = await t.gql<any>(Q, { first: 100 });
    const total = all.body.data.statements.totalCount;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(100); // the seed graph fits one page
    const past = await t.gql<any>(Q, { first: 5, after: all.body.data.statements.pageInfo.endCursor });
    expect(past.body.data.statements).toEqual({ totalCount: total, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });


  it('a row read for a narrow selection never answers a wider one elsewhere in the request', async () => {
    // The page reads only ids and the speaker's name; the same statements and speaker are then
    // asked for in full by id within the same request.
    const narrow = await t.gql<any>(`{ statements(filter: {speaker: "Kremlin"}, first: 3) { nodes { id speaker { id name } } } }`);
    const ids = narrow.body.data.statements.nodes.map((n: any) => n.id);
    const res = await t.gql<any>(`query ($id: ID!) {
      statements(filter: {speaker: "Kremlin"}, first: 3) { nodes { id speaker { id name } parent { id } } }
      statement(id: $id) { id content cue cueType speaker { id aliases kind } }
      actor(id: "kremlin") { id aliases kind }
    }`, { id: ids[0] });
    expect(res.body.errors).toBeUndefined();
    const alone = await t.gql<any>(`query ($id: ID!) { statement(id: $id) { id content cue cueType speaker { id aliases kind } } actor(id: "kremlin") { id aliases kind } }`, { id: ids[0] });
    expect(res.body.data.statement).toEqual(alone.body.data.statement);
    expect(res.body.data.actor).toEqual(alone.body.data.actor);
    expect(res.body.data.statement.content.length).toBeGreaterThan(0);
    expect(res.body.data.actor.aliases.length).toBeGreaterThan(0);
  });
});

describe('what is computed only when asked for', () => {
  it('search: the statements half alone costs one query less than both halves', async () => {
    const statementsOnly = `{ search(text: "سوريا", first: 5) { statements { score statement { content speaker { name } } } } }`;
    const both = `{ search(text: "سوريا", first: 5) { actors { actor { id } } statements { score statement { content speaker { name } } } } }`;
    await t.gql(both); // warms the full-text index list cache
    const one = await t.gql<any>(statementsOnly);
    const two = await t.gql<any>(both);
    expect(one.body.errors).toBeUndefined();
    expect(two.queries - one.queries).toBe(1);
    expect(one.body.data.search.statements).toEqual(two.body.data.search.statements);
    expect(one.body.data.search.statements.length).toBeGreaterThan(0);
  });

  it("an actor's network: counts are one query, cue types, dates and statements one more", async () => {
    const counts = await t.gql<any>(`{ actor(id: "kremlin") { saidAbout { actor { id } count } spokenAboutBy { actor { id } count } } }`);
    const details = await t.gql<any>(`{ actor(id: "kremlin") {
      saidAbout { actor { id } count cueTypes { cueType count } firstDate lastDate }
      spokenAboutBy { actor { id } count cueTypes { count } }
    } }`);
    expect(counts.body.errors).toBeUndefined();
    expect(details.body.errors).toBeUndefined();
    // The actor (1) and both directions of its network (1); the details of every edge (1).
    expect(counts.queries).toBe(2);
    expect(details.queries).toBe(3);
    const strip = (rels: any[]) => rels.map((r) => ({ actor: r.actor, count: r.count }));
    expect(strip(details.body.data.actor.saidAbout)).toEqual(counts.body.data.actor.saidAbout);
    for (const r of details.body.data.actor.saidAbout) {
      expect(r.cueTypes.reduce((n: number, c: any) => n + c.count, 0), r.actor.id).toBe(r.count);
      if (r.firstDate && r.lastDate) expect(r.firstDate <= r.lastDate, r.actor.id).toBe(true);
    }
  });
});
