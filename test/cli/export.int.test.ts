// `claimgraph export --format csv --about ترامب` on the sample articles, run as a user runs it
// against a real Neo4j: the file a spreadsheet opens (BOM, Arabic intact), read back with a CSV
// parser and compared with the graph itself.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/connection.ts';
import { importSamples } from '../../src/import/samples.ts';
import { openGraph } from '../import/graph-under-test.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const env = () => ({ ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD });

let graph: Graph;
let dir: string;
beforeAll(async () => {
  graph = await openGraph();
  await importSamples(graph);
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-export-'));
}, 240_000);
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

describe('claimgraph export', () => {
  it('--format csv --about ترامب: a BOM, Arabic intact, exactly the statements about Trump', async () => {
    const out = join(dir, 'trump.csv');
    await run(process.execPath, [BIN, 'export', '--format', 'csv', '--about', 'ترامب', '--out', out], { env: env() });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.length).toBeGreaterThan(0);
    const expected = await graph.run(
      `MATCH (x:Actor)<-[:ABOUT]-(s:Statement) WHERE x.name CONTAINS 'ترامب' OR 'ترامب' IN x.aliases
       RETURN s.id AS id, s.content AS content, x.name AS about`,
    );
    expect(new Set(records.map((r) => r.statement_id))).toEqual(new Set(expected.map((r) => r.id as string)));
    const byId = new Map(expected.map((r) => [r.id as string, r.content as string]));
    for (const r of records) {
      expect(r.content, r.statement_id).toBe(byId.get(r.statement_id!));
      expect(r.about!.split('; '), r.statement_id).toContain(expected.find((e) => e.id === r.statement_id)!.about);
      expect(r.evidence!.length, r.statement_id).toBeGreaterThan(0);
      expect(`${r.content}${r.article_title}`, r.statement_id).toMatch(/[\u0600-\u06FF]/);
    }
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);

  it('JSON lines to standard output give the same statements', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'export', '--format', 'jsonl', '--about', 'ترامب'], { env: env() });
    const csv = parse(await readFile(join(dir, 'trump.csv')), { bom: true, columns: true }) as Record<string, string>[];
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { statementId: string });
    expect(lines.map((l) => l.statementId)).toEqual(csv.map((r) => r.statement_id));
  }, 120_000);

  it('an actor that does not exist is an error, and no file is left', async () => {
    const out = join(dir, 'nobody.csv');
    const err = await run(process.execPath, [BIN, 'export', '--about', 'Nobody Atall Zzq', '--out', out], { env: env() }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(1);
    expect((err as { stderr: string }).stderr).toContain('no actor matches about "Nobody Atall Zzq"');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
