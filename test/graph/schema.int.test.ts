// Schema as code against the real server: idempotent, complete, versioned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/connection.ts';
import { applySchema, readSchema, schemaVersionOf } from '../../src/graph/schema.ts';
import { testGraph, testSettings } from '../support/graph.ts';

describe('applySchema', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('applies twice without error and records the file version once', async () => {
    const { version } = await readSchema();
    const first = await applySchema(graph);
    const second = await applySchema(graph);
    expect(first.version).toBe(version);
    expect(second).toMatchObject({ version, previousVersion: version });
    expect(await schemaVersionOf(graph)).toBe(version);
    expect(await graph.run("MATCH (v:SchemaVersion {id: 'claimgraph'}) RETURN count(v) AS n")).toEqual([{ n: 1 }]);
  });

  const constraints: [label: string, property: string][] = [
    ['Article', 'id'],
    ['Article', 'url'],
    ['Statement', 'id'],
    ['Actor', 'id'],
    ['Outlet', 'id'],
    ['SchemaVersion', 'id'],
  ];
  for (const [label, property] of constraints) {
    it(`has a uniqueness constraint on ${label}.${property} (SHOW CONSTRAINTS)`, async () => {
      const rows = await graph.run(
        `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
         WHERE type = 'UNIQUENESS' AND labelsOrTypes = [$label] AND properties = [$property]
         RETURN count(*) AS n`,
        { label, property },
      );
      expect(rows).toEqual([{ n: 1 }]);
    });
  }

  const fulltext: [name: string, analyzer: string][] = [
    ['actor_names_ar', 'arabic'],
    ['actor_names_en', 'english'],
    ['statement_content_ar', 'arabic'],
    ['statement_content_en', 'english'],
  ];
  for (const [name, analyzer] of fulltext) {
    it(`has full-text index ${name} with the ${analyzer} analyzer, online`, async () => {
      const rows = await graph.run(
        `SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = $name
         RETURN state, options.indexConfig['fulltext.analyzer'] AS analyzer`,
        { name },
      );
      expect(rows).toEqual([{ state: 'ONLINE', analyzer }]);
    });
  }

  it('the two languages really analyse differently (English stems, the Arabic analyzer does not stem English)', async () => {
    const id = `schema-ft-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const word = `zq${Math.random().toString(36).slice(2, 8)}`;
    await graph.run('CREATE (:Statement {id: $id, content: $content})', { id, content: `The minister criticized ${word} sanctions` }, { mode: 'write' });
    try {
      await graph.run('CALL db.awaitIndexes(60)');
      const hits = async (index: string) =>
        (await graph.run('CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id', { index, q: `criticize AND ${word}` })).map((r) => r.id);
      expect(await hits('statement_content_en')).toEqual([id]);
      expect(await hits('statement_content_ar')).toEqual([]);
    } finally {
      await graph.run('MATCH (s:Statement {id: $id}) DETACH DELETE s', { id }, { mode: 'write' });
    }
  });

  it('has the range and text indexes the queries filter on', async () => {
    const rows = await graph.run(
      `SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type IN ['RANGE', 'TEXT']
       RETURN type + ':' + labelsOrTypes[0] + '.' + properties[0] AS index`,
    );
    const indexes = rows.map((r) => r.index);
    for (const expected of [
      'RANGE:Statement.cueType',
      'RANGE:Statement.date',
      'RANGE:Statement.language',
      'RANGE:Article.publishedAt',
      'RANGE:Actor.kind',
      'RANGE:Actor.name',
      'TEXT:Actor.name',
    ]) {
      expect(indexes, expected).toContain(expected);
    }
  });
});

describe('applySchema from several processes at once', () => {
  it('three concurrent applies all succeed and leave one SchemaVersion', async () => {
    const graphs = [testGraph(), testGraph(), testGraph()];
    try {
      // On this run's own instance, make the race real: drop two indexes so every process tries
      // to create them. (Never on a shared NEO4J_TEST_URI server: others may be using them.)
      if (testSettings().local) {
        for (const index of ['actor_kind', 'statement_content_en']) {
          await graphs[0]!.run(`DROP INDEX ${index} IF EXISTS`, {}, { mode: 'write' });
        }
      }
      const results = await Promise.all(graphs.map((g) => applySchema(g)));
      const { version } = await readSchema();
      expect(results.map((r) => r.version)).toEqual([version, version, version]);
      expect(await graphs[0]!.run("MATCH (v:SchemaVersion {id: 'claimgraph'}) RETURN count(v) AS n")).toEqual([{ n: 1 }]);
      const names = (await graphs[0]!.run('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['actor_kind', 'statement_content_en']));
    } finally {
      await Promise.all(graphs.map((g) => g.close()));
    }
  });
});
