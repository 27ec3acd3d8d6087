// `claimgraph import --dry-run` as a user runs it: extraction JSON on stdout, rejects named on
// stderr and in the rejects file, exit status 1 when something failed, and no Neo4j needed
// (NEO4J_URI points at a port where nothing listens).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.ts';
import { SAMPLES_DIR } from '../../src/import/samples.ts';
import { textForExtraction } from '../../src/import/article-text.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const MIXED = new URL('../fixtures/import/mixed/', import.meta.url).pathname;

describe('claimgraph import --dry-run', () => {
  let dir: string;
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-dry-'));
    const env = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused' };
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, 'import', MIXED, '--dry-run', '--rejects', join(dir, 'rejects.jsonl')], { env });
      result = { code: 0, stdout, stderr };
    } catch (err) {
      result = err as { code: number; stdout: string; stderr: string };
    }
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints one extraction per good record and exits 1 for the bad ones', () => {
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; source: { file: string }; extraction: { language: string; statements: unknown[] } });
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      expect(line.id, JSON.stringify(line.source)).toMatch(/^(url|text):[0-9a-f]{24}$/);
      expect(['ar', 'en']).toContain(line.extraction.language);
    }
    expect(lines.filter((l) => l.extraction.statements.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('names the rejects', async () => {
    expect(result.stderr).toMatch(/records\.jsonl:3: malformed JSON/);
    const rejects = (await readFile(join(dir, 'rejects.jsonl'), 'utf8')).trim().split('\n');
    expect(rejects).toHaveLength(3);
  });
});

describe('textForExtraction', () => {
  it.each([
    ['title already the first line', { title: 'Talks resume', text: 'Talks resume\n\nThe minister said so.' }, 'Talks resume\n\nThe minister said so.'],
    ['title with a site suffix in the text', { title: 'Talks resume', text: 'Talks resume - Example News\nThe minister said so.' }, 'Talks resume - Example News\nThe minister said so.'],
    ['title put on top of a body', { title: 'Talks resume', text: 'The minister said so.' }, 'Talks resume\n\nThe minister said so.'],
    ['no title', { text: 'The minister said so.' }, 'The minister said so.'],
  ])('%s', (_name, record, expected) => {
    expect(textForExtraction(record)).toBe(expected);
  });
});

describe('samples/', () => {
  it('reads as articles only: the seed article and the written stories, no rejects', async () => {
    const kinds: string[] = [];
    const titles: string[] = [];
    for await (const item of readInputs([SAMPLES_DIR])) {
      kinds.push(item.kind);
      if (item.kind === 'article') titles.push(textForExtraction(item.record).split('\n')[0]!);
    }
    expect(kinds.filter((k) => k === 'reject')).toEqual([]);
    expect(titles.length).toBeGreaterThanOrEqual(5);
    expect(titles.some((t) => t.startsWith('ترامب وبوتين'))).toBe(true);
  });
});
