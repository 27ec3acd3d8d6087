// The seed article through the real extractor and writer, against a real Neo4j: what lands, that
// importing again changes nothing, that a newer extractor replaces statements cleanly, and that
// deleteArticle leaves no orphan behind.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction, ExtractOptions } from '../../src/extract/types.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { deleteArticle, deleteArticles as deleteArticlesInBatches } from '../../src/graph/delete-article.ts';
import { articleId } from '../../src/graph/identity.ts';
import { importArticles, type ArticleRecordInput } from '../../src/import/import-articles.ts';
import { deleteArticles, openGraph, subgraphCounts, uniqueBase } from '../import/graph-under-test.ts';

const SEED = new URL('../fixtures/ar-kremlin-trump-putin-syria.txt', import.meta.url);

describe('the seed article', () => {
  let graph: Graph;
  let record: ArticleRecordInput;
  let id: string;

  beforeAll(async () => {
    graph = await openGraph();
    const text = await readFile(SEED, 'utf8');
    // A URL of its own keeps this article apart from other tests importing the same text.
    record = { url: `${uniqueBase('seed')}/kremlin`, text, language: 'ar' };
    id = articleId(record);
  });
  afterAll(async () => {
    await deleteArticles(graph, [id]);
    await graph.close();
  });

  it('lands as new, and one pattern finds the Kremlin on Trump and Putin via Reuters and Trump denying', async () => {
    const summary = await importArticles(graph, [record], { extractorVersion: 'test-1' });
    expect(summary).toMatchObject({ new: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(summary.statements).toBeGreaterThan(0);

    const rows = await graph.run(
      `MATCH (a:Article {id: $id}),
             (kremlin:Actor {id: 'kremlin'})<-[:SAID_BY]-(about:Statement)-[:REPORTED_IN]->(a),
             (about)-[:ABOUT]->(:Actor {id: 'donald-trump'}),
             (about)-[:ABOUT]->(:Actor {id: 'vladimir-putin'}),
             (kremlin)<-[:SAID_BY]-(relayed:Statement)-[:VIA]->(:Actor {id: 'reuters'}),
             (relayed)-[:REPORTED_IN]->(a),
             (:Actor {id: 'donald-trump'})<-[:SAID_BY]-(denial:Statement {cueType: 'DENY'})-[:REPORTED_IN]->(a)
       RETURN count(*) AS matches`,
      { id },
    );
    expect(Number(rows[0]!.matches)).toBeGreaterThan(0);
  });

  it('stores dates, integers and labels as the model says', async () => {
    const rows = await graph.run(
      `MATCH (a:Article {id: $id})<-[:REPORTED_IN]-(s:Statement)
       WITH a, s ORDER BY s.start LIMIT 1
       MATCH (k:Actor {id: 'kremlin'}), (p:Actor {id: 'vladimir-putin'})
       RETURN valueType(s.start) AS startType, a.language AS language, a.extractorVersion AS version,
              labels(p) AS putinLabels, p.names AS putinNames, COUNT { (a)-[:MENTIONS]->(:Actor) } AS mentioned`,
      { id },
    );
    const row = rows[0]!;
    expect(row.startType).toMatch(/^INTEGER/);
    expect(row).toMatchObject({ language: 'ar', version: 'test-1' });
    expect(row.putinLabels).toEqual(expect.arrayContaining(['Actor', 'Person']));
    expect(row.putinNames).toContain('بوتين');
    expect(Number(row.mentioned)).toBeGreaterThan(3);
  });

  it('importing again changes nothing', async () => {
    const before = await subgraphCounts(graph, [id]);
    const summary = await importArticles(graph, [record], { extractorVersion: 'test-1' });
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 1, failed: 0, statements: 0 });
    expect(await subgraphCounts(graph, [id])).toEqual(before);
  });

  it('a newer extractor replaces the statements in one go: no duplicates, no orphans', async () => {
    const before = await subgraphCounts(graph, [id]);
    // "Version 2" of the extractor finds no denials.
    const withoutDenials = (text: string, options: ExtractOptions): Extraction => {
      const e = extract(text, options);
      return { ...e, statements: e.statements.filter((s) => s.cueType !== 'DENY') };
    };
    const denials = extract(record.text, { language: 'ar' }).statements.filter((s) => s.cueType === 'DENY').length;
    expect(denials).toBeGreaterThan(0);

    const summary = await importArticles(graph, [record], { extractorVersion: 'test-2', extract: withoutDenials });
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0, failed: 0 });

    const after = await subgraphCounts(graph, [id]);
    expect(after.statements).toBe(before.statements - denials);
    const rows = await graph.run(
      `MATCH (a:Article {id: $id})
       RETURN a.extractorVersion AS version,
              COUNT { (a)<-[:REPORTED_IN]-(:Statement {cueType: 'DENY'}) } AS denials,
              COUNT { (s:Statement) WHERE s.id STARTS WITH $id + ':' AND NOT (s)-[:REPORTED_IN]->(:Article) } AS orphanStatements`,
      { id },
    );
    expect(rows[0]).toMatchObject({ version: 'test-2', denials: 0, orphanStatements: 0 });

    // Back to the full extractor: the same figures as before.
    await importArticles(graph, [record], { extractorVersion: 'test-3' });
    expect(await subgraphCounts(graph, [id])).toEqual(before);
  });
});

describe('deleteArticle', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openGraph();
  });
  afterAll(() => graph.close());

  it('removes the article, its statements and the actors only it kept alive; curated actors stay', async () => {
    const tag = uniqueBase('delete').replace(/\W+/g, '-');
    const only = `test-only-${tag}`;
    const curated = `test-curated-${tag}`;
    const text = 'Test article\n\nThe spokesman said the plan was ready.';
    const record: ArticleRecordInput = { url: `https://test.claimgraph.example/${tag}`, text, outlet: `Outlet ${tag}` };
    const fake = (): Extraction => ({
      language: 'en', title: 'Test article', outlet: null, publishedAt: null,
      actors: [
        { id: only, name: `Only ${tag}`, kind: 'PERSON', aliases: [], mentions: [[14, 27]] },
        { id: curated, name: `Curated ${tag}`, kind: 'ORGANIZATION', aliases: [], mentions: [[14, 17]] },
      ],
      statements: [{ id: 's1', speaker: only, speakerText: 'The spokesman', cue: 'said', cueType: 'SAY', content: 'the plan was ready', direct: false, about: [curated], addressees: [], via: [], date: null, span: [14, 52], parent: null }],
    });
    await importArticles(graph, [record], { extract: fake, extractorVersion: 'test' });
    await graph.run('MATCH (x:Actor {id: $id}) SET x.curated = true', { id: curated }, { mode: 'write' });

    const id = articleId(record);
    expect(await deleteArticle(graph, id)).toBe(true);
    const rows = await graph.run(
      `RETURN COUNT { (:Article {id: $id}) } AS articles,
              COUNT { (s:Statement) WHERE s.id STARTS WITH $id + ':' } AS statements,
              COUNT { (:Actor {id: $only}) } AS onlyActor,
              COUNT { (:Actor {id: $curated}) } AS curatedActor,
              COUNT { (:Outlet {id: $outlet}) } AS outlet`,
      { id, only, curated, outlet: `outlet ${tag}` },
    );
    expect(rows[0]).toEqual({ articles: 0, statements: 0, onlyActor: 0, curatedActor: 1, outlet: 0 });
    expect(await deleteArticle(graph, id)).toBe(false);
    await graph.run('MATCH (x:Actor {id: $id}) DETACH DELETE x', { id: curated }, { mode: 'write' });
  });

  it('many at once: in batches, each id reported once, unknown ids ignored', async () => {
    const tag = uniqueBase('delete-many').replace(/\W+/g, '-');
    const records: ArticleRecordInput[] = Array.from({ length: 5 }, (_, i) => ({
      url: `https://test.claimgraph.example/${tag}/${i}`,
      text: `Article ${i}\n\nThe spokesman said on Monday that plan ${i} was ready.`,
    }));
    await importArticles(graph, records);
    const ids = records.map((r) => articleId(r));
    const deleted = await deleteArticlesInBatches(graph, [...ids, ids[0]!, `url:${tag}-unknown`], 2);
    expect(deleted.sort()).toEqual([...ids].sort());
    const left = await graph.run('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids });
    expect(left[0]!.n).toBe(0);
  });
});
