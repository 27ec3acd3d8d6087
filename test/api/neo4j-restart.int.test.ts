// When Neo4j goes away the API keeps answering, with SERVICE_UNAVAILABLE (and /health 503), and
// when it comes back the same server process answers again: no restart. Uses a throwaway local
// Neo4j of its own (temp home, free ports), since stopping the shared one would break other suites.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Graph } from '../../src/graph/connection.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local.ts';
import { freePorts } from '../../src/neo4j/ports.ts';
import { TEST_HOMES } from '../setup/neo4j.global.ts';
import { codes, startTestApi, type TestApi } from './api-under-test.ts';

let home: string;
let options: Parameters<typeof startLocalNeo4j>[0];
let graph: Graph;
let t: TestApi;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  await mkdir(TEST_HOMES, { recursive: true });
  home = await mkdtemp(path.join(TEST_HOMES, 'api-restart-'));
  const [bolt, http] = (await freePorts(2)) as [number, number];
  options = { home, ports: { bolt, http }, heapMax: '512m', pageCache: '128m' };
  const info = await startLocalNeo4j(options);
  options.password = info.password;
  // Short driver timeouts: an outage is reported in seconds rather than after the default retries.
  graph = connect({ uri: info.uri, user: info.user, password: info.password }, { connectionTimeoutMs: 2000, maxTransactionRetryTimeMs: 2000 });
  await applySchema(graph);
  t = await startTestApi({}, graph);
}, 240_000);

afterAll(async () => {
  await t?.close();
  await graph?.close();
  await stopLocalNeo4j(options).catch(() => undefined);
  await rm(home, { recursive: true, force: true });
}, 120_000);

const QUERY = '{ health { ok neo4j } actors(first: 1) { totalCount } }';

describe('Neo4j goes away and comes back', () => {
  it('answers normally while Neo4j is up', async () => {
    const res = await t.gql(QUERY);
    expect(res.body).toEqual({ data: { health: { ok: true, neo4j: true }, actors: { totalCount: 0 } } });
  });

  it('answers SERVICE_UNAVAILABLE (503) while it is down, and /health says so', async () => {
    await stopLocalNeo4j(options);
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
    await startLocalNeo4j(options);
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
