#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` / `npm ci` build too): src/ -> dist/ with tsc
// (tsconfig.build.json), the non-TypeScript files the code reads beside itself copied over, then
// dist/.build-stamp. bin/claimgraph.js runs dist/ only while no file under src/ is newer than that
// stamp; the stamp carries the time the build STARTED, so an edit made during the build still
// counts as newer and the CLI runs the sources (through tsx) instead of stale JavaScript.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// tsc emits .ts and the JSON it imports; files read at run time beside the module (the
// playground's boot script) are copied. Worker entries written for tsx (.mjs) are not needed.
const COPIED = /\.(js|html|css)$/;
function copyAssets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(path);
    else if (COPIED.test(entry.name)) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
copyAssets(src);

const stamp = join(dist, '.build-stamp');
writeFileSync(`${stamp}.tmp`, `${started.toISOString()}\n`);
utimesSync(`${stamp}.tmp`, started, started);
renameSync(`${stamp}.tmp`, stamp);
