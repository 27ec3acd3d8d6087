// An import killed half way (SIGKILL: no cleanup, no goodbye) leaves only whole articles, and
// running it again finishes with exact counts and no duplicates.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusRecord } from '../../bench/generate-corpus.ts';
import { extract } from '../../src/extract/index.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { articleId } from '../../src/graph/identity.ts';
import { prepareArticleWrite } from '../../src/graph/write-prepare.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { deleteArticles, openGraph } from './graph-under-test.ts';

const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const COUNT = 300;

function startImport(file: string, extraArgs: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'import', file, '--batch-size', '10', '--concurrency', '2', '--rejects', `${file}.rejects`, ...extraArgs], {
    env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

describe('an import killed half way', () => {
  let graph: Graph;
  let dir: string;
  let file: string;
  let records: CorpusRecord[];
  let ids: string[];
  /** Statements each article must have, from the same extractor the import runs. */
  let expected: Map<string, number>;

  beforeAll(async () => {
    graph = await openGraph();
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-kill-'));
    file = join(dir, 'corpus.jsonl');
    const host = `kill-${process.pid}-${Date.now()}.test.claimgraph.example`;
    records = [...generateCorpus({ count: COUNT, seed: 7, host })];
    await writeFile(file, records.map((r) => JSON.stringify(r)).join('\n'));
    expected = new Map();
    for (const r of records) {
      const text = textForExtraction(r);
      const write = prepareArticleWrite({ ...r, text }, extract(text, { language: r.language, publishedAt: r.publishedAt }), 'x');
      expected.set(articleId({ url: r.url, text }), write.statements.length);
    }
    ids = [...expected.keys()];
  }, 120_000);

  afterAll(async () => {
    await deleteArticles(graph, ids);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function landed(): Promise<Array<{ id: string; statements: number }>> {
    const rows = await graph.run(
      `MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, COUNT { (a)<-[:REPORTED_IN]-(:Statement) } AS statements`,
      { ids },
    );
    return rows.map((r) => ({ id: r.id as string, statements: Number(r.statements) }));
  }

  it('keeps whole articles only, and the second run completes with exact counts', async () => {
    const first = startImport(file);
    // Kill as soon as some batches have committed, long before the end.
    let before: Array<{ id: string; statements: number }> = [];
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 150));
      before = await landed();
      if (before.length >= 30) break;
    }
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal, `the import ended by itself before the kill: ${killed.stdout}`).toBe('SIGKILL');
    before = await landed();
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(COUNT);
    // No half-written article: each one that exists has all its statements.
    for (const a of before) expect(a.statements, `article ${a.id}`).toBe(expected.get(a.id));

    const second = await startImport(file).exited;
    expect(second.code, second.stderr).toBe(0);
    const unchanged = Number(/(\d+) unchanged/.exec(second.stdout)?.[1]);
    const created = Number(/(\d+) new/.exec(second.stdout)?.[1]);
    expect(unchanged, second.stdout).toBe(before.length);
    expect(created + unchanged, second.stdout).toBe(COUNT);
    expect(second.stdout).toMatch(/0 updated, \d+ unchanged, 0 failed/);

    const after = await landed();
    expect(after).toHaveLength(COUNT);
    for (const a of after) expect(a.statements, `article ${a.id}`).toBe(expected.get(a.id));
    const duplicates = await graph.run(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
       WITH s.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*) AS duplicated`,
      { ids },
    );
    expect(Number(duplicates[0]!.duplicated)).toBe(0);
  }, 400_000);

  it('Ctrl-C finishes the batches in flight, says so, exits 130, and the next run completes', async () => {
    await deleteArticles(graph, ids);
    const first = startImport(file);
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline && (await landed()).length < 20) await new Promise((r) => setTimeout(r, 150));
    first.child.kill('SIGINT');
    const stopped = await first.exited;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stdout).toMatch(/interrupted: run the same command again/);
    const before = await landed();
    expect(before.length).toBeLessThan(COUNT);
    // Everything the summary counts as written is there, whole.
    expect(before.length).toBe(Number(/(\d+) new/.exec(stopped.stdout)?.[1]));
    for (const a of before) expect(a.statements, `article ${a.id}`).toBe(expected.get(a.id));

    const second = await startImport(file).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`${COUNT - before.length} new, 0 updated, ${before.length} unchanged, 0 failed`);
    expect(await landed()).toHaveLength(COUNT);
  }, 400_000);
});
