#!/usr/bin/env node
// Starts the compiled CLI (dist/, built by `npm run build`, which `npm install` runs as `prepare`)
// when it is up to date, and the TypeScript sources through tsx otherwise: a file under src/
// newer than dist/.build-stamp means the build is stale, and stale code is never run. The check
// is a stat of each file and folder under src/ (about a millisecond); a folder's time catches
// deleted and renamed files. CLAIMGRAPH_FROM_SOURCE=1 always runs the sources.
import { readdirSync, statSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);
const stampFile = new URL('../dist/.build-stamp', import.meta.url);

/** Why the compiled CLI cannot be used, or null when it can. */
function staleReason() {
  if (process.env.CLAIMGRAPH_FROM_SOURCE) return 'CLAIMGRAPH_FROM_SOURCE is set';
  let stamp;
  try {
    stamp = statSync(stampFile).mtimeMs;
  } catch {
    return 'no build (npm run build)';
  }
  const dirs = [src];
  while (dirs.length > 0) {
    const dir = dirs.pop();
    if (statSync(dir).mtimeMs > stamp) return `${dir.pathname} changed after the build`;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      if (entry.isDirectory()) dirs.push(url);
      else if (statSync(url).mtimeMs > stamp) return `${url.pathname} changed after the build`;
    }
  }
  return null;
}

// A reader that stops early (`claimgraph extract a.txt | head`) closes the pipe: the command's work
// is done as far as anyone can see, so that ends it quietly instead of with an EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

const stale = staleReason();
let main;
if (stale === null) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  if (process.env.CLAIMGRAPH_DEBUG) console.error(`claimgraph: running the TypeScript sources (${stale})`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
