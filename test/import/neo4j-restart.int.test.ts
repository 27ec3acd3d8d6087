// Neo4j restarts in the middle of an import (a failover, a crash, an upgrade): the import finishes
// on its own, reports what did not land, leaves only whole articles, and running it again completes
// with exact counts. Uses a throwaway local Neo4j of its own (stopping the shared one would break
// the other suites).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusRecord } from '../../bench/generate-corpus.ts';
import { extract } from '../../src/extract/index.ts';
import { connect, type Graph } from '../../src/graph/connection.ts';
import { articleId } from '../../src/graph/identity.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { prepareArticleWrite } from '../../src/graph/write-prepare.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { importArticles } from '../../src/import/import-articles.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';

const COUNT = 200;
let neo4j: OwnNeo4j;
let graph: Graph;
let records: CorpusRecord[];
/** Statements each article must have, from the same extractor the import runs. */
const expected = new Map<string, number>();

beforeAll(async () => {
  neo4j = await startOwnNeo4j('import-restart');
  const { info } = neo4j;
  // The product's connection settings (driver retries included): what a user's import runs with.
  graph = connect({ uri: info.uri, user: info.user, password: info.password });
  await applySchema(graph);
  records = [...generateCorpus({ count: COUNT, seed: 11, host: 'restart.test.claimgraph.example' })];
  for (const r of records) {
    const text = textForExtraction(r);
    const write = prepareArticleWrite({ ...r, text }, extract(text, { language: r.language, publishedAt: r.publishedAt }), 'x');
    expected.set(articleId({ url: r.url, text }), write.statements.length);
  }
}, 240_000);

afterAll(async () => {
  await graph?.close();
  await neo4j?.dispose();
}, 120_000);

async function landed(): Promise<Map<string, number>> {
  const rows = await graph.run(
    `MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, COUNT { (a)<-[:REPORTED_IN]-(:Statement) } AS statements`,
    { ids: [...expected.keys()] },
  );
  return new Map(rows.map((r) => [r.id as string, Number(r.statements)]));
}

describe('Neo4j restarts during an import', () => {
  it('the import ends by itself, whole articles only, failures reported; the next run completes exactly', async () => {
    let restart: Promise<void> | undefined;
    const rejects: string[] = [];
    const first = await importArticles(graph, records, {
      batchSize: 10,
      concurrency: 2,
      onReject: (r) => rejects.push(r.reason),
      onProgress: (p) => {
        // Once some batches have committed, take the server away and bring it back.
        if (!restart && p.new >= 30) {
          restart = (async () => {
            await neo4j.stop();
            await neo4j.start();
          })();
        }
      },
    });
    expect(restart, 'the import finished before the restart could start').toBeDefined();
    await restart;

    // Every article is accounted for: written, found already written, or reported with a reason.
    // ("Unchanged" in a first run: a batch that committed as the server went away, whose
    // acknowledgement was lost; the driver ran it again after the restart and found it stored.)
    expect(first.failed, JSON.stringify(first)).toBe(rejects.length);
    expect(first.new + first.unchanged + first.failed, JSON.stringify(first)).toBe(COUNT);
    for (const reason of rejects) expect(reason.length).toBeGreaterThan(0);

    const afterFirst = await landed();
    expect(afterFirst.size).toBe(first.new + first.unchanged);
    for (const [id, statements] of afterFirst) expect(statements, `article ${id}`).toBe(expected.get(id));

    const second = await importArticles(graph, records, { batchSize: 10, concurrency: 2 });
    expect(second.failed).toBe(0);
    expect(second.unchanged).toBe(afterFirst.size);
    expect(second.new).toBe(COUNT - afterFirst.size);
    const afterSecond = await landed();
    expect(afterSecond.size).toBe(COUNT);
    for (const [id, statements] of afterSecond) expect(statements, `article ${id}`).toBe(expected.get(id));
  }, 400_000);
});
