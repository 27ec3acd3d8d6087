// `claimgraph import` on a terminal, as a user sees it: the command runs under a pseudo-terminal
// (util-linux `script`), against the run's real Neo4j, and the bar's frames are read back from
// what the terminal received. The total is the inputs' size, fixed from the first frame; the
// percentage never goes back and ends at 100; rejects are lines of their own above the bar; the
// summary starts on a fresh line below the last reject.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/connection.ts';
import { articleId } from '../../src/graph/identity.ts';
import { textForExtraction } from '../../src/import/article-text.ts';
import { formatBytesOf } from '../../src/import/progress.ts';
import { measureInputs, readInputs } from '../../src/ingest/index.ts';
import { deleteArticles, openGraph, uniqueBase } from '../import/graph-under-test.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const env = () => ({ ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD });

const RECORDS = 40;
const speakers = ['Lina Okafor', 'Tomas Reyes', 'Hana Sato', 'Omar Haddad'];

/** Composed articles: a speaker, a cue and a claim each, distinct per run (the URL carries `base`). */
function record(base: string, i: number): string {
  const speaker = speakers[i % speakers.length]!;
  return JSON.stringify({
    url: `${base}/article-${i}`,
    title: `Harbour works, day ${i}`,
    text: `The harbour commission chair, ${speaker}, said on Tuesday that the ferry timetable would change in week ${i}. Dock workers denied that the night shifts would end.`,
    publishedAt: '2026-03-02',
    outlet: 'Test Harbour Gazette',
  });
}

// Moving to a column (cli-progress redraws its line from column 0) acts as a carriage return;
// the other escapes (save/restore, clears, colours, ?25l/?7l) leave no text.
const screenText = (raw: string) => raw.replace(/\x1b\[\d*G/g, '\r').replace(/\x1b(?:[78]|\[[0-9;?]*[A-Za-z])/g, '');

/** What a terminal line finally shows: the text after its last carriage return. */
const visible = (line: string) => line.split('\r').filter((part) => part.length > 0).at(-1) ?? '';

interface Frame {
  percentage: number;
  bytes: string;
}

let graph: Graph;
let dir: string;
let rejectsFile: string;
let base: string;
let ids: string[] = [];
let result: { code: number; stdout: string };

beforeAll(async () => {
  graph = await openGraph();
  base = uniqueBase('import-progress');
  const tmp = await mkdtemp(join(tmpdir(), 'claimgraph-progress-'));
  dir = join(tmp, 'inputs');
  await mkdir(dir);
  rejectsFile = join(tmp, 'rejects.jsonl');
  const lines = Array.from({ length: RECORDS }, (_, i) => record(base, i));
  // A bad line amid the good ones, a blank line, and a broken last line: rejects early and late.
  lines.splice(12, 0, '{"url": "broken', '');
  lines.push('{not json at all}');
  await writeFile(join(dir, 'b-records.jsonl'), `${lines.join('\n')}\n`);
  await writeFile(join(dir, 'a-first.txt'), `Ferry fares\n\nThe port director, Ines Duarte, said the fares for ${base} would stay the same.\n`);
  await writeFile(join(dir, 'c-table.bin'), Buffer.from([0, 1, 2, 3]));
  for await (const item of readInputs([dir])) if (item.kind === 'article') ids.push(articleId({ url: item.record.url, text: textForExtraction(item.record) }));

  // One article per transaction, one at a time: the import lasts long enough for several frames.
  const command = `stty cols 200 rows 40; exec ${process.execPath} ${BIN} import ${dir} --batch-size 1 --concurrency 1 --extract-workers 0 --rejects ${rejectsFile}`;
  try {
    const { stdout } = await run('script', ['-qfec', command, '/dev/null'], { env: env(), maxBuffer: 64 * 1024 * 1024 });
    result = { code: 0, stdout };
  } catch (err) {
    result = err as { code: number; stdout: string };
  }
}, 240_000);

afterAll(async () => {
  await deleteArticles(graph, ids);
  await graph.close();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('claimgraph import on a terminal', () => {
  it('imports the good records and exits 1 for the rejects', () => {
    expect(result.code, result.stdout).toBe(1);
    expect(ids).toHaveLength(RECORDS + 1);
  });

  it('draws a bar whose total is the inputs’ size from the first frame, moving only forward to 100 %', async () => {
    const screen = screenText(result.stdout);
    const frames: Frame[] = [...screen.matchAll(/import \|[^|]*\| +(\d+)% \| ([\d.]+\/[\d.]+ [kMG]?B) \| ETA (\S+)/g)].map((m) => ({ percentage: Number(m[1]), bytes: m[2]! }));
    expect(frames.length, screen).toBeGreaterThanOrEqual(3);

    const size = await measureInputs([dir]);
    let files = 0;
    for (const name of ['a-first.txt', 'b-records.jsonl', 'c-table.bin']) files += (await stat(join(dir, name))).size;
    expect(size).toBe(files);
    const total = formatBytesOf(size!, size!).split('/')[1];
    for (const frame of frames) expect(frame.bytes.split('/')[1], screen).toBe(total);

    const percentages = frames.map((f) => f.percentage);
    for (let i = 1; i < percentages.length; i++) expect(percentages[i]!, percentages.join(' ')).toBeGreaterThanOrEqual(percentages[i - 1]!);
    expect(percentages.at(-1)).toBe(100);
    // Steady: the bar passes through the middle, not from a few percent straight to the end.
    expect(percentages.some((p) => p >= 20 && p <= 80), percentages.join(' ')).toBe(true);
  });

  it('prints each reject on a line of its own, and the summary on its own lines below the last one', () => {
    const lines = screenText(result.stdout).split('\n').map(visible).map((l) => l.trimEnd());
    const rejects = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('rejected '));
    expect(rejects.map(([l]) => l.replace(dir, 'DIR'))).toEqual([
      expect.stringMatching(/^rejected DIR\/b-records\.jsonl:13: malformed JSON/),
      expect.stringMatching(/^rejected DIR\/b-records\.jsonl:43: malformed JSON/),
      expect.stringMatching(/^rejected DIR\/c-table\.bin: unsupported file type/),
    ]);
    const summary = lines.findIndex((l) => l.startsWith('articles:'));
    expect(summary, lines.join('\n')).toBeGreaterThan(rejects.at(-1)![1]);
    expect(lines[summary]).toBe(`articles: ${RECORDS + 1} new, 0 updated, 0 unchanged, 3 failed`);
    expect(lines[summary + 1]).toMatch(/^statements: \d+ written, actors: \d+$/);
    expect(lines[summary + 2]).toMatch(/^elapsed: [\d.]+ s, [\d.]+ articles\/s$/);
    expect(lines[summary + 3]).toBe(`rejects: 3 written to ${rejectsFile}`);
    // The bar's last frame sits between the last reject and the summary, whole.
    expect(lines.slice(rejects.at(-1)![1] + 1, summary).join('\n')).toMatch(/import \|[^|]*\| 100% \|/);
  });
});
