// `extract(text:)` off the event loop: extraction is pure CPU (tens of ms for an article, seconds
// for megabytes of text), and on the main thread one large dry run would hold every other request.
// One worker thread from the import's pool (src/import/extract-pool.ts), started on the first
// extract request (most servers never get one), with its own input limit (LIMITS.maxExtractChars).
import { ExtractionError } from '../extract/index.ts';
import type { Extraction, ExtractOptions } from '../extract/types.ts';
import { createExtractPool, WorkerExtractionError, type ExtractPool } from '../import/extract-pool.ts';
import { badInput, limitError } from './errors.ts';

export interface ExtractRunner {
  extract(text: string, options: ExtractOptions): Promise<Extraction>;
  close(): Promise<void>;
}

export function createExtractRunner(maxChars: number): ExtractRunner {
  let pool: ExtractPool | undefined;
  return {
    async extract(text, options) {
      if (text.length > maxChars) throw limitError('maxExtractChars', maxChars, text.length);
      pool ??= createExtractPool(1);
      try {
        return await pool.extract(text, options);
      } catch (err) {
        // The extractor's own refusals (empty text, unknown language) are the client's to fix.
        if (err instanceof WorkerExtractionError && err.name === ExtractionError.name) throw badInput(err.message);
        throw err;
      }
    },
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}
