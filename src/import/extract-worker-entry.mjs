// Entry of an extraction worker thread (extract-pool.ts). Plain JavaScript because a worker does
// not inherit the main thread's TypeScript loader: it registers tsx itself, like bin/claimgraph.js,
// then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
