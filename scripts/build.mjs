#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` / `npm ci` build too): src/ -> dist/ with tsc
// (tsconfig.build.json), the non-TypeScript files the code reads beside itself copied over, then
// dist/.build-stamp. bin/claimgraph.js runs dist/ only while no file under src/ is newer than that
// stamp; the stamp carries the time the build STARTED, so an edit made during the build still
// counts as newer and the CLI runs the sources (through tsx) instead of stale JavaScript.
import { spawnSync } from 'node:child_process';
import { renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyAssets } from './copy-assets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const started = new Date();

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('build: tsc failed; the CLI keeps running the TypeScript sources through tsx');
  process.exit(result.status ?? 1);
}

// tsc emits .ts and the JSON it imports; the files read at run time beside a module are copied.
copyAssets(src, src, dist);

const stamp = join(dist, '.build-stamp');
writeFileSync(`${stamp}.tmp`, `${started.toISOString()}\n`);
utimesSync(`${stamp}.tmp`, started, started);
renameSync(`${stamp}.tmp`, stamp);
