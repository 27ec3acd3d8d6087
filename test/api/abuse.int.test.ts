// The server as an attacker would try it, over real HTTP against a real Neo4j: a cost limit that
// counts variables and defaults, Host names it does not answer to (DNS rebinding), operations it
// does not serve, a large `extract` that must not stall other requests, and limit errors that say
// which limit and by how much.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/limits.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { openGraph } from '../import/graph-under-test.ts';
import { codes, startTestApi, type GqlResponse, type TestApi } from './api-under-test.ts';

let graph: Graph;
let t: TestApi;
const logged: unknown[] = [];
// Large enough for an extract that keeps a core busy for a second or more.
const EXTRACT_LIMIT = 1_800_000;

beforeAll(async () => {
  graph = await openGraph();
  t = await startTestApi({ logError: (e) => logged.push(e), maxExtractChars: EXTRACT_LIMIT }, graph);
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

function limitOf(res: GqlResponse): { name: string; max: number; found: number } {
  expect(codes(res), JSON.stringify(res.body)).toEqual(['LIMIT_EXCEEDED']);
  return res.body.errors![0]!.extensions!.limit;
}

describe('the cost limit counts variables and defaults', () => {
  const nested = (first: string) =>
    `{ statements(first: ${first}) { nodes { speaker { statements(first: ${first}) { nodes { about { statements(first: ${first}) { nodes { content } } } } } } } } }`;

  it('first: $n with {"n": 100} is refused like first: 100, at the same cost', async () => {
    const literal = await t.gql(nested('100'));
    const withVariable = await t.gql(`query ($n: Int) ${nested('$n')}`, { n: 100 });
    expect(literal.status).toBe(400);
    expect(withVariable.status).toBe(400);
    expect(withVariable.queries, 'nothing ran').toBe(0);
    expect(limitOf(withVariable)).toEqual(limitOf(literal));
    expect(limitOf(literal).found).toBeGreaterThan(LIMITS.maxCost);
  });

  it("a variable's default value counts like the value", async () => {
    const fromDefault = await t.gql(`query ($n: Int = 100) ${nested('$n')}`);
    expect(fromDefault.status).toBe(400);
    expect(limitOf(fromDefault).found).toBe(limitOf(await t.gql(nested('100'))).found);
  });

  it("lists left at the schema's default page size count at that size", async () => {
    // saidAbout and spokenAboutBy default to 20 rows, ActorRelation.statements to 10.
    const defaults = `{ actor(name: "x") { saidAbout { actor { saidAbout { actor { saidAbout { actor { spokenAboutBy { statements { content } } } } } } } } } }`;
    const explicit = `{ actor(name: "x") { saidAbout(first: 20) { actor { saidAbout(first: 20) { actor { saidAbout(first: 20) { actor { spokenAboutBy(first: 20) { statements(first: 10) { content } } } } } } } } } }`;
    const a = await t.gql(defaults);
    const b = await t.gql(explicit);
    expect(a.status).toBe(400);
    expect(a.queries).toBe(0);
    expect(limitOf(a)).toEqual(limitOf(b));
  });

  it('a small page through a variable passes', async () => {
    const res = await t.gql(`query ($n: Int) { statements(first: $n) { totalCount nodes { content speaker { name } } } }`, { n: 5 });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('limit errors say which limit and by how much', () => {
  const cases: { name: string; query: string; limit: string; max: number }[] = [
    { name: 'cost', query: `{ statements(first: 100) { nodes { about { statements(first: 100) { nodes { about { statements(first: 100) { nodes { content } } } } } } } } }`, limit: 'maxCost', max: LIMITS.maxCost },
    { name: 'depth', query: `{ actor(name: "a") { saidAbout { actor { saidAbout { actor { saidAbout { actor { saidAbout { actor { saidAbout { actor { name } } } } } } } } } } } }`, limit: 'maxDepth', max: LIMITS.maxDepth },
    { name: 'aliases', query: `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`, limit: 'maxAliases', max: LIMITS.maxAliases },
    { name: 'tokens', query: `{ ${'health { ok } '.repeat(LIMITS.maxTokens)} }`, limit: 'maxTokens', max: LIMITS.maxTokens },
  ];
  for (const c of cases) {
    it(`${c.name}: names ${c.limit}, its value and the excess, without "Syntax Error"`, async () => {
      const res = await t.gql(c.query);
      expect(res.status, c.name).toBe(400);
      const limit = limitOf(res);
      expect(limit.name, c.name).toBe(c.limit);
      expect(limit.max, c.name).toBe(c.max);
      expect(limit.found, c.name).toBeGreaterThan(c.max);
      const message = res.body.errors![0]!.message;
      expect(message, c.name).not.toMatch(/Syntax Error/i);
      expect(message, c.name).toContain(c.max.toLocaleString('en-US'));
      expect(message, c.name).toContain(`by ${(limit.found - c.max).toLocaleString('en-US')}`);
    });
  }
});

/** A POST with a Host header of our choosing (fetch does not let a caller set Host). */
function postWithHost(hostHeader: string, query: string): Promise<{ status: number; body: any }> {
  const url = new URL(t.api.url);
  const payload = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host: hostHeader, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('Host names (DNS rebinding)', () => {
  const mutation = `mutation { deleteArticle(id: "url:does-not-exist") }`;
  for (const host of ['evil.example', 'evil.example:4000', 'localhost.evil.example', '127.0.0.1.nip.io']) {
    it(`a request for Host ${host} is refused before anything runs`, async () => {
      const res = await postWithHost(host, mutation);
      expect(res.status, host).toBe(403);
      expect(res.body.errors[0].extensions.code, host).toBe('FORBIDDEN');
      expect(res.body.errors[0].message, host).toMatch(/Host/);
    });
  }
  for (const host of ['localhost', 'LOCALHOST:4000', '127.0.0.1', '[::1]:4000']) {
    it(`a loopback server answers to ${host}`, async () => {
      const res = await postWithHost(host, '{ health { ok } }');
      expect(res.status, host).toBe(200);
      expect(res.body).toEqual({ data: { health: { ok: true } } });
    });
  }
  it('behind a proxy, an allowed host name is answered and others are not', async () => {
    const proxied = await startTestApi({ allowedHosts: ['claims.example.org'] }, graph);
    try {
      const url = new URL(proxied.api.url);
      const ask = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const payload = JSON.stringify({ query: '{ health { ok } }' });
          const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
          req.end(payload);
        });
      expect(await ask('claims.example.org')).toBe(200);
      expect(await ask('Claims.Example.org:443')).toBe(200);
      expect(await ask('other.example.org')).toBe(403);
      expect(await ask('localhost:4000')).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});

describe('unsupported operations', () => {
  it('a subscription is a clear client error, not an internal error with a stack', async () => {
    logged.length = 0;
    const res = await t.gql('subscription { health { ok } }');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toMatch(/subscription/i);
    expect(codes(res)[0]).not.toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\.ts:\d|at /);
    expect(logged, 'nothing logged as unexpected').toEqual([]);
  });
});

describe('extract', () => {
  const sentence = (i: number) => `Minister Layla Haddad said on Monday that plan ${i} would lower bread prices. `;

  it(`text over its own limit is refused with LIMIT_EXCEEDED, before extracting`, async () => {
    const text = 'x'.repeat(EXTRACT_LIMIT + 1);
    const res = await t.gql('query ($text: String!) { extract(text: $text, language: en) { statements { content } } }', { text });
    expect(limitOf(res)).toEqual({ name: 'maxExtractChars', max: EXTRACT_LIMIT, found: EXTRACT_LIMIT + 1 });
  });

  it('the default extract limit is far below the body limit', () => {
    expect(LIMITS.maxExtractChars).toBeLessThan(LIMITS.maxBodyBytes / 4);
  });

  it('one large extract never stalls other requests: a small query answers while it runs', async () => {
    // Warm the extraction worker first, so the race below is extraction against a query.
    const warm = await t.gql('{ extract(text: "The minister said prices would fall.", language: en) { statements { content } } }');
    expect(warm.body.errors).toBeUndefined();

    let text = '';
    for (let i = 0; text.length < EXTRACT_LIMIT - 200; i++) text += sentence(i);
    const finished: string[] = [];
    const big = t.gql('query ($text: String!) { extract(text: $text, language: en) { statements { content } } }', { text }).then((res) => {
      finished.push('extract');
      return res;
    });
    await new Promise((r) => setTimeout(r, 300));
    const small = await t.gql('{ health { ok } statements(first: 1) { totalCount } }');
    finished.push('small');
    expect(small.body.errors).toBeUndefined();
    const res = await big;
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data!.extract.statements.length).toBeGreaterThan(100);
    expect(finished).toEqual(['small', 'extract']);
  }, 120_000);
});
