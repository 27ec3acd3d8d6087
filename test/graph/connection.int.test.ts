// The connection layer against the real server: units of work, and every failure as a GraphError.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Graph } from '../../src/graph/connection.ts';
import { GraphError } from '../../src/graph/errors.ts';
import { freePorts } from '../../src/neo4j/ports.ts';
import { deleteTagged, testGraph, testSettings, uniqueTag } from '../support/graph.ts';

async function failureOf(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(GraphError);
    return err as GraphError;
  }
  throw new Error('expected a GraphError, but the call succeeded');
}

describe('connect() against the test Neo4j', () => {
  let graph: Graph;
  const tag = uniqueTag('conn');

  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(async () => {
    await deleteTagged(graph, tag);
    await graph.close();
  });

  it('verifies and runs a parameterised query, rows as plain objects with JS numbers', async () => {
    await graph.verify();
    const rows = await graph.run('UNWIND range(1, $n) AS i RETURN i, $word AS word', { n: 3, word: 'قال' });
    expect(rows).toEqual([
      { i: 1, word: 'قال' },
      { i: 2, word: 'قال' },
      { i: 3, word: 'قال' },
    ]);
  });

  it('commits a write and reads it back', async () => {
    await graph.write((tx) => tx.run('CREATE (:Actor {id: $id, name: $name})', { id: `${tag}-a`, name: 'A' }));
    const rows = await graph.read(async (tx) => (await tx.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: `${tag}-a` })).records);
    expect(rows.map((r) => r.get('name'))).toEqual(['A']);
  });

  it('rolls back the whole write when the work fails part-way', async () => {
    const id = `${tag}-rolled-back`;
    await expect(
      graph.write(async (tx) => {
        await tx.run('CREATE (:Actor {id: $id})', { id });
        throw new Error('fails after the first statement');
      }),
    ).rejects.toThrow('fails after the first statement');
    expect(await graph.run('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id })).toEqual([{ n: 0 }]);
  });

  const failures: { name: string; cypher: string; params: Record<string, unknown>; code: GraphError['code'] }[] = [
    { name: 'a duplicate Actor.id', cypher: 'CREATE (:Actor {id: $id}), (:Actor {id: $id})', params: { id: `${tag}-dup` }, code: 'CONSTRAINT_VIOLATION' },
    { name: 'a Cypher syntax error', cypher: 'MATC (n) RETURN n', params: {}, code: 'INVALID_QUERY' },
    { name: 'a missing parameter', cypher: 'RETURN $absent AS x', params: {}, code: 'INVALID_INPUT' },
  ];
  for (const f of failures) {
    it(`reports ${f.name} as ${f.code}`, async () => {
      const err = await failureOf(graph.run(f.cypher, f.params, { mode: 'write' }));
      expect(err.code).toBe(f.code);
    });
  }
});

describe('connection failures', () => {
  it('a wrong password: AUTH_FAILED naming the user and URI, no stack, no password', async () => {
    const settings = testSettings();
    const wrong = 'not-the-password-' + uniqueTag();
    const graph = connect({ ...settings, password: wrong });
    try {
      const err = await failureOf(graph.verify());
      expect(err.code).toBe('AUTH_FAILED');
      expect(err.expected).toBe(true);
      expect(err.message).toContain(`user '${settings.user}'`);
      expect(err.message).toContain(settings.uri);
      expect(err.message).toContain('NEO4J_PASSWORD');
      expect(err.message).not.toContain(wrong);
      expect(err.stack).not.toMatch(/\n\s+at /);
    } finally {
      await graph.close();
    }
  });

  it('nothing listening: UNAVAILABLE naming the URI', async () => {
    const [port] = await freePorts(1);
    const uri = `bolt://127.0.0.1:${port}`;
    const graph = connect({ uri, user: 'neo4j', password: 'irrelevant' }, { connectionTimeoutMs: 2000 });
    try {
      const err = await failureOf(graph.verify());
      expect(err.code).toBe('UNAVAILABLE');
      expect(err.message).toContain(`Neo4j is not reachable at ${uri}`);
      expect(err.stack).not.toMatch(/\n\s+at /);
    } finally {
      await graph.close();
    }
  });

  it('a malformed URI: a GraphError, not a crash', async () => {
    const err = await failureOf(
      (async () => connect({ uri: 'http//nope', user: 'neo4j', password: 'x' }).verify())(),
    );
    expect(err).toBeInstanceOf(GraphError);
  });
});
