// Extraction speed: MB of article text per second on one core, Arabic and English, on synthetic
// text built from this file's own sentences (never the shared corpus), and a linearity check
// (time per MB at two sizes; a ratio near 1 means linear time).
//
//   npm run bench:extract                 # 2 MB and 8 MB per language
//   npm run bench:extract -- --mb 1 --big 4
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { extract } from '../src/extract/index.ts';
import { syntheticText } from './synthetic-text.ts';

interface Run {
  /** CPU seconds of this process (user + system): robust on a shared machine, and "one core" by construction. */
  cpu: number;
  wall: number;
  statements: number;
}

function measure(text: string, language: 'ar' | 'en'): Run {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const x = extract(text, { language, publishedAt: '2017-01-29' });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall, statements: x.statements.length };
}

function best(runs: Run[]): Run {
  return runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
}

const program = new Command('bench-extract')
  .option('--mb <n>', 'text size per language for the speed figure (MB)', '2')
  .option('--big <n>', 'larger size for the linearity check (MB)', '8')
  .option('--runs <n>', 'timed runs per size (the best is reported)', '3')
  .parse(process.argv);
const opts = program.opts<{ mb: string; big: string; runs: string }>();
const small = Number(opts.mb) * 1e6;
const big = Number(opts.big) * 1e6;
const runs = Math.max(1, Number(opts.runs));

console.log(`node ${process.version}; sizes ${opts.mb} MB and ${opts.big} MB of UTF-8 text; best of ${runs} runs after a warm-up run`);
for (const language of ['ar', 'en'] as const) {
  const a = syntheticText(language, small);
  const b = syntheticText(language, big);
  measure(a, language); // warm-up: JIT, gazetteer index
  const ra = best(Array.from({ length: runs }, () => measure(a, language)));
  const rb = best(Array.from({ length: Math.min(runs, 2) }, () => measure(b, language)));
  const mbA = Buffer.byteLength(a) / 1e6;
  const mbB = Buffer.byteLength(b) / 1e6;
  console.log(
    `${language}: ${(mbA / ra.cpu).toFixed(2)} MB/s CPU (${(mbA / ra.wall).toFixed(2)} MB/s wall) at ${mbA.toFixed(1)} MB, ${ra.statements} statements; ` +
      `${(mbB / rb.cpu).toFixed(2)} MB/s CPU at ${mbB.toFixed(1)} MB; CPU time per MB big/small ${(rb.cpu / mbB / (ra.cpu / mbA)).toFixed(2)} (1.00 = linear)`,
  );
}
