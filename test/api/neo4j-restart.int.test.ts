// When Neo4j goes away the API keeps answering, with SERVICE_UNAVAILABLE (and /health 503), and
// when it comes back the same server process answers again: no restart. Uses a throwaway local
// Neo4j of its own (test/support/own-neo4j.ts), since stopping the shared one would break other suites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  // Short driver timeouts: an outage is reported in seconds rather than after the default retries.
  graph = connect({ uri: info.uri, user: info.user, password: info.password }, { connectionTimeoutMs: 2000, maxTransactionRetryTimeMs: 2000 });
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

  it('answers SERVICE_UNAVAILABLE (503) while it is down, and /health says so', async () => {
    await neo4j.stop();
    const res = await t.gql('{ actors(first: 1) { totalCount } }');
    expect(codes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.body.errors![0]!.message).not.toMatch(/bolt:|127\.0\.0\.1|password/);
    const health = await fetch(`${t.origin}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', neo4j: { reachable: false } });
    const q = await t.gql('{ health { ok neo4j } }');
    expect(q.body).toEqual({ data: { health: { ok: false, neo4j: false } } });
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
