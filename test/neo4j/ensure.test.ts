// ensureNeo4j with NEO4J_URI: the user's own Neo4j, and nothing local is started.
import { describe, expect, it } from 'vitest';
import { ensureNeo4j, localOptionsFromEnv } from '../../src/neo4j/ensure.ts';

describe('ensureNeo4j', () => {
  const external = [
    { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-1', NEO4J_USER: 'reader', NEO4J_DATABASE: 'news' },
    { NEO4J_URI: 'bolt://db.internal:7687', NEO4J_PASSWORD: 'secret-2' },
  ];
  for (const env of external) {
    it(`uses ${env.NEO4J_URI} as given and never the local instance`, async () => {
      // A home that cannot exist: any attempt to start locally would fail loudly.
      const resolved = await ensureNeo4j(env, { home: '/nonexistent/should-not-be-used' });
      expect(resolved).toEqual({
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD,
        database: env.NEO4J_DATABASE,
        local: false,
      });
    });
  }

  it('refuses NEO4J_URI without NEO4J_PASSWORD, naming both', async () => {
    await expect(ensureNeo4j({ NEO4J_URI: 'bolt://db:7687' })).rejects.toThrow(/NEO4J_URI.*NEO4J_PASSWORD/);
  });
});

describe('localOptionsFromEnv', () => {
  it('reads ports, home, password and API origin', () => {
    expect(
      localOptionsFromEnv({ NEO4J_BOLT_PORT: '17001', NEO4J_HTTP_PORT: '17002', CLAIMGRAPH_NEO4J_HOME: '/tmp/x', NEO4J_PASSWORD: 'pw-123456', PORT: '4100' }),
    ).toEqual({ home: '/tmp/x', ports: { bolt: 17001, http: 17002 }, password: 'pw-123456', apiOrigin: 'http://localhost:4100' });
  });

  for (const bad of ['0', '70000', 'seven', '1.5']) {
    it(`rejects NEO4J_BOLT_PORT='${bad}' with a clear message`, () => {
      expect(() => localOptionsFromEnv({ NEO4J_BOLT_PORT: bad })).toThrow(`NEO4J_BOLT_PORT must be a port number between 1 and 65535, got '${bad}'`);
    });
  }
});
