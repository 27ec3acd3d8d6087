// ingestArticle(s): the importer's pipeline (src/import/import-articles.ts), so that an article sent
// to the API lands exactly as `claimgraph import` would store it, with the same idempotency.
import { importArticles, type ArticleRecordInput } from '../import/import-articles.ts';
import type { GraphAccess } from '../graph/read/runner.ts';
import type { IngestResultRow } from '../graph/read/types.ts';
import { apiError, badInput, ErrorCode, UNAVAILABLE_MESSAGE } from './errors.ts';

export interface ArticleSubmission {
  text: string;
  url?: string | null;
  title?: string | null;
  language?: 'ar' | 'en' | null;
  publishedAt?: string | null;
  outlet?: string | null;
}

const OUTCOME = { new: 'NEW', updated: 'UPDATED', unchanged: 'UNCHANGED' } as const;

/** Stores the articles; all or nothing per article. Throws a public error naming the first failure. */
export async function ingest(graph: GraphAccess, inputs: readonly ArticleSubmission[]): Promise<IngestResultRow[]> {
  const records: ArticleRecordInput[] = inputs.map((input, i) => {
    if (input.url) {
      try {
        new URL(input.url);
      } catch {
        throw badInput(`inputs[${i}].url is not a URL: ${JSON.stringify(input.url)}`);
      }
    }
    return {
      text: input.text,
      ...(input.url ? { url: input.url } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.language ? { language: input.language } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      ...(input.outlet ? { outlet: input.outlet } : {}),
      source: { file: `inputs[${i}]` },
      // Article.source: sent through the API (its URL, when given, is the article's own `url`).
      provenance: 'api',
    };
  });
  const outcomes = new Map<string, IngestResultRow>();
  const rejects: { reason: string; source: string }[] = [];
  await importArticles(graph, records, {
    onOutcome: (o) => outcomes.set(o.source?.file ?? o.id, { outcome: OUTCOME[o.outcome], articleId: o.id }),
    onReject: (r) => rejects.push({ reason: r.reason, source: r.source.file ?? '' }),
  });
  const [reject] = rejects;
  if (reject) {
    // The importer reports every failure as a reject; a write that failed because Neo4j is away is
    // the server's condition, anything else (empty text, unsupported language) is the input's.
    if (/^write failed: .*not reachable/i.test(reject.reason)) throw apiError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE);
    if (reject.reason.startsWith('write failed')) throw new Error(`ingest ${reject.source}: ${reject.reason}`);
    throw badInput(`${reject.source}: ${reject.reason}`);
  }
  return records.map((r, i) => {
    const row = outcomes.get(r.source!.file!);
    if (!row) throw new Error(`ingest: the importer reported no outcome for inputs[${i}]`);
    return row;
  });
}
