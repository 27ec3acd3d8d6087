// The importer extracts a stored article again only when EXTRACTOR_VERSION changes (src/graph/
// write-articles.ts), so a change in what the extractor outputs must come with a new version, or
// users' graphs keep the old statements. The fingerprint of the sample articles' extraction is
// recorded here per version: new output under an old version fails, naming what to do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, EXTRACTOR_VERSION } from '../../src/extract/index.ts';

const FINGERPRINTS: Record<string, string> = {
  '0.2.0': 'da5e46008972ed7c',
  '0.3.0': 'b540e86f473be98a',
  '0.4.0': '59ccad88bb8efffc',
};

const samples = path.resolve(import.meta.dirname, '../../samples');

function fingerprint(): string {
  const hash = createHash('sha256');
  const seed = readFileSync(path.join(samples, 'ar-kremlin-trump-putin-syria.txt'), 'utf8');
  hash.update(JSON.stringify(extract(seed, { language: 'ar', publishedAt: '2017-01-29' })));
  for (const line of readFileSync(path.join(samples, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())) {
    const a = JSON.parse(line) as { text: string; language: 'ar' | 'en'; publishedAt?: string };
    hash.update(JSON.stringify(extract(a.text, { language: a.language, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) })));
  }
  return hash.digest('hex').slice(0, 16);
}

describe('EXTRACTOR_VERSION', () => {
  it('changes whenever the extraction of the sample articles does', () => {
    const now = fingerprint();
    expect(
      FINGERPRINTS[EXTRACTOR_VERSION],
      `the extraction output is ${now}: if you changed the extractor on purpose, bump EXTRACTOR_VERSION in src/extract/index.ts and record it here`,
    ).toBe(now);
  });
});
