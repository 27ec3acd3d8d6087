// Export memory: generated articles (10 statements each, Arabic text) through the real export path
// after the graph (exportRows: evidence cut from each article's text; writeExport: csv-stringify
// or JSON lines) into a sink that discards, sampling heap and RSS as rows go. Flat figures mean
// the writer holds nothing but the article in hand. The graph side streams (Graph.stream,
// fetchSize 500) and is not part of this figure.
//
//   npm run bench:export                      # 1,000,000 rows, CSV
//   npm run bench:export -- --rows 200000 --format jsonl
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { exportRows, writeExport, type ExportFormat } from '../src/api/export.ts';
import type { ExportArticle } from '../src/graph/read/export.ts';

const { rows, format } = new Command('bench-export')
  .option('--rows <n>', 'statements', (v) => Number.parseInt(v, 10), 1_000_000)
  .option('--format <f>', 'csv | jsonl | json', 'csv')
  .parse()
  .opts<{ rows: number; format: ExportFormat }>();

const PER_ARTICLE = 10;
const sentence = (i: number) => `وقال المتحدث باسم الوزارة رقم ${i} إن المحادثات ستستأنف قريبا، "وفق ما اتفق عليه الطرفان". `;
async function* articles(): AsyncGenerator<ExportArticle> {
  for (let a = 0; a * PER_ARTICLE < rows; a++) {
    const text = Array.from({ length: PER_ARTICLE }, (_, i) => sentence(a * PER_ARTICLE + i)).join('\n');
    let offset = 0;
    const statements = Array.from({ length: PER_ARTICLE }, (_, i) => {
      const s = sentence(a * PER_ARTICLE + i);
      const start = offset + s.indexOf('إن');
      offset += s.length + 1;
      return { id: `s${a}-${i}`, cue: 'قال', cueType: 'SAY' as const, content: s.slice(s.indexOf('إن'), -2), direct: false, date: '2024-01-01', start, end: start + 20, language: 'ar' as const, speaker: 'المتحدث', about: ['الوزارة'], via: [] };
    });
    yield { article: { id: `a${a}`, title: `مقال ${a}`, url: `https://example.com/${a}`, publishedAt: '2024-01-01', text }, outlet: 'Example', statements };
  }
}

let bytes = 0;
let seen = 0;
const samples: string[] = [];
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const sink = new Writable({
  write(chunk, _enc, done) {
    bytes += chunk.length;
    done();
  },
});
const t0 = performance.now();
const counted = (async function* () {
  for await (const row of exportRows(articles())) {
    if (++seen % Math.floor(rows / 10) === 0) {
      const m = process.memoryUsage();
      samples.push(`| ${seen.toLocaleString('en')} | ${mb(m.heapUsed)} | ${mb(m.rss)} |`);
    }
    yield row;
  }
})();
const { rows: written } = await writeExport(counted, format, sink);
console.log(`${written.toLocaleString('en')} rows, ${format}, ${mb(bytes)} MB written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log('| rows so far | heap used MB | RSS MB |\n|---:|---:|---:|');
console.log(samples.join('\n'));
