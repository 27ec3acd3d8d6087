#!/usr/bin/env node
// `npm run bench:api:compiled` builds first with this: src/ and bench/ compiled by tsc
// (tsconfig.bench.json) into .bench-dist/, with what the code reads beside itself: the
// non-TypeScript files under src/ copied (as scripts/build.mjs does for dist/), and the folders it
// reads from the repository root (cypher/, samples/, schema.graphql) linked, so that
// `path.resolve(import.meta.dirname, '../..')` from .bench-dist/src/api/ finds them as from src/api/.
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyAssets } from './copy-assets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.bench-dist');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.bench.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

copyAssets(join(root, 'src'), root, out);

for (const name of ['cypher', 'samples', 'schema.graphql']) {
  const link = join(out, name);
  rmSync(link, { force: true, recursive: false });
  symlinkSync(join('..', name), link);
}
