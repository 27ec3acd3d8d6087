// The non-TypeScript files the code reads beside itself (the playground's boot script, HTML, CSS):
// tsc does not emit them, so both builds (scripts/build.mjs, scripts/build-bench.mjs) copy them.
// Worker entries written for tsx (.mjs) are not needed by compiled code.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const COPIED = /\.(js|html|css)$/;

/** Copies every such file under `dir` to `out`, at its path relative to `base`. */
export function copyAssets(dir, base, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(path, base, out);
    else if (COPIED.test(entry.name)) {
      const target = join(out, relative(base, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
