// Article.source as the importer derives it from where a record was read (src/import/provenance.ts).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provenance } from '../../src/import/provenance.ts';
import type { SourceRef } from '../../src/ingest/types.ts';

const cases: { source: SourceRef; expected: string }[] = [
  { source: { file: '/data/in/ferry.txt' }, expected: '/data/in/ferry.txt' },
  { source: { file: 'samples/en-port.txt' }, expected: resolve('samples/en-port.txt') },
  { source: { file: '/data/records.jsonl', line: 12 }, expected: '/data/records.jsonl:12' },
  { source: { file: '/data/batch.json', item: 3 }, expected: '/data/batch.json#3' },
  { source: { file: '/data/wire.rss', item: 2, id: 'urn:wire:42' }, expected: '/data/wire.rss#urn:wire:42' },
  { source: { file: 'https://news.example/feed.xml', item: 5 }, expected: 'https://news.example/feed.xml#5' },
  { source: { file: 'https://news.example/a/story.html' }, expected: 'https://news.example/a/story.html' },
  { source: { file: '-', line: 4 }, expected: 'stdin:4' },
];

describe('provenance', () => {
  for (const { source, expected } of cases) {
    it(`${JSON.stringify(source)} -> ${expected}`, () => expect(provenance(source)).toBe(expected));
  }
});
