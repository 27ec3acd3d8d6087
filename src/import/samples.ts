// importSamples(graph): the articles in samples/ (the seed article and short wire stories written
// for this project), imported idempotently: `npm start` calls it on every start and only the first
// call, or a newer extractor, writes anything.
import { fileURLToPath } from 'node:url';
import type { GraphSession } from '../graph/write-articles.ts';
import { readInputs } from '../ingest/index.ts';
import type { IngestReject } from '../ingest/types.ts';
import { importArticles, type ImportSummary } from './import-articles.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export async function importSamples(graph: GraphSession): Promise<ImportSummary & { rejects: IngestReject[] }> {
  const rejects: IngestReject[] = [];
  const summary = await importArticles(graph, readInputs([SAMPLES_DIR]), { onReject: (r) => rejects.push(r) });
  return { ...summary, rejects };
}
