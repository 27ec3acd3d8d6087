// The Neo4j a benchmark runs against: NEO4J_TEST_URI when set, otherwise a throwaway local
// instance in a temp folder on free ports, removed by stop(). Never the user's own data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Graph } from '../src/graph/connection.ts';

export interface BenchNeo4j {
  graph: Graph;
  where: string;
  stop: () => Promise<void>;
}

export async function openBenchNeo4j(tempPrefix: string, log: (line: string) => void): Promise<BenchNeo4j> {
  if (process.env.NEO4J_TEST_URI) {
    const graph = connect({
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER || 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE || undefined,
    });
    return { graph, where: `NEO4J_TEST_URI ${process.env.NEO4J_TEST_URI}`, stop: () => graph.close() };
  }
  const { startLocalNeo4j, stopLocalNeo4j } = await import('../src/neo4j/local.ts');
  const { freePorts } = await import('../src/neo4j/ports.ts');
  const home = await mkdtemp(join(tmpdir(), tempPrefix));
  const [bolt, http] = await freePorts(2);
  const local = { home, ports: { bolt: bolt!, http: http! }, password: `bench-${process.pid}-${Date.now()}`, log };
  log(`starting a throwaway Neo4j in ${home} (bolt ${bolt})`);
  const info = await startLocalNeo4j(local);
  const graph = connect({ uri: info.uri, user: info.user, password: info.password });
  return {
    graph,
    where: 'throwaway local Neo4j (heap and page cache: defaults of src/neo4j)',
    stop: async () => {
      await graph.close();
      await stopLocalNeo4j(local);
      await rm(home, { recursive: true, force: true });
    },
  };
}
