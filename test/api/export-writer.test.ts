// The export writers on composed rows (no database): CSV that a CSV parser reads back exactly
// (quotes, commas, line breaks, Arabic), the BOM, spreadsheet-formula escaping, JSON and JSON lines.
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportRows, spreadsheetSafe, writeExport, type ExportFormat, type ExportRow } from '../../src/api/export.ts';
import { exportCypher } from '../../src/graph/read/export.ts';

function row(overrides: Partial<ExportRow>): ExportRow {
  return {
    speaker: 'الكرملين', cue: 'قال', cueType: 'SAY', content: 'إن الطرفين اتفقا، على "التعاون"\nفي سوريا', direct: false,
    date: '2017-01-28', about: ['ترامب', 'بوتين'], via: [], articleTitle: 'عنوان, مع فاصلة', url: 'https://example.com/a',
    outlet: 'Example News', publishedAt: '2017-01-29', evidence: 'قال الكرملين إن الطرفين اتفقا.', language: 'ar',
    statementId: 's1', articleId: 'a1', ...overrides,
  };
}

async function written(rows: ExportRow[], format: ExportFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { chunks.push(Buffer.from(chunk)); done(); } });
  const result = await writeExport((async function* () { yield* rows; })(), format, sink);
  expect(result.rows).toBe(rows.length);
  return Buffer.concat(chunks);
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and reads back cell for cell', async () => {
    const rows = [row({}), row({ statementId: 's2', speaker: null, direct: true, about: [], content: 'He said: "no, never"' })];
    const bytes = await written(rows, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]!.content).toBe(rows[0]!.content);
    expect(records[0]!.article_title).toBe('عنوان, مع فاصلة');
    expect(records[0]!.about).toBe('ترامب; بوتين');
    expect(records[0]!.direct).toBe('false');
    expect(records[1]!.direct).toBe('true');
    expect(records[1]!.speaker).toBe('');
    expect(records[1]!.content).toBe('He said: "no, never"');
    expect(Object.keys(records[0]!)).toEqual([
      'speaker', 'cue', 'cue_type', 'content', 'direct', 'date', 'about', 'via', 'article_title', 'url', 'outlet',
      'published_at', 'evidence', 'language', 'statement_id', 'article_id',
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', async () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(spreadsheetSafe('-2 dead')).toBe(`'-2 dead`);
    expect(spreadsheetSafe('قال')).toBe('قال');
    const records = parse(await written([row({ content: '@everyone said', about: ['+x'] })], 'csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(records[0]!.content).toBe(`'@everyone said`);
    expect(records[0]!.about).toBe(`'+x`);
  });

  it('writes the header alone when nothing matches', async () => {
    const records = parse(await written([], 'csv'), { bom: true, columns: true });
    expect(records).toEqual([]);
  });
});

describe('JSON and JSON lines export', () => {
  it('JSON lines: one row per line, lists as lists', async () => {
    const lines = (await written([row({}), row({ statementId: 's2' })], 'jsonl')).toString('utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as ExportRow).statementId)).toEqual(['s1', 's2']);
    expect((JSON.parse(lines[0]!) as ExportRow).about).toEqual(['ترامب', 'بوتين']);
  });

  it('JSON: one array, empty when nothing matches', async () => {
    expect(JSON.parse((await written([row({}), row({ statementId: 's2' })], 'json')).toString('utf8'))).toHaveLength(2);
    expect(JSON.parse((await written([], 'json')).toString('utf8'))).toEqual([]);
  });
});

describe('rows of an exported article', () => {
  it('carry the article and outlet, and the evidence sentence cut from the text', async () => {
    const text = 'Title line\n\nThe minister said the talks would resume. Nobody else spoke.';
    const start = text.indexOf('the talks');
    const rows: ExportRow[] = [];
    const articles = (async function* () {
      yield {
        article: { id: 'a1', title: 'Title line', url: 'https://example.com/t', publishedAt: '2024-01-02', text },
        outlet: 'Example',
        statements: [{ id: 's1', cue: 'said', cueType: 'SAY' as const, content: 'the talks would resume', direct: false, date: null, start, end: start + 22, language: 'en' as const, speaker: 'minister', about: [], via: [] }],
      };
    })();
    for await (const r of exportRows(articles)) rows.push(r);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.evidence).toBe('The minister said the talks would resume.');
    expect(rows[0]).toMatchObject({ articleTitle: 'Title line', outlet: 'Example', publishedAt: '2024-01-02', url: 'https://example.com/t' });
  });
});

describe('export Cypher', () => {
  it('carries every filter value as a parameter', () => {
    const { cypher, params } = exportCypher({
      aboutId: 'actor-x', speakerId: 'actor-y', cueTypes: ['DENY'], language: 'ar', from: '2017-01-01', to: '2017-12-31', outletId: 'outlet-z', direct: true,
    });
    for (const value of ['actor-x', 'actor-y', 'outlet-z', '2017-01-01', 'DENY']) expect(cypher).not.toContain(value);
    expect(params).toEqual({ aboutId: 'actor-x', speakerId: 'actor-y', cueTypes: ['DENY'], language: 'ar', from: '2017-01-01', to: '2017-12-31', outletId: 'outlet-z', direct: true });
    expect(cypher).toMatchSnapshot();
  });

  it('without filters reads every article', () => {
    const { cypher, params } = exportCypher({});
    expect(params).toEqual({});
    expect(cypher).toMatch(/^MATCH \(a:Article\)/);
  });
});
