// `claimgraph import` on a mixed directory (txt, html, jsonl with bad lines, RSS, Atom, a file
// that is not UTF-8), run as a user runs it, against a real Neo4j; and an import from URLs
// served on 127.0.0.1.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/connection.ts';
import { articleId } from '../../src/graph/identity.ts';
import { readInputs, type ArticleRecord } from '../../src/ingest/index.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { importArticles } from '../../src/import/import-articles.ts';
import { deleteArticles, openGraph } from './graph-under-test.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const MIXED = new URL('../fixtures/import/mixed/', import.meta.url).pathname;

function cliEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: process.env.NEO4J_TEST_URI,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
  };
}

async function goodRecords(dir: string): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for await (const item of readInputs([dir])) if (item.kind === 'article') records.push(item.record);
  return records;
}

describe('claimgraph import DIR', () => {
  let graph: Graph;
  let dir: string;
  let ids: string[];
  let result: { code: number; stdout: string; stderr: string };
  let rejectsFile: string;

  beforeAll(async () => {
    graph = await openGraph();
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-import-'));
    await cp(MIXED, join(dir, 'in'), { recursive: true });
    await writeFile(join(dir, 'in', 'latin1.txt'), Buffer.from('Caf\xe9 news: the mayor said so.\n', 'latin1'));
    rejectsFile = join(dir, 'rejects.jsonl');
    ids = (await goodRecords(join(dir, 'in'))).map((r) => articleId({ url: r.url, text: textForExtraction(r) }));
    await deleteArticles(graph, ids); // leftovers of an interrupted earlier run
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, 'import', join(dir, 'in'), '--rejects', rejectsFile, '--batch-size', '3'], { env: cliEnv() });
      result = { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      result = { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }, 240_000);

  afterAll(async () => {
    await deleteArticles(graph, ids);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('exits non-zero because some inputs failed, and says how many of each', () => {
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^articles: 8 new, 0 updated, 0 unchanged, 4 failed$/m);
    expect(result.stdout).toMatch(/^statements: [1-9]\d* written, actors: [1-9]\d*$/m);
    expect(result.stdout).toMatch(/^elapsed: [\d.]+ s, [\d.]+ articles\/s$/m);
    expect(result.stdout).toContain(`rejects: 4 written to ${rejectsFile}`);
  });

  it('names every reject with file, line and reason, on stderr and in the rejects file', async () => {
    const lines = (await readFile(rejectsFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { reason: string; file: string; line?: number });
    const rel = lines.map((l) => ({ ...l, file: l.file.slice(join(dir, 'in').length + 1) }));
    expect(rel).toEqual(
      expect.arrayContaining([
        { reason: expect.stringContaining('not valid UTF-8'), file: 'latin1.txt' },
        { reason: expect.stringContaining('malformed JSON'), file: 'records.jsonl', line: 3 },
        { reason: expect.stringContaining('empty article'), file: 'records.jsonl', line: 4 },
        { reason: expect.stringContaining('unsupported language'), file: 'records.jsonl', line: 5 },
      ]),
    );
    expect(rel).toHaveLength(4);
    expect(result.stderr).toContain(`records.jsonl:3: malformed JSON`);
  });

  it('every good record beside the bad ones landed, with its statements', async () => {
    const rows = await graph.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (a:Article {id: id})
       RETURN id, a IS NOT NULL AS landed, COUNT { (a)<-[:REPORTED_IN]-(:Statement) } AS statements, a.title AS title`,
      { ids },
    );
    expect(rows.filter((r) => !r.landed).map((r) => r.id)).toEqual([]);
    expect(rows).toHaveLength(8);
    const withStatements = rows.filter((r) => Number(r.statements) > 0).map((r) => r.title);
    // Not every fixture needs the extractor to find something, but most are built around attributions.
    expect(withStatements.length, `articles with statements: ${withStatements.join(', ')}`).toBeGreaterThanOrEqual(5);
  });

  it('running the same import again finds everything unchanged', async () => {
    const again = await run(process.execPath, [BIN, 'import', join(dir, 'in'), '--rejects', join(dir, 'rejects-2.jsonl')], { env: cliEnv() }).catch((e) => e as { stdout: string });
    expect(again.stdout).toMatch(/^articles: 0 new, 0 updated, 8 unchanged, 4 failed$/m);
  }, 120_000);
});

describe('import from URLs', () => {
  let graph: Graph;
  let server: Server;
  let base: string;
  const ids: string[] = [];

  beforeAll(async () => {
    graph = await openGraph();
    server = createServer((req, res) => {
      if (req.url === '/news/port-strike.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
          '<html lang="en"><head><title>Port strike ends</title><meta property="og:site_name" content="Loopback News"></head><body><article>' +
            '<p>The dockers union said on Friday that the strike at the port had ended after the owners agreed to new contracts.</p>' +
            '<p>"This is a victory for every worker," the union leader told reporters, according to Reuters.</p></article></body></html>',
        );
      } else if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title><item><title>Kremlin comments on talks</title><link>${base}/news/kremlin</link><description>The Kremlin said on Monday that the talks with Washington were useful.</description></item></channel></rss>`,
        );
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await deleteArticles(graph, ids);
    await graph.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('imports a page and a feed served on 127.0.0.1', async () => {
    const summary = await importArticles(graph, readInputs([`${base}/news/port-strike.html`, `${base}/feed.xml`]), {
      onOutcome: (o) => ids.push(o.id),
    });
    expect(summary).toMatchObject({ new: 2, failed: 0 });
    const rows = await graph.run(
      `MATCH (a:Article) WHERE a.id IN $ids
       OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
       RETURN a.url AS url, o.name AS outlet, COUNT { (a)<-[:REPORTED_IN]-(:Statement) } AS statements ORDER BY url`,
      { ids },
    );
    expect(rows.map((r) => [r.url, r.outlet])).toEqual([
      [`${base}/news/kremlin`, 'Loopback Wire'],
      [`${base}/news/port-strike.html`, 'Loopback News'],
    ]);
    expect(rows.every((r) => Number(r.statements) > 0), JSON.stringify(rows)).toBe(true);
  });
});
