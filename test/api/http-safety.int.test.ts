// The server's safety at the HTTP level, against a real server over a real Neo4j: who may write,
// request limits, error masking, CSRF prevention, health, the playground page and the Browser files.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServerPlugin } from '@apollo/server';
import { startApiServer } from '../../src/api/server.ts';
import { EXAMPLE_TABS } from '../../src/api/playground.ts';
import { LIMITS } from '../../src/api/limits.ts';
import { openGraph } from '../import/graph-under-test.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { codes, postGraphql, startTestApi, type TestApi } from './api-under-test.ts';

const KEY = 'test-key-' + Math.random().toString(36).slice(2);
const HARMLESS_MUTATION = `mutation { deleteArticle(id: "url:does-not-exist-${Date.now()}") }`;

let graph: Graph;
let t: TestApi;
const logged: unknown[] = [];

// Fails on purpose with an internal error carrying details a client must never see.
const boom: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        if (operationName === 'Boom') throw new Error('secret detail: /srv/claimgraph/src/internal.ts password=hunter2');
      },
    };
  },
};

beforeAll(async () => {
  graph = await openGraph();
  t = await startTestApi({ apiKey: KEY, plugins: [boom], logError: (e) => logged.push(e) }, graph);
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

function assertNoStack(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|\.ts:\d+/);
}

describe('mutations need the API key', () => {
  const cases: { name: string; headers: Record<string, string>; status: number; code: string | null }[] = [
    { name: 'no Authorization header', headers: {}, status: 401, code: 'UNAUTHENTICATED' },
    { name: 'not a bearer token', headers: { authorization: `Basic ${KEY}` }, status: 401, code: 'UNAUTHENTICATED' },
    { name: 'wrong key', headers: { authorization: 'Bearer wrong-key' }, status: 403, code: 'FORBIDDEN' },
    { name: 'key with a suffix', headers: { authorization: `Bearer ${KEY}x` }, status: 403, code: 'FORBIDDEN' },
    { name: 'right key', headers: { authorization: `Bearer ${KEY}` }, status: 200, code: null },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.status} ${c.code ?? 'ok'}`, async () => {
      const res = await t.gql(HARMLESS_MUTATION, undefined, c.headers);
      expect(res.status, c.name).toBe(c.status);
      if (c.code) {
        expect(codes(res), c.name).toEqual([c.code]);
        expect(res.body.data ?? null, c.name).toBeNull();
        expect(res.queries, `${c.name}: nothing ran`).toBe(0);
      } else {
        expect(res.body).toEqual({ data: { deleteArticle: false } });
      }
    });
  }
  it('queries need no key', async () => {
    const res = await t.gql('{ health { ok neo4j } }');
    expect(res.body).toEqual({ data: { health: { ok: true, neo4j: true } } });
  });

  it('a read-only server refuses every mutation with FORBIDDEN', async () => {
    const ro = await startTestApi({ mutations: false }, graph);
    try {
      const res = await ro.gql(HARMLESS_MUTATION);
      expect(codes(res)).toEqual(['FORBIDDEN']);
    } finally {
      await ro.close();
    }
  });

  for (const host of ['0.0.0.0', '::']) {
    it(`refuses to start on ${host} with mutations and no key; starts with a key`, async () => {
      await expect(startApiServer({ graph, host, port: 0 })).rejects.toThrow(/CLAIMGRAPH_API_KEY/);
      const withKey = await startApiServer({ graph, host, port: 0, apiKey: KEY });
      await withKey.close();
      const readOnly = await startApiServer({ graph, host, port: 0, mutations: false });
      await readOnly.close();
    });
  }
});

describe('limits', () => {
  const deep = `{ actor(name: "Trump") { saidAbout { actor { saidAbout { actor { saidAbout { actor { saidAbout { actor { saidAbout { actor { name } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
  const costly = `{ statements(first: 100) { nodes { about { statements(first: 100) { nodes { about { statements(first: 100) { nodes { content } } } } } } } } }`;
  const refused: { name: string; query: string }[] = [
    { name: `depth over ${LIMITS.maxDepth}`, query: deep },
    { name: `more than ${LIMITS.maxAliases} aliases`, query: aliases },
    { name: 'cost of a million statements', query: costly },
    { name: `more than ${LIMITS.maxTokens} tokens`, query: `{ ${'health { ok } '.repeat(LIMITS.maxTokens)} }` },
  ];
  for (const c of refused) {
    it(`refused before execution: ${c.name}`, async () => {
      const res = await t.gql(c.query);
      expect(res.status, c.name).toBe(400);
      expect(res.body.errors?.length, c.name).toBeGreaterThan(0);
      expect(res.queries, `${c.name}: no Cypher ran`).toBe(0);
      assertNoStack(res.body);
    });
  }

  for (const [i, tab] of EXAMPLE_TABS.entries()) {
    it(`the playground's example ${i + 1} passes the limits`, async () => {
      const res = await t.gql(tab.query);
      expect(res.status).toBe(200);
      expect(codes(res).filter((c) => c !== 'NOT_FOUND'), tab.query.split('\n')[0]).toEqual([]);
    });
  }

  it('a page of 100 statements with their neighbours passes', async () => {
    const res = await t.gql(`{ statements(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      content cue cueType direct date speaker { name kind } about { name } addressees { name } via { name }
      article { title url publishedAt outlet { name } } evidence { sentence start end } parent { content } children { content }
    } } } }`);
    expect(res.body.errors).toBeUndefined();
  });

  it(`a body over ${LIMITS.maxBodyBytes} bytes is refused with 413 and a JSON error`, async () => {
    const res = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes + 10) } }),
    });
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    assertNoStack(body);
  });

  it('malformed JSON is a 400 with a JSON error, not an HTML page', async () => {
    const res = await fetch(t.api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    assertNoStack(body);
  });
});

// POST /graphql with a plain JSON body is answered without express (server.ts, graphqlFastPath);
// the requests it leaves to express must be answered as before, and its own answers alike.
describe('POST /graphql with and without express', () => {
  const query = JSON.stringify({ query: '{ health { ok } }' });
  const send = (headers: Record<string, string>, body: Buffer | string, path = '') =>
    new Promise<{ status: number; type: string; body: any }>((resolve, reject) => {
      const req = request(`${t.api.url}${path}`, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('application/json with a UTF-8 charset, a query string, a gzip body (express) all answer the same', async () => {
    const plain = await send({ 'content-type': 'application/json' }, query);
    const charset = await send({ 'content-type': 'application/json; charset=utf-8' }, query);
    const search = await send({ 'content-type': 'application/json' }, query, '?x=1');
    const gzip = await send({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(query));
    for (const res of [plain, charset, search, gzip]) {
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^application\/json/);
      expect(res.body).toEqual({ data: { health: { ok: true } } });
    }
  });

  it('a body over the limit without a content-length (chunked) is refused with 413', async () => {
    const res = await send({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, JSON.stringify({ query: '{ health { ok } }', pad: 'x'.repeat(LIMITS.maxBodyBytes + 10) }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a JSON body that is not an object is a 400 BAD_REQUEST, as express.json refuses it', async () => {
    const res = await send({ 'content-type': 'application/json' }, '"{ health { ok } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('the connection stays usable after a refused body', async () => {
    await send({ 'content-type': 'application/json' }, '{"query": ');
    expect((await t.gql('{ health { ok } }')).body.data).toEqual({ health: { ok: true } });
  });
});

describe('errors', () => {
  it('an unexpected internal error reaches the client as a generic INTERNAL_SERVER_ERROR, without details or stack', async () => {
    logged.length = 0;
    const res = await t.gql('query Boom { health { ok } }');
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(JSON.stringify(res.body)).not.toContain('internal.ts');
    assertNoStack(res.body);
    // The operator still sees what happened.
    expect(String(logged[0])).toContain('secret detail');
  });

  it('every error code comes from the public enum', async () => {
    const { ErrorCode } = await import('../../src/api/errors.ts');
    const publicCodes = new Set(Object.values(ErrorCode));
    const responses = await Promise.all([
      t.gql('{ nope }'),
      t.gql('{ health { '),
      t.gql('{ statements(first: 1000) { totalCount } }'),
      t.gql('{ whoSaidWhatAbout(about: "Zzyzx Qwertyuiop") { totalCount } }'),
      t.gql('{ statements(after: "garbage") { totalCount } }'),
      t.gql('{ statements(filter: {from: "2017-02-30"}) { totalCount } }'),
      t.gql(HARMLESS_MUTATION),
    ]);
    for (const res of responses) {
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const code of codes(res)) expect(publicCodes.has(code as never), code).toBe(true);
      assertNoStack(res.body);
    }
  });
});

describe('CSRF prevention', () => {
  it('a GET query without a preflight-forcing header is refused', async () => {
    const res = await fetch(`${t.api.url}?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
  it('with apollo-require-preflight it is answered', async () => {
    const res = await fetch(`${t.api.url}?query=${encodeURIComponent('{ health { ok } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { ok: true } } });
  });
});

describe('health, playground and Browser files', () => {
  it('/health reports Neo4j reachable', async () => {
    const res = await fetch(`${t.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: { reachable: true } });
  });

  for (const path of ['/', '/graphql']) {
    it(`GET ${path} from a browser is the playground, with a strict CSP and no CDN`, async () => {
      const res = await fetch(`${t.origin}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]!);
      // The only absolute link is the Neo4j Browser on localhost.
      expect(external.every((u) => new URL(u).hostname === 'localhost'), external.join(', ')).toBe(true);
      for (const asset of [...html.matchAll(/src="(\/playground\/[^"]+)"/g)].map((m) => m[1]!)) {
        const a = await fetch(`${t.origin}${asset}`);
        expect(a.status, asset).toBe(200);
        expect(a.headers.get('content-type'), asset).toMatch(/javascript/);
      }
    });
  }

  it('the Browser style file is served with CORS for the Browser origin only', async () => {
    const ok = await fetch(`${t.origin}/browser/claimgraph.grass`, { headers: { origin: 'http://localhost:7474' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:7474');
    expect((await ok.text()).length).toBeGreaterThan(0);
    const other = await fetch(`${t.origin}/browser/claimgraph.grass`, { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('unknown paths are a JSON 404', async () => {
    const res = await fetch(`${t.origin}/browser/../../package.json`);
    expect(res.status).toBe(404);
    const again = await fetch(`${t.origin}/nope`);
    expect(again.status).toBe(404);
    expect((await again.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

// postGraphql is used by other suites; keep it referenced for the type import.
void postGraphql;
