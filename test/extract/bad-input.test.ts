// Bad input gets a clean result or one clear error line — never a crash, a hang or garbage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, ExtractionError } from '../../src/extract/index.ts';
import { decodeArticle, InputError } from '../../src/extract/input.ts';
import { syntheticText } from '../../bench/synthetic-text.ts';

const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-extract-'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bad input, library', () => {
  it('empty text: a clear error when the language must be detected', () => {
    expect(() => extract('')).toThrow(ExtractionError);
    expect(() => extract('   \n\t ')).toThrow(/empty/);
  });

  it('empty text with a language: a clean, empty result', () => {
    for (const language of ['ar', 'en'] as const) {
      const x = extract('', { language });
      expect(x.statements, language).toEqual([]);
      expect(x.actors, language).toEqual([]);
    }
  });

  it('another language: "unsupported language"', () => {
    expect(() => extract('Der Kreml erklärte am Samstag, die Gespräche mit Washington seien konstruktiv gewesen und würden fortgesetzt.')).toThrow(/unsupported language/);
  });

  const awkward: Array<[string, string]> = [
    ['unbalanced Arabic quote', 'عنوان\n\nقال الكرملين «إن المحادثات كانت بناءة. وأضاف أن الحوار سيستمر.\nوقال لافروف إن الوضع صعب.'],
    ['unbalanced English quote', 'Title\n\nThe Kremlin said "talks were good. Peskov added that more would come.\nLavrov said it was hard.'],
    ['only punctuation and quotes', '«««»»» """ ... !!! ؟؟؟ “”“”'],
    ['a closing quote first', '» قال بوتين إن «الوضع» جيد.'],
    ['random code points', Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x20 + ((i * 7919) % 0x2fff))).join('')],
  ];
  for (const [name, text] of awkward) {
    it(`${name}: a clean result or a clear error`, () => {
      try {
        const x = extract(text);
        for (const s of x.statements) expect(text.includes(s.content), name).toBe(true);
      } catch (err) {
        expect(err, name).toBeInstanceOf(ExtractionError);
      }
    });
  }

  it('binary bytes and invalid UTF-8 are refused by the reader', () => {
    expect(() => decodeArticle(new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0x41]), 'x')).toThrow(InputError);
    expect(() => decodeArticle(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), 'x')).toThrow(/binary/);
    expect(decodeArticle(new TextEncoder().encode('قال بوتين'), 'x')).toBe('قال بوتين');
  });

  // Must finish in linear time (the figure is in BENCHMARKS.md; this only proves it completes).
  it('a 20 MB text finishes, with every statement inside the text', () => {
    const text = syntheticText('ar', 10_000_000) + syntheticText('en', 10_000_000).replace(/^.*\n/, '');
    const x = extract(text, { language: 'ar' });
    expect(x.statements.length).toBeGreaterThan(1000);
    const last = x.statements.at(-1)!;
    expect(text.slice(last.span[0], last.span[1]).includes(last.content)).toBe(true);
  }, 600_000);

  it('a 1 MB paragraph without punctuation and with an open quote finishes', () => {
    const text = `عنوان\n\nقال بوتين «${'كلمة قال الكرملين إن '.repeat(50_000)}`;
    const x = extract(text, { language: 'ar' });
    expect(Array.isArray(x.statements)).toBe(true);
  }, 300_000);
});

describe('bad input, command line', () => {
  it('invalid UTF-8: exit code 1, one line on stderr, nothing on stdout', () => {
    const r = cli([file('bad.txt', new Uint8Array([0x71, 0xff, 0xfe, 0xc3, 0x28]))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not valid UTF-8/);
  });

  it('a missing file: exit code 1 and a one-line reason', () => {
    const r = cli([join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('another language: exit code 1, "unsupported language"', () => {
    const r = cli(['-'], 'Le Kremlin a déclaré samedi que les discussions avec Washington avaient été constructives.');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unsupported language/);
  });

  it('a bad --published date: exit code 1 with the reason', () => {
    const r = cli([file('ok.txt', 'Title\n\nHe walked home.'), '--published', '2017-13-45']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--published/);
  });

  it('no statement found: exit code 0 and the JSON contract', () => {
    const r = cli([file('none.txt', 'عنوان\n\nارتفعت درجات الحرارة في المدينة.')]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.language).toBe('ar');
    expect(x.statements).toEqual([]);
  });

  it('--format text prints a table for people', () => {
    const r = cli([file('one.txt', 'عنوان\n\nقال الكرملين إن المحادثات كانت بناءة.'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 statement/);
    expect(r.stdout).toMatch(/Kremlin/);
  });
});
