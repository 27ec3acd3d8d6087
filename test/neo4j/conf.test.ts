// neo4j.conf, the java command line and the schema file, checked without starting anything.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../src/neo4j/conf.ts';
import { NEO4J_VERSION, POM_FILE, resolveLayout } from '../../src/neo4j/layout.ts';
import { jvmArguments } from '../../src/neo4j/process.ts';
import { parseJavaMajor } from '../../src/neo4j/tools.ts';
import { readSchema, schemaStatements } from '../../src/graph/schema.ts';

function parseConf(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    expect(entries.has(line.slice(0, at)), `duplicate key in: ${line}`).toBe(false);
    entries.set(line.slice(0, at), line.slice(at + 1));
  }
  return entries;
}

describe('renderNeo4jConf', () => {
  const cases = [
    { name: 'defaults', options: {}, bolt: 7687, http: 7474 },
    { name: 'custom ports and home', options: { home: '/tmp/cg-home', ports: { bolt: 17001, http: 17002 } }, bolt: 17001, http: 17002 },
  ];
  for (const c of cases) {
    it(`binds only to loopback on the chosen ports (${c.name})`, () => {
      const layout = resolveLayout(c.options);
      const conf = parseConf(renderNeo4jConf(layout, c.options));
      expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
      expect(conf.get('server.bolt.listen_address')).toBe(`127.0.0.1:${c.bolt}`);
      expect(conf.get('server.http.listen_address')).toBe(`127.0.0.1:${c.http}`);
      expect(conf.get('server.bolt.advertised_address')).toBe(`localhost:${c.bolt}`);
      expect(conf.get('server.https.enabled')).toBe('false');
      expect(conf.get('dbms.security.auth_enabled')).toBe('true');
      expect(conf.get('dbms.usage_report.enabled')).toBe('false');
      expect(conf.get('client.allow_telemetry'), 'Neo4j Browser telemetry off').toBe('false');
      for (const key of ['server.directories.data', 'server.directories.logs', 'server.directories.run']) {
        expect(conf.get(key)?.startsWith(layout.home), `${key} under ${layout.home}`).toBe(true);
      }
    });
  }

  it('adds the Browser hooks for the API origin only when one is given', () => {
    const layout = resolveLayout();
    const without = parseConf(renderNeo4jConf(layout));
    expect([...without.keys()].some((key) => key.startsWith('browser.'))).toBe(false);
    const withApi = parseConf(renderNeo4jConf(layout, { apiOrigin: 'http://localhost:4100' }));
    expect(withApi.get('browser.post_connect_cmd')).toBe(
      'style http://localhost:4100/browser/claimgraph.grass; play http://localhost:4100/browser/guide.html',
    );
    expect(withApi.get('browser.remote_content_hostname_whitelist')).toBe('localhost');
  });

  it('lets extraConf override a default, once', () => {
    const layout = resolveLayout();
    const conf = parseConf(
      renderNeo4jConf(layout, { extraConf: { 'server.memory.pagecache.size': '64m', 'db.logs.query.enabled': 'OFF' } }),
    );
    expect(conf.get('server.memory.pagecache.size')).toBe('64m');
    expect(conf.get('db.logs.query.enabled')).toBe('OFF');
  });

  const badExtras: Record<string, string>[] = [
    { 'db.logs.query.enabled': 'OFF\nserver.default_listen_address=0.0.0.0' },
    { 'bad key=x': '1' },
  ];
  for (const extra of badExtras) {
    it(`rejects a conf line that would inject a setting: ${JSON.stringify(extra)}`, () => {
      expect(() => renderNeo4jConf(resolveLayout(), { extraConf: extra })).toThrow(/neo4j\.conf/);
    });
  }
});

describe('jvmArguments', () => {
  it('runs the community entry point on the shared lib with the official module opens', () => {
    const layout = resolveLayout({ home: '/tmp/cg-home', libDir: '/tmp/cg-lib' });
    const args = jvmArguments(layout, { heapMax: '768m' });
    expect(args).toContain('-Xmx768m');
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args).toContain('-Dfile.encoding=UTF-8');
    expect(args[args.indexOf('-cp') + 1]).toContain('/tmp/cg-lib/*');
    expect(args.slice(-3)).toEqual(['org.neo4j.server.CommunityEntryPoint', '--home-dir=/tmp/cg-home', '--config-dir=/tmp/cg-home/conf']);
  });
});

describe('parseJavaMajor', () => {
  const cases: [string, number | undefined][] = [
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['command not found', undefined],
  ];
  for (const [output, major] of cases) {
    it(`reads ${major} from '${output}'`, () => expect(parseJavaMajor(output)).toBe(major));
  }
});

describe('neo4j/pom.xml', () => {
  it(`assembles the version the code expects (${NEO4J_VERSION})`, async () => {
    const pom = await readFile(POM_FILE, 'utf8');
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
  });
});

describe('cypher/schema.cypher', () => {
  it('is all IF NOT EXISTS statements, covering every key of the graph model', async () => {
    const { text, version } = await readSchema();
    const statements = schemaStatements(text);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(statement, statement).toMatch(/ IF NOT EXISTS /);
    for (const key of ['Article) REQUIRE n.id', 'Article) REQUIRE n.url', 'Statement) REQUIRE n.id', 'Actor) REQUIRE n.id', 'Outlet) REQUIRE n.id', 'SchemaVersion) REQUIRE n.id']) {
      expect(statements.some((s) => s.includes(key)), key).toBe(true);
    }
  });

  it('splits statements on ; at line ends and drops comment lines', () => {
    expect(schemaStatements('// c\nCREATE A\n  OPTIONS {x: 1};\n\n// d;\nCREATE B;')).toEqual(['CREATE A OPTIONS {x: 1}', 'CREATE B']);
  });
});
