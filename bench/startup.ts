// CLI start-up: wall time of `claimgraph --help` (and `extract` of the seed article, what the
// evaluation runs once per article) from a new process to its exit, compiled (dist/, the default
// once `npm run build` has run) against the TypeScript sources through tsx (what every start did
// before the build step; tsx's compile cache warm, and cold with TSX_DISABLE_CACHE=1), and the
// cost of npx itself (`npx -c true`) for perspective. Runs are interleaved, so a load spike hits
// every variant alike.
//
//   npm run bench:startup                 # 15 runs each after 2 warm-ups
//   npm run bench:startup -- --runs 30
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';

const program = new Command('bench-startup')
  .option('--runs <n>', 'timed runs of each variant', (v) => Number.parseInt(v, 10), 15)
  .option('--warmup <n>', 'untimed runs of each variant first', (v) => Number.parseInt(v, 10), 2)
  .parse();
const { runs, warmup } = program.opts<{ runs: number; warmup: number }>();

const SEED = 'test/fixtures/ar-kremlin-trump-putin-syria.txt';
const bin = 'bin/claimgraph.js';
const sources = { CLAIMGRAPH_FROM_SOURCE: '1' };

interface Variant {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const variants: Variant[] = [
  { name: 'node bin/claimgraph.js --help (compiled)', command: ['node', bin, '--help'] },
  { name: 'node bin/claimgraph.js --help (sources via tsx, cache warm)', command: ['node', bin, '--help'], env: sources },
  { name: 'node bin/claimgraph.js --help (sources via tsx, no cache)', command: ['node', bin, '--help'], env: { ...sources, TSX_DISABLE_CACHE: '1' } },
  { name: 'npx claimgraph --help (compiled)', command: ['npx', 'claimgraph', '--help'] },
  { name: 'npx claimgraph --help (sources via tsx, cache warm)', command: ['npx', 'claimgraph', '--help'], env: sources },
  { name: 'npx -c true (npx alone)', command: ['npx', '-c', 'true'] },
  { name: 'npx claimgraph extract SEED (compiled)', command: ['npx', 'claimgraph', 'extract', SEED] },
  { name: 'npx claimgraph extract SEED (sources via tsx, cache warm)', command: ['npx', 'claimgraph', 'extract', SEED], env: sources },
];

if (!existsSync('dist/.build-stamp')) {
  console.error('bench-startup: no build; run `npm run build` first');
  process.exit(1);
}

function once(v: Variant): number {
  const t0 = performance.now();
  const r = spawnSync(v.command[0]!, v.command.slice(1), { env: { ...process.env, ...v.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${v.command.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const times = new Map(variants.map((v) => [v, [] as number[]]));
for (let i = 0; i < warmup; i++) for (const v of variants) once(v);
const load = loadavg()[0]!;
for (let i = 0; i < runs; i++) for (const v of variants) times.get(v)!.push(once(v));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
console.log(`${runs} runs each (after ${warmup} warm-ups), interleaved; load average ${load.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at the end`);
console.log('| command | mean ms | p50 ms | p95 ms | min ms |');
console.log('|---|---:|---:|---:|---:|');
for (const [v, t] of times) {
  const sorted = [...t].sort((a, b) => a - b);
  const mean = t.reduce((a, b) => a + b, 0) / t.length;
  console.log(`| ${v.name} | ${mean.toFixed(0)} | ${pct(sorted, 50).toFixed(0)} | ${pct(sorted, 95).toFixed(0)} | ${sorted[0]!.toFixed(0)} |`);
}
