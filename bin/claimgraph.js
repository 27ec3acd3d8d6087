#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a checkout needs no build step:
// `npm install` then `npx claimgraph <command>`.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`claimgraph extract a.txt | head`) closes the pipe: the command's work
// is done as far as anyone can see, so that ends it quietly instead of with an EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
