// Extraction on worker threads, so an import extracts the next batch on other cores while the
// main thread keeps feeding Neo4j (extraction is pure CPU; the writes are I/O).
//
//   const pool = createExtractPool(2);
//   const extraction = await pool.extract(text, { language: 'ar' });
//   await pool.close();
//
// Workers run what this module runs: the compiled extract-worker.js beside it in dist/, or the
// TypeScript sources through tsx (extract-worker-entry.mjs registers it) when running from src/.
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../extract/types.ts';

export interface ExtractPool {
  extract(text: string, options: ExtractOptions): Promise<Extraction>;
  close(): Promise<void>;
}

/** An extraction failure from a worker, with the extractor's error name (e.g. ExtractionError). */
export class WorkerExtractionError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface Pending {
  resolve: (e: Extraction) => void;
  reject: (err: Error) => void;
}

interface Reply {
  id: number;
  extraction?: Extraction;
  error?: { name: string; message: string };
}

/** The worker script matching this module: compiled JavaScript, or the tsx entry for the sources. */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./extract-worker-entry.mjs', import.meta.url)
  : new URL('./extract-worker.js', import.meta.url);

/** Node options for workers, without profilers and debuggers (one port, one profile file each). */
function workerExecArgv(): string[] {
  return process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--inspect'));
}

export function createExtractPool(size: number): ExtractPool {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closed = false;
  const workers: Worker[] = [];
  const load = new Map<Worker, number>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_ENTRY, { execArgv: workerExecArgv() });
    worker.on('message', (reply: Reply) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.error) p.reject(new WorkerExtractionError(reply.error.name, reply.error.message));
      else p.resolve(reply.extraction!);
    });
    worker.on('error', (err) => failAll(err));
    worker.on('exit', (code) => {
      if (!closed && code !== 0) failAll(new Error(`extraction worker exited with code ${code}`));
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    workers.push(worker);
    load.set(worker, 0);
  }

  return {
    extract(text, options) {
      if (closed) return Promise.reject(new Error('extraction pool is closed'));
      // The least busy worker takes the job.
      const worker = workers.reduce((best, w) => ((load.get(w) ?? 0) < (load.get(best) ?? 0) ? w : best));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, text, options });
      }).finally(() => {
        if ((load.get(worker) ?? 0) === 0) worker.unref();
      });
    },
    async close() {
      closed = true;
      failAll(new Error('extraction pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
