// Import benchmark: articles/s and statements/s of the real importer (reading records, skipping
// stored ones, extraction, batched transactional writes), and its ratio to the raw write bound
// measured in the SAME run: the same nodes and relationships written by one plain UNWIND query
// per batch (cypher/write/bench-raw-articles.cypher) straight through the driver, with the
// extraction done beforehand and not timed.
//
//   npm run bench:import                       # 10,000 generated articles, throwaway Neo4j
//   npm run bench:import -- --count 2000 --batch-size 100 --concurrency 2
//   npm run bench:import -- --no-claims        # the import without claims only (no comparison)
//
// By default the import is timed twice on the same records: without claims (WriteOptions.claims
// false), then as users run it, with claims clustered and denials linked in each batch's
// transaction; the ratio of the two throughputs is what claims cost.
//
// Neo4j: NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) when set, with the bench's
// articles deleted afterwards; otherwise a throwaway local instance in a temp folder on free
// ports, stopped and removed at the end. Never the user's NEO4J_URI.
import { Command } from 'commander';
import { EXTRACTOR_VERSION, extract } from '../src/extract/index.ts';
import type { Graph } from '../src/graph/connection.ts';
import { deleteArticles } from '../src/graph/delete-article.ts';
import { applySchema } from '../src/graph/schema.ts';
import { buildArticleBatch } from '../src/graph/write-articles.ts';
import { writeQuery } from '../src/graph/write-cypher.ts';
import { prepareArticleWrite, type ArticleWrite } from '../src/graph/write-prepare.ts';
import { textForExtraction } from '../src/import/article-text.ts';
import { importArticles } from '../src/import/import-articles.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { generateCorpus, type CorpusRecord } from './generate-corpus.ts';

interface BenchOptions {
  count: number;
  seed: number;
  batchSize: number;
  concurrency: number;
  extractWorkers: number;
  claims: boolean;
  warmup: number;
}

const program = new Command('bench-import')
  .option('--count <n>', 'articles', (v) => Number.parseInt(v, 10), 10_000)
  .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 42)
  .option('--batch-size <n>', 'articles per transaction', (v) => Number.parseInt(v, 10), 100)
  .option('--concurrency <n>', 'batches in flight', (v) => Number.parseInt(v, 10), 2)
  .option('--extract-workers <n>', 'extraction worker threads of the import (0: main thread)', (v) => Number.parseInt(v, 10), 2)
  .option('--no-claims', 'time only the import without claims (default: both, and their ratio)')
  .option('--warmup <n>', 'articles imported (and deleted) in each mode before the timings, to warm the JVM', (v) => Number.parseInt(v, 10), 600)
  .parse();
const options = program.opts<BenchOptions>();

const log = (line: string) => process.stderr.write(`${line}\n`);


function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `work` over the batches with at most `concurrency` in flight. */
async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function prepare(records: readonly CorpusRecord[]): ArticleWrite[] {
  return records.map((r) => {
    const text = textForExtraction(r);
    return prepareArticleWrite({ ...r, text }, extract(text, { language: r.language, publishedAt: r.publishedAt }), EXTRACTOR_VERSION);
  });
}

async function rawWrite(graph: Graph, writes: readonly ArticleWrite[]): Promise<void> {
  const query = writeQuery('bench-raw-articles');
  await pool(batches(writes, options.batchSize), options.concurrency, async (batch) => {
    const { params } = buildArticleBatch(batch);
    await graph.write((tx) => tx.run(query, params));
  });
}

async function cleanup(graph: Graph, writes: readonly ArticleWrite[]): Promise<void> {
  for (const batch of batches(writes.map((w) => w.id), 500)) await deleteArticles(graph, batch);
}

async function main(): Promise<void> {
  const { graph, where, stop } = await openBenchNeo4j('claimgraph-bench-', log);
  try {
    await applySchema(graph);
    const host = `bench-${Date.now()}.claimgraph.example`;
    const records = [...generateCorpus({ count: options.count, seed: options.seed, host })];
    // Warm-up, untimed: a fresh Neo4j spends most of its CPU in its JIT compiler for the first
    // minute or so (C2 compiler threads: 22 s of 30 s of Neo4j's CPU in a 3,000-article import
    // without claims, from /proc/<pid>/task), and whichever mode ran first paid for the code
    // paths both share. Each mode imports --warmup articles of another corpus first, then they
    // are deleted: the timings compare the two writes, not the JVM's warm-up.
    const warmup = [...generateCorpus({ count: Math.max(options.warmup, 20), seed: options.seed + 1, host: `warmup-${host}` })];

    // Extraction alone, for the record (and the raw run's input).
    let started = performance.now();
    const writes = prepare(records);
    const extractSeconds = (performance.now() - started) / 1000;
    const statements = writes.reduce((n, w) => n + w.statements.length, 0);
    log(`extraction alone: ${options.count} articles in ${extractSeconds.toFixed(1)} s`);

    const warm = prepare(warmup);
    await rawWrite(graph, warm);
    await cleanup(graph, warm);
    for (const claims of options.claims ? [false, true] : [false]) {
      await importArticles(graph, warmup, { batchSize: options.batchSize, concurrency: options.concurrency, extractWorkers: options.extractWorkers, claims });
      await cleanup(graph, warm);
    }

    log('raw write bound...');
    started = performance.now();
    await rawWrite(graph, writes);
    const rawSeconds = (performance.now() - started) / 1000;
    await cleanup(graph, writes);

    const timedImport = async (claims: boolean): Promise<number> => {
      log(`import (claims ${claims ? 'on' : 'off'})...`);
      const summary = await importArticles(graph, records, { batchSize: options.batchSize, concurrency: options.concurrency, extractWorkers: options.extractWorkers, claims });
      if (summary.new !== options.count || summary.failed !== 0 || summary.statements !== statements) {
        throw new Error(`import did not write what the raw run wrote: ${JSON.stringify(summary)} vs ${statements} statements`);
      }
      return summary.elapsedMs / 1000;
    };
    let noClaimsSeconds: number | null = null;
    let claimStats = '';
    if (options.claims) {
      noClaimsSeconds = await timedImport(false);
      await cleanup(graph, writes);
    }
    const importSeconds = await timedImport(options.claims);
    if (options.claims) {
      const [row] = await graph.run(
        `MATCH (c:Claim) WHERE c.firstArticle IN $ids OR c.implicit
         RETURN count(c) AS claims, sum(CASE WHEN c.reportCount > 1 THEN 1 ELSE 0 END) AS multi, max(c.reportCount) AS largest`,
        { ids: writes.map((w) => w.id) },
      );
      claimStats = `claims: ${row?.claims}, with 2+ reports: ${row?.multi}, largest: ${row?.largest} reports`;
    }

    // Running it again: every article is found unchanged (no extraction, no write).
    const again = await importArticles(graph, records, { batchSize: options.batchSize, concurrency: options.concurrency });
    await cleanup(graph, writes);

    const rate = (n: number, s: number) => (n / s).toFixed(0);
    const rows = [
      ['extraction only (no graph)', extractSeconds, rate(options.count, extractSeconds), rate(statements, extractSeconds)],
      ['raw write bound (UNWIND, pre-extracted)', rawSeconds, rate(options.count, rawSeconds), rate(statements, rawSeconds)],
      ...(noClaimsSeconds === null ? [] : [['import without claims', noClaimsSeconds, rate(options.count, noClaimsSeconds), rate(statements, noClaimsSeconds)] as const]),
      [options.claims ? 'import (extraction + idempotent writes + claims)' : 'import without claims', importSeconds, rate(options.count, importSeconds), rate(statements, importSeconds)],
      ['re-import, all unchanged', again.elapsedMs / 1000, rate(options.count, again.elapsedMs / 1000), '-'],
    ] as const;
    const table = [
      `${options.count} generated articles (seed ${options.seed}, ${statements} statements), batch size ${options.batchSize}, concurrency ${options.concurrency}, ${options.extractWorkers} extraction worker(s), ${where}, extractor ${EXTRACTOR_VERSION}`,
      '',
      '| run | seconds | articles/s | statements/s |',
      '|---|---:|---:|---:|',
      ...rows.map(([name, s, a, st]) => `| ${name} | ${s.toFixed(1)} | ${a} | ${st} |`),
      '',
      `import / raw write bound: ${((rawSeconds / importSeconds) * 100).toFixed(0)}%`,
      ...(noClaimsSeconds === null ? [] : [`import with claims / without: ${((noClaimsSeconds / importSeconds) * 100).toFixed(0)}% of the throughput (${claimStats})`]),
    ].join('\n');
    process.stdout.write(`${table}\n`);
  } finally {
    await stop();
  }
}

await main();
