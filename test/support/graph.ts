// Integration-test access to the run's Neo4j (test/setup/neo4j.global.ts).
//
//   testSettings()      the injected connection settings (uri, user, password, database, local?)
//   testGraph()         a Graph connected to them; close it in afterAll
//   uniqueTag(prefix)   a string no other test or run uses: prefix ids/names with it to isolate data
//   deleteTagged(graph, tag)  remove every node whose id starts with the tag (and its relationships)
//
// Tests share one database (files run one at a time, but several helpers' runs may share a dev
// server through NEO4J_TEST_URI): never wipe the whole graph, only what your tag marks.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connect, type Graph } from '../../src/graph/connection.ts';
import type { TestNeo4j } from '../setup/neo4j.global.ts';

export function testSettings(): TestNeo4j {
  const settings = inject('neo4j');
  if (!settings) throw new Error('No test Neo4j: run integration tests with `npx vitest run --project integration`');
  return settings;
}

export function testGraph(): Graph {
  return connect(testSettings());
}

export function uniqueTag(prefix = 't'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export async function deleteTagged(graph: Graph, tag: string): Promise<number> {
  const rows = await graph.run(
    `MATCH (n) WHERE n.id STARTS WITH $tag
     WITH collect(n) AS nodes
     FOREACH (n IN nodes | DETACH DELETE n)
     RETURN size(nodes) AS deleted`,
    { tag },
    { mode: 'write' },
  );
  return Number(rows[0]?.deleted ?? 0);
}
