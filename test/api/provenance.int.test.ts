// Provenance over HTTP: articles imported with `claimgraph import` (a .txt file, a JSON-lines
// record, a feed item) and one sent through ingestArticle come back from the API with where they
// were read from, the extractor version and when they were stored; importing them again, from the
// same place or a copy elsewhere, changes none of it.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import { articleId } from '../../src/graph/identity.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { articleIdsUnder, deleteArticles, uniqueBase } from '../import/graph-under-test.ts';
import { startTestApi, type TestApi } from './api-under-test.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const env = () => ({ ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD });

const base = uniqueBase('provenance');
const GUID = `urn:claimgraph-test:${base.split('/').at(-1)}`;
let t: TestApi;
let tmp: string;
let dir: string;
const ids: Record<'txt' | 'jsonl' | 'feed', string> = { txt: '', jsonl: '', feed: '' };
let startedAt: number;

async function importDir(path: string): Promise<string> {
  const { stdout } = await run(process.execPath, [BIN, 'import', path, '--no-progress'], { env: env() });
  return stdout;
}

const PROVENANCE = `query ($id: ID!) { article(id: $id) { id importedAt extractorVersion source
  statements(first: 1) { nodes { article { id source importedAt } } } } }`;

async function provenanceOf(id: string): Promise<{ importedAt: string; extractorVersion: string; source: string; statements: { nodes: { article: { source: string; importedAt: string } }[] } }> {
  const res = await t.gql<any>(PROVENANCE, { id });
  expect(res.status).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.body.data.article, id).not.toBeNull();
  return res.body.data.article;
}

beforeAll(async () => {
  t = await startTestApi();
  tmp = await mkdtemp(join(tmpdir(), 'claimgraph-provenance-'));
  dir = join(tmp, 'inbox');
  await mkdir(dir);
  await writeFile(join(dir, 'ferry.txt'), `Ferry fares frozen\n\nThe port director, Ines Duarte, said on Monday that fares would stay the same (${base}).\n`);
  await writeFile(
    join(dir, 'records.jsonl'),
    `${JSON.stringify({ url: `${base}/strike`, title: 'Dock strike called off', text: 'The union leader, Tomas Reyes, said the strike was called off after talks.', publishedAt: '2026-03-01' })}\n`,
  );
  await writeFile(
    join(dir, 'wire.rss'),
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Bridge reopens</title><link>${base}/bridge</link><guid isPermaLink="false">${GUID}</guid>
<description>The mayor, Hana Sato, said the bridge would reopen on Friday.</description></item></channel></rss>`,
  );
  for await (const item of readInputs([dir])) {
    if (item.kind !== 'article') continue;
    const id = articleId({ url: item.record.url, text: textForExtraction(item.record) });
    const file = item.record.source.file;
    ids[file.endsWith('.txt') ? 'txt' : file.endsWith('.jsonl') ? 'jsonl' : 'feed'] = id;
  }
  startedAt = Date.now();
  await importDir(dir);
}, 240_000);

afterAll(async () => {
  await deleteArticles(t.graph, [...Object.values(ids).filter(Boolean), ...(await articleIdsUnder(t.graph, base))]);
  await t.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('Article provenance through the API', () => {
  it('names the file, the JSON line and the feed item each article was read from', async () => {
    const expected = { txt: join(dir, 'ferry.txt'), jsonl: `${join(dir, 'records.jsonl')}:1`, feed: `${join(dir, 'wire.rss')}#${GUID}` };
    for (const kind of ['txt', 'jsonl', 'feed'] as const) {
      const a = await provenanceOf(ids[kind]);
      expect(a.source, kind).toBe(expected[kind]);
      expect(a.extractorVersion, kind).toBe(EXTRACTOR_VERSION);
      expect(a.importedAt, kind).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const at = Date.parse(a.importedAt);
      // The server's clock and this process's are the same machine's; a second either way is margin.
      expect(at, kind).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(at, kind).toBeLessThanOrEqual(Date.now() + 1000);
      // Read again through a statement (a narrower projection of the article): the same values.
      for (const node of a.statements.nodes) expect(node.article, kind).toMatchObject({ source: a.source, importedAt: a.importedAt });
    }
  });

  it('a second import, and a copy imported from elsewhere, change nothing: same source, same importedAt', async () => {
    const before = await Promise.all(Object.values(ids).map(provenanceOf));
    expect(await importDir(dir)).toMatch(/^articles: 0 new, 0 updated, 3 unchanged, 0 failed$/m);
    const copy = join(tmp, 'copy');
    await mkdir(copy);
    await copyFile(join(dir, 'ferry.txt'), join(copy, 'ferry.txt'));
    expect(await importDir(copy)).toMatch(/^articles: 0 new, 0 updated, 1 unchanged, 0 failed$/m);
    const after = await Promise.all(Object.values(ids).map(provenanceOf));
    expect(after).toEqual(before);
  }, 120_000);

  it('an article sent through ingestArticle has source "api"', async () => {
    const res = await t.gql<any>(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { source extractorVersion importedAt } } }`,
      { input: { url: `${base}/sent`, text: 'The harbour master, Omar Haddad, said the port would stay open.', language: 'en' } },
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data.ingestArticle).toMatchObject({ outcome: 'NEW', article: { source: 'api', extractorVersion: EXTRACTOR_VERSION } });
  });
});
