import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureInputs, readInputs, sniffFormat, type IngestItem } from '../../src/ingest/index.ts';

const MIXED = new URL('../fixtures/import/mixed/', import.meta.url).pathname;

async function collect(inputs: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.record] : []));
const rejects = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'reject' ? [i.reject] : []));

describe('a mixed directory', () => {
  let dir: string;
  let items: IngestItem[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-ingest-'));
    await cp(MIXED, dir, { recursive: true });
    // Latin-1 bytes (0xE9) are not UTF-8: the file is rejected, its neighbours are not.
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73, 0x0a]));
    await writeFile(join(dir, 'notes.docx'), 'not an article');
    await writeFile(join(dir, 'README.md'), '# notes about the corpus');
    items = await collect([dir]);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('accounts for every byte measured up front, the rejected files included and the notes left out', async () => {
    const total = await measureInputs([dir]);
    expect(total).toBeGreaterThan(0);
    expect(items.every((i) => typeof i.bytes === 'number' && i.bytes >= 0), JSON.stringify(items.filter((i) => i.bytes === undefined))).toBe(true);
    expect(items.reduce((sum, i) => sum + i.bytes!, 0)).toBe(total);
  });

  it('a JSON-lines file counts each record by the bytes of its line', async () => {
    const file = join(dir, 'lines.jsonl');
    const lines = ['{"text": "One short article about the port."}', '', '{"broken', '{"text": "Another one, with Arabic: قال الوزير"}'];
    await writeFile(file, `${lines.join('\n')}\n`);
    const read = await collect([file]);
    const size = (s: string) => Buffer.byteLength(s) + 1;
    // The blank line's byte goes to the record after it.
    expect(read.map((i) => [i.kind, i.bytes])).toEqual([['article', size(lines[0]!)], ['reject', size(lines[1]!) + size(lines[2]!)], ['article', size(lines[3]!)]]);
    expect(await measureInputs([file])).toBe(Buffer.byteLength(`${lines.join('\n')}\n`));
    await rm(file);
  });

  it('has no size up front for standard input or a URL', async () => {
    expect(await measureInputs([dir, '-'])).toBeUndefined();
    expect(await measureInputs(['https://example.com/feed.xml'])).toBeUndefined();
  });

  it('reads every good record of every format', () => {
    const byTitle = new Map(articles(items).map((r) => [r.title, r]));
    expect([...byTitle.keys()].sort()).toEqual(
      [
        'Dock workers extend strike at northern harbour',
        'وزارة الصحة تعلن حملة تطعيم جديدة',
        'City council approves bridge repairs',
        'الأرصاد تحذر من أمطار غزيرة',
        'Farmers protest fuel prices',
        'Rail operator promises refunds after outage',
        'Teachers union rejects pay offer',
        'البنك المركزي يبقي أسعار الفائدة دون تغيير',
      ].sort(),
    );
  });

  it.each([
    // [title, field, expected]
    ['وزارة الصحة تعلن حملة تطعيم جديدة', 'url', 'https://fixtures.claimgraph.example/ar/health-campaign'],
    ['وزارة الصحة تعلن حملة تطعيم جديدة', 'publishedAt', '2024-01-15'],
    ['وزارة الصحة تعلن حملة تطعيم جديدة', 'outlet', 'صحيفة الاختبار'],
    ['وزارة الصحة تعلن حملة تطعيم جديدة', 'language', 'ar'],
    ['الأرصاد تحذر من أمطار غزيرة', 'publishedAt', '2024-03-10'],
    ['الأرصاد تحذر من أمطار غزيرة', 'language', 'ar'],
    ['Rail operator promises refunds after outage', 'publishedAt', '2024-02-07'],
    ['Rail operator promises refunds after outage', 'outlet', 'Fixture Wire'],
    ['Rail operator promises refunds after outage', 'url', 'https://fixtures.claimgraph.example/en/rail-refunds'],
    ['البنك المركزي يبقي أسعار الفائدة دون تغيير', 'outlet', 'صحيفة الاختبار'],
    ['Farmers protest fuel prices', 'url', undefined],
    ['Dock workers extend strike at northern harbour', 'language', 'en'],
  ] as const)('%s: %s is %s', (title, field, expected) => {
    const record = articles(items).find((r) => r.title === title);
    expect(record, `no record titled ${title}`).toBeDefined();
    expect(record![field]).toBe(expected);
  });

  it('keeps paragraphs of HTML and feed bodies as lines and drops page furniture', () => {
    const page = articles(items).find((r) => r.title === 'وزارة الصحة تعلن حملة تطعيم جديدة')!;
    expect(page.text.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(3);
    expect(page.text).not.toContain('الرئيسية');
    const feedItem = articles(items).find((r) => r.title === 'Rail operator promises refunds after outage')!;
    expect(feedItem.text).toContain('"We let our customers down," its chief executive said');
    expect(feedItem.text).not.toContain('<p>');
  });

  it('rejects each bad input with its file and line, and says why', () => {
    const found = rejects(items).map((r) => ({ file: r.source.file.slice(dir.length + 1), line: r.source.line, reason: r.reason }));
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'latin1.txt', line: undefined, reason: expect.stringContaining('not valid UTF-8') },
        { file: 'notes.docx', line: undefined, reason: expect.stringContaining('unsupported file type') },
        { file: 'records.jsonl', line: 3, reason: expect.stringContaining('malformed JSON') },
        { file: 'records.jsonl', line: 4, reason: expect.stringContaining('empty article') },
        { file: 'records.jsonl', line: 5, reason: expect.stringContaining('unsupported language "fr"') },
      ]),
    );
    expect(found).toHaveLength(5);
  });
});

describe('JSON records', () => {
  it.each([
    ['{"title": "x"}', 'a record needs "text" or "html"'],
    ['{"url": "ftp://a.example/x", "text": "Putin said so."}', 'url: must be an http(s) URL'],
    ['{"text": "The minister said it.", "publishedAt": "yesterday"}', 'publishedAt "yesterday" is not a date'],
    ['{"text": "The minister said it.", "publishedAt": "2024-02-30"}', 'publishedAt "2024-02-30" is not a date'],
    ['{"text": 42}', 'text'],
    ['[1, 2]', 'invalid record'],
    ['{"text": "Это новость о политике и экономике."}', 'unsupported language'],
  ])('%s is rejected: %s', async (line, reason) => {
    const items = await collect(['-'], { format: 'jsonl', stdin: Readable.from([Buffer.from(`${line}\n`)]) });
    expect(rejects(items), line).toEqual([{ reason: expect.stringContaining(reason), source: { file: '-', line: 1 } }]);
  });

  it('fills --published and --outlet only where a record has none', async () => {
    const lines = [
      JSON.stringify({ text: 'The minister said the plan was ready.' }),
      JSON.stringify({ text: 'The minister said the plan was late.', publishedAt: '2023-12-01', outlet: 'Own Outlet' }),
    ].join('\n');
    const items = await collect(['-'], {
      format: 'jsonl',
      stdin: Readable.from([Buffer.from(lines)]),
      defaults: { publishedAt: '2024-01-01', outlet: 'Default Outlet' },
    });
    expect(articles(items).map((r) => [r.publishedAt, r.outlet])).toEqual([
      ['2024-01-01', 'Default Outlet'],
      ['2023-12-01', 'Own Outlet'],
    ]);
  });

  it('reads a .json array, numbering its records', async () => {
    const json = JSON.stringify([{ text: 'The minister said yes.' }, { title: 'no text' }]);
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from(json)]) });
    expect(articles(items)).toHaveLength(1);
    expect(rejects(items)[0]!.source).toEqual({ file: '-', item: 2 });
  });
});

describe('format sniffing (stdin, URLs)', () => {
  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'rss'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['{\n  "text": "a"\n}\n', 'json'],
    ['[{"text": "a"}]', 'json'],
    ['Headline\n\nThe minister said so.', 'txt'],
  ] as const)('%j is %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });
});

describe('URLs', () => {
  let server: Server;
  let base: string;
  const pages: Record<string, { type: string; body: string | Buffer; delayMs?: number }> = {
    '/article.html': {
      type: 'text/html; charset=utf-8',
      body: '<html lang="en"><head><title>Harbour strike ends</title></head><body><article><p>The union said on Friday that the strike at the harbour had ended after the owners agreed to new contracts for every worker.</p><p>The port authority confirmed that ships would dock again from Monday, according to a statement.</p></article></body></html>',
    },
    '/feed.xml': {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><item><title>One</title><link>http://127.0.0.1/one</link><description>The mayor said the bridge would reopen.</description></item><item><title>Two</title><link>http://127.0.0.1/two</link><description>The council denied the report.</description></item></channel></rss>',
    },
    '/big.txt': { type: 'text/plain', body: Buffer.alloc(64 * 1024, 0x61) },
    '/slow.html': { type: 'text/html', body: '<p>late</p>', delayMs: 2_000 },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = pages[req.url ?? ''];
      if (!page) {
        res.writeHead(404).end('not found');
        return;
      }
      setTimeout(() => res.writeHead(200, { 'content-type': page.type }).end(page.body), page.delayMs ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a page with its URL as the article URL', async () => {
    const [item] = await collect([`${base}/article.html`]);
    expect(item).toMatchObject({ kind: 'article', record: { url: `${base}/article.html`, title: 'Harbour strike ends', language: 'en' } });
  });

  it('reads every item of a feed', async () => {
    const items = await collect([`${base}/feed.xml`]);
    expect(articles(items).map((r) => [r.title, r.outlet, r.source.item])).toEqual([
      ['One', 'Local Wire', 1],
      ['Two', 'Local Wire', 2],
    ]);
  });

  it.each([
    ['/missing.html', 'HTTP 404'],
    ['/big.txt', 'too large'],
    ['/slow.html', 'timed out'],
  ])('%s is a reject: %s', async (path, reason) => {
    const items = await collect([`${base}${path}`], { fetchLimits: { timeoutMs: 500, maxBytes: 16 * 1024 } });
    expect(rejects(items)).toEqual([{ reason: expect.stringContaining(reason), source: { file: `${base}${path}` } }]);
  });

  it('an unreachable host is a reject, not a crash', async () => {
    const items = await collect(['http://127.0.0.1:9/nothing'], { fetchLimits: { timeoutMs: 2_000, maxBytes: 1024 } });
    expect(rejects(items)[0]!.reason).toMatch(/cannot fetch/);
  });
});

describe('paths that do not exist', () => {
  it('is a reject naming the path', async () => {
    const items = await collect(['/nonexistent/claimgraph/articles']);
    expect(rejects(items)).toEqual([{ reason: 'cannot read: no such file or directory', source: { file: '/nonexistent/claimgraph/articles' } }]);
  });
});
