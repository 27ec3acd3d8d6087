// Runs the extractor in a worker thread for the import's extraction pool (extract-pool.ts).
// Messages in: {id, text, options}; out: {id, extraction} or {id, error: {name, message}}.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import type { ExtractOptions } from '../extract/types.ts';

interface Job {
  id: number;
  text: string;
  options: ExtractOptions;
}

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, extraction: extract(job.text, job.options) });
  } catch (err) {
    const e = err as Error;
    parentPort!.postMessage({ id: job.id, error: { name: e.name, message: e.message } });
  }
});
