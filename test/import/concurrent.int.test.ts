// Imports running at the same time over articles that share actors (the Kremlin, Putin, Reuters
// appear everywhere): no actor is duplicated and nothing is lost, also while a newer extractor
// replaces statements and orphan actors are being removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusRecord } from '../../bench/generate-corpus.ts';
import { extract } from '../../src/extract/index.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { prepareArticleWrite, type ArticleWrite } from '../../src/graph/write-prepare.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { importArticles, type ImportSummary } from '../../src/import/import-articles.ts';
import { deleteArticles, openGraph } from './graph-under-test.ts';

const PER_IMPORT = 60;

describe('concurrent imports sharing actors', () => {
  const graphs: Graph[] = [];
  let corpora: CorpusRecord[][];
  let writes: ArticleWrite[];

  beforeAll(async () => {
    // One connection per importer, as separate processes would have.
    for (let i = 0; i < 3; i++) graphs.push(await openGraph());
    const tag = `${process.pid}-${Date.now()}`;
    corpora = [0, 1, 2].map((i) => [...generateCorpus({ count: PER_IMPORT, seed: 100 + i, host: `c${i}-${tag}.test.claimgraph.example` })]);
    writes = corpora.flat().map((r) => {
      const text = textForExtraction(r);
      return prepareArticleWrite({ ...r, text }, extract(text, { language: r.language, publishedAt: r.publishedAt }), 'x');
    });
  }, 120_000);

  afterAll(async () => {
    await deleteArticles(graphs[0]!, writes.map((w) => w.id));
    for (const g of graphs) await g.close();
  });

  async function check(): Promise<void> {
    const ids = writes.map((w) => w.id);
    const actorIds = [...new Set(writes.flatMap((w) => w.actorIds))];
    const rows = await graphs[0]!.run(
      `RETURN
         COUNT { MATCH (a:Article) WHERE a.id IN $ids } AS articles,
         COUNT { MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids } AS statements,
         COUNT { MATCH (x:Actor) WHERE x.id IN $actorIds } AS actorNodes,
         COUNT { MATCH (a:Article)-[:MENTIONS]->(x:Actor) WHERE a.id IN $ids } AS mentions`,
      { ids, actorIds },
    );
    expect(rows[0]).toEqual({
      articles: writes.length,
      statements: writes.reduce((n, w) => n + w.statements.length, 0),
      // One node per actor id: MERGE on the unique key, whoever came first.
      actorNodes: actorIds.length,
      mentions: writes.reduce((n, w) => n + w.mentions.length, 0),
    });
    // Every statement kept its speaker link (a lost actor would drop it).
    const speakers = await graphs[0]!.run(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
       RETURN count(s) - COUNT { MATCH (s2:Statement)-[:SAID_BY]->(:Actor), (s2)-[:REPORTED_IN]->(a2:Article) WHERE a2.id IN $ids } AS withoutSpeaker`,
      { ids },
    );
    const expectedWithout = writes.reduce((n, w) => n + w.statements.filter((s) => !s.speaker).length, 0);
    expect(Number(speakers[0]!.withoutSpeaker)).toBe(expectedWithout);
  }

  it('lands every article once, with one node per actor', async () => {
    const summaries = await Promise.all(
      corpora.map((c, i) => importArticles(graphs[i]!, c, { batchSize: 5, concurrency: 3, extractorVersion: 'c-1' })),
    );
    for (const s of summaries) expect(s).toMatchObject({ new: PER_IMPORT, failed: 0 } satisfies Partial<ImportSummary>);
    await check();
  }, 300_000);

  it('stays exact when the same articles are re-extracted concurrently (replacements and orphan removal racing)', async () => {
    // Two importers on the same corpus, one on another: replace/replace and replace/create races.
    const summaries = await Promise.all([
      importArticles(graphs[0]!, corpora[0]!, { batchSize: 5, concurrency: 3, extractorVersion: 'c-2' }),
      importArticles(graphs[1]!, corpora[0]!, { batchSize: 7, concurrency: 3, extractorVersion: 'c-2' }),
      importArticles(graphs[2]!, corpora[1]!, { batchSize: 5, concurrency: 3, extractorVersion: 'c-2' }),
    ]);
    expect(summaries.map((s) => s.failed)).toEqual([0, 0, 0]);
    // Each article of corpus 0 was updated by exactly one of its two importers.
    expect(summaries[0]!.updated + summaries[1]!.updated).toBe(PER_IMPORT);
    expect(summaries[2]!.updated).toBe(PER_IMPORT);
    await check();
  }, 300_000);
});
