// A real API server over the integration Neo4j (test/import/graph-under-test.ts: NEO4J_TEST_URI from
// the global setup), on a free port, plus a small GraphQL-over-HTTP client that reports status,
// headers and how many Cypher queries the request ran.
import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../src/graph/connection.ts';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../../src/api/server.ts';
import { openGraph } from '../import/graph-under-test.ts';
import { removeSeedGraph, seedGraph } from '../support/seed-graph.ts';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
  /** Cypher queries the request ran (x-claimgraph-cypher-queries). */
  queries: number;
}

export interface TestApi {
  graph: Graph;
  api: ApiServer;
  origin: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApi(options: Partial<ApiServerOptions> = {}, graph?: Graph): Promise<TestApi> {
  const ownGraph = !graph;
  const g = graph ?? (await openGraph());
  const errors: unknown[] = [];
  const api = await startApiServer({ graph: g, port: 0, exposeQueryCount: true, logError: (e) => { errors.push(e); if (process.env.CLAIMGRAPH_DEBUG) console.error(e); }, ...options });
  return {
    graph: g,
    api,
    origin: api.url.replace(/\/graphql$/, ''),
    gql: (query, variables, headers) => postGraphql(api.url, query, variables, headers),
    async close() {
      await api.close();
      if (ownGraph) await g.close();
    },
  };
}

export async function postGraphql<T>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GqlResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, body, queries: Number(res.headers.get('x-claimgraph-cypher-queries') ?? NaN) };
}

/** The codes of a response's errors (for table-driven failure messages). */
export function codes(res: GqlResponse): string[] {
  return (res.body.errors ?? []).map((e) => String(e.extensions?.code));
}

/**
 * The API over the seed graph (test/support/seed-graph.ts) for one test file: started and seeded
 * before its tests, the seed removed and the server closed after them. The returned object is
 * usable from inside tests (it forwards to the server started in beforeAll).
 */
export function useSeededApi(options: Partial<ApiServerOptions> = {}): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi(options);
    await seedGraph(started.graph);
  });
  afterAll(async () => {
    if (!started) return;
    await removeSeedGraph(started.graph);
    await started.close();
  });
  const current = (): TestApi => {
    if (!started) throw new Error('useSeededApi: the server starts in beforeAll; use it inside tests');
    return started;
  };
  return {
    get graph() {
      return current().graph;
    },
    get api() {
      return current().api;
    },
    get origin() {
      return current().origin;
    },
    gql: (query, variables, headers) => current().gql(query, variables, headers),
    close: () => current().close(),
  };
}
