#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a checkout needs no build step:
// `npm install` then `npx claimgraph <command>`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
