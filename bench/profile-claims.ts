// Where one batch's claim work goes: imports --count generated articles with claims (the graph a
// batch meets), then writes the next --batch-size articles in one transaction with every query
// of the claim step run under PROFILE, printing each query's wall time, rows and db hits.
//
//   npm run bench:profile-claims -- --count 3000 --batch-size 100
//
// Throwaway local Neo4j only (its data is removed with it): the profiled batch is committed.
import { Command } from 'commander';
import { EXTRACTOR_VERSION, extract } from '../src/extract/index.ts';
import type { Tx } from '../src/graph/connection.ts';
import { applySchema } from '../src/graph/schema.ts';
import { buildArticleBatch } from '../src/graph/write-articles.ts';
import { writeClaims, type PreviousLink } from '../src/graph/write-claims.ts';
import { prepareArticleWrite } from '../src/graph/write-prepare.ts';
import { textForExtraction } from '../src/import/article-text.ts';
import { importArticles } from '../src/import/import-articles.ts';
import { generateCorpus } from './generate-corpus.ts';
import { openBenchNeo4j } from './neo4j.ts';

const options = new Command('bench-profile-claims')
  .option('--count <n>', 'articles imported before the profiled batch', (v) => Number.parseInt(v, 10), 3000)
  .option('--batch-size <n>', 'articles in the profiled batch', (v) => Number.parseInt(v, 10), 100)
  .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 42)
  .parse()
  .opts<{ count: number; batchSize: number; seed: number }>();
const log = (line: string) => process.stderr.write(`${line}\n`);

interface PlanNode { dbHits?: number; children?: PlanNode[]; operatorType?: string; rows?: number }
const dbHits = (p: PlanNode | null | undefined): number => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + dbHits(c), 0) : 0);
/** The operators with the most db hits (their own, not their children's). */
function heaviest(p: PlanNode | null | undefined, out: Array<[string, number, number]> = []): Array<[string, number, number]> {
  if (!p) return out;
  out.push([p.operatorType ?? '?', p.dbHits ?? 0, p.rows ?? 0]);
  for (const c of p.children ?? []) heaviest(c, out);
  return out;
}

async function main(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) throw new Error('bench:profile-claims runs on a throwaway Neo4j only: unset NEO4J_TEST_URI');
  const { graph, stop } = await openBenchNeo4j('claimgraph-profile-', log);
  const host = `profile-${Date.now()}.claimgraph.example`;
  const records = [...generateCorpus({ count: options.count + options.batchSize, seed: options.seed, host })];
  const before = records.slice(0, options.count);
  const batch = records.slice(options.count);
  try {
    await applySchema(graph);
    log(`importing ${before.length} articles with claims...`);
    await importArticles(graph, before, { batchSize: 100, concurrency: 2, extractWorkers: 2 });
    const writes = batch
      .map((r) => {
        const text = textForExtraction(r);
        return prepareArticleWrite({ ...r, text }, extract(text, { language: r.language, publishedAt: r.publishedAt }), EXTRACTOR_VERSION);
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    const { query, params } = buildArticleBatch(writes);
    const rows: string[][] = [];
    await graph.write(async (tx) => {
      let started = performance.now();
      const articles = await tx.run(`PROFILE ${query}`, params);
      rows.push(['articles.cypher', (performance.now() - started).toFixed(0), String(articles.records.length), String(dbHits(articles.summary.profile as PlanNode))]);
      const previous = (articles.records[0]?.get('previousClaims') as PreviousLink[] | undefined) ?? [];
      const profiled = {
        run: async (cypher: string, p: Record<string, unknown>) => {
          started = performance.now();
          const result = await tx.run(`PROFILE ${cypher}`, p);
          const name = cypher.replace(/^CYPHER [^\n]*\n/, '').match(/^\/\/ (.{0,60})/)?.[1] ?? cypher.slice(0, 40);
          const plan = result.summary.profile as PlanNode;
          rows.push([name, (performance.now() - started).toFixed(0), String(result.records.length), String(dbHits(plan))]);
          const top = heaviest(plan).sort((a, b) => b[1] - a[1]).slice(0, 4);
          log(`  ${name}\n    heaviest operators: ${top.map(([op, hits, r]) => `${op} ${hits} hits/${r} rows`).join('; ')}`);
          return result;
        },
      } as unknown as Tx;
      const plan = await writeClaims(profiled, writes, previous);
      log(`plan: ${plan.links.length} links, ${plan.responses.length} responses, ${plan.touched.length} touched`);
    });
    console.log(`| query | ms | rows | db hits |\n|---|---:|---:|---:|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
  } finally {
    await stop();
  }
}

await main();
