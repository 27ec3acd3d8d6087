// When Neo4j goes away the API keeps answering, every request within 2 s with HTTP 503 and
// SERVICE_UNAVAILABLE (and /health 503), and when it comes back the same server process answers
// again: no restart. The driver keeps its defaults (10 s connect timeout, 15 s of retries): the
// bound comes from the server's health circuit (src/graph/read/circuit.ts), not from tuning. Uses a throwaway local
// Neo4j of its own (test/support/own-neo4j.ts), since stopping the shared one would break other suites.
import { readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLayout } from '../../src/neo4j/layout.ts';
import { connect, type Graph } from '../../src/graph/connection.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';
import { codes, startTestApi, type TestApi } from './api-under-test.ts';

let neo4j: OwnNeo4j;
let graph: Graph;
let t: TestApi;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  neo4j = await startOwnNeo4j('api-restart');
  const { info } = neo4j;
  graph = connect({ uri: info.uri, user: info.user, password: info.password });
  await applySchema(graph);
  t = await startTestApi({}, graph);
}, 240_000);

afterAll(async () => {
  await t?.close();
  await graph?.close();
  await neo4j?.dispose();
}, 120_000);

const QUERY = '{ health { ok neo4j } actors(first: 1) { totalCount } }';

describe('Neo4j goes away and comes back', () => {
  it('answers normally while Neo4j is up', async () => {
    const res = await t.gql(QUERY);
    expect(res.body).toEqual({ data: { health: { ok: true, neo4j: true }, actors: { totalCount: 0 } } });
  });

  it('answers every request within 2 s with HTTP 503 and SERVICE_UNAVAILABLE while it is down, and /health says so', async () => {
    await neo4j.stop();
    // The first request after the outage (nothing known yet), then more, reads and a write, in parallel too.
    const asks = [
      '{ actors(first: 1) { totalCount } }',
      '{ statements(first: 5) { totalCount nodes { content } } }',
      '{ whoSaidWhatAbout(about: "Trump") { totalCount } }',
      'mutation { deleteArticle(id: "url:nope") }',
    ];
    for (const round of [0, 1]) {
      const timed = await Promise.all(
        asks.map(async (q) => {
          const t0 = performance.now();
          const res = await t.gql(q);
          return { q, res, ms: performance.now() - t0 };
        }),
      );
      for (const { q, res, ms } of timed) {
        expect(res.status, `${q} (round ${round})`).toBe(503);
        expect(codes(res), q).toEqual(['SERVICE_UNAVAILABLE']);
        expect(ms, `${q} (round ${round}) answered in ${Math.round(ms)} ms`).toBeLessThan(2000);
        expect(res.body.errors![0]!.message).not.toMatch(/bolt:|127\.0\.0\.1|password/);
      }
    }
    const t0 = performance.now();
    const health = await fetch(`${t.origin}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', neo4j: { reachable: false } });
    const q = await t.gql('{ health { ok neo4j } }');
    expect(q.status).toBe(200);
    expect(q.body).toEqual({ data: { health: { ok: false, neo4j: false } } });
    expect(performance.now() - t0, 'health answers promptly').toBeLessThan(4000);
  }, 120_000);

  it('answers normally again once Neo4j is back, without restarting the server', async () => {
    await neo4j.start();
    let last: unknown;
    for (let i = 0; i < 30; i++) {
      const res = await t.gql(QUERY);
      last = res.body;
      if (!res.body.errors) break;
      await sleep(1000);
    }
    expect(last).toEqual({ data: { health: { ok: true, neo4j: true }, actors: { totalCount: 0 } } });
    expect((await fetch(`${t.origin}/health`)).status).toBe(200);
  }, 240_000);
});

// The instance this file started is an ordinary local one (src/neo4j/local.ts): what it leaves on disk.
describe('the local instance keeps its data and password to its owner, and the Browser quiet', () => {
  it('data folder 0700, password file 0600, Browser telemetry off in the neo4j.conf it started with', async () => {
    const layout = resolveLayout(neo4j.options);
    expect((await stat(layout.dataDir)).mode & 0o777, layout.dataDir).toBe(0o700);
    expect((await stat(layout.passwordFile)).mode & 0o777, layout.passwordFile).toBe(0o600);
    expect(await readFile(layout.confFile, 'utf8')).toMatch(/^client\.allow_telemetry=false$/m);
  });
});
