// importArticles(graph, items, options): Promise<ImportSummary>
//   Reads article records (or ingest items, rejects included), skips those already stored with
//   the same content and extractor version, extracts the others and writes them in batches
//   (write-articles.ts), `concurrency` batches in flight while the next batch is extracted.
//   Nothing bad is fatal: a record that cannot be extracted or written is reported through
//   `onReject` with its source and counted as failed; everything else still lands.
//   Each article's write is transactional, so an interrupted import leaves whole articles only,
//   and running it again finishes the job without duplicates.
import { EXTRACTOR_VERSION, extract as defaultExtract } from '../extract/index.ts';
import type { Extraction, ExtractOptions, KnownActor } from '../extract/types.ts';
import { articleId, contentHash } from '../graph/identity.ts';
import { curatedActors } from '../graph/read/resolve-actors.ts';
import {
  prepareArticleWrite,
  storedVersions,
  writeArticles,
  type ArticleOutcome,
  type ArticleWrite,
  type GraphSession,
  type WriteOutcome,
} from '../graph/write-articles.ts';
import type { ArticleRecord, IngestItem, IngestReject, SourceRef } from '../ingest/types.ts';
import { textForExtraction } from './article-text.ts';
import { createExtractPool, type ExtractPool } from './extract-pool.ts';
import { provenance } from './provenance.ts';

/**
 * A record as a script gives it: `source` is optional (it names the record in rejects);
 * `provenance` is what the Article's `source` stores, by default derived from `source`
 * (src/import/provenance.ts), or the URL for a record without one.
 */
export type ArticleRecordInput = Omit<ArticleRecord, 'source'> & { source?: SourceRef; provenance?: string };

export interface ImportProgress {
  /** Records and rejects read from the inputs so far. */
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  statements: number;
  /**
   * Input bytes of the records and rejects settled so far (IngestItem.bytes): with the inputs'
   * sizes measured up front (measureInputs) this is how far along the import is.
   */
  bytes: number;
}

export interface ImportSummary extends ImportProgress {
  /** Distinct actors linked by the articles written (new or updated) in this run. */
  actors: number;
  elapsedMs: number;
  articlesPerSecond: number;
  /** True when the import stopped early on `signal`: every record read before it was written. */
  aborted: boolean;
}

export interface ImportOptions {
  /** Articles per write transaction (default 100). */
  batchSize?: number;
  /** Batches written at the same time (default 2). */
  concurrency?: number;
  /** Stored on every article; an article stored with another version is extracted again. */
  extractorVersion?: string;
  /** The extractor (default: src/extract). A custom one runs on the main thread. */
  extract?: (text: string, options: ExtractOptions) => Extraction;
  /**
   * Worker threads extracting in parallel with the writes (default 0: on the main thread, between
   * writes). Ignored with a custom `extract`.
   */
  extractWorkers?: number;
  /**
   * Workers start only once this many articles have been queued for extraction (default
   * MIN_ARTICLES_FOR_WORKERS): a small import is done on the main thread before workers would be up.
   */
  minArticlesForWorkers?: number;
  onProgress?: (progress: Readonly<ImportProgress>) => void;
  /** Every input that did not land: ingest rejects, extraction and write failures. */
  onReject?: (reject: IngestReject) => void;
  /** Each article's outcome, as its batch is written. */
  onOutcome?: (outcome: ArticleOutcome & { source?: SourceRef }) => void;
  /** Stops reading new records; batches already started are finished. */
  signal?: AbortSignal;
  /** Claims and responses written with each batch (default true; see WriteOptions.claims). */
  claims?: boolean;
}

/** Where a record came from: its source for messages, its input bytes for progress. */
interface Origin {
  source: SourceRef;
  bytes: number;
}

interface Pending {
  record: ArticleRecordInput;
  text: string;
  id: string;
  hash: string;
  bytes: number;
}

function isIngestItem(value: IngestItem | ArticleRecordInput): value is IngestItem {
  return typeof (value as IngestItem).kind === 'string' && ('record' in value || 'reject' in value);
}

function sourceOf(record: ArticleRecordInput): SourceRef {
  return record.source ?? { file: record.url ?? '(record)' };
}

function provenanceOf(record: ArticleRecordInput): { provenance?: string } {
  const value = record.provenance ?? (record.source ? provenance(record.source) : record.url);
  return value ? { provenance: value } : {};
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Starting a worker costs about 0.2 s (compiled; several times that through tsx) before its first
 * article, and a short article takes about 4 ms to extract once warm (BENCHMARKS.md "Import
 * start-up"): below about fifty articles, the main thread is done before the workers are ready.
 */
export const MIN_ARTICLES_FOR_WORKERS = 64;

export async function importArticles(
  graph: GraphSession,
  items: AsyncIterable<IngestItem | ArticleRecordInput> | Iterable<IngestItem | ArticleRecordInput>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  const runExtract = options.extract ?? defaultExtract;
  const started = performance.now();
  const progress: ImportProgress = { read: 0, new: 0, updated: 0, unchanged: 0, failed: 0, statements: 0, bytes: 0 };
  const actors = new Set<string>();
  const report = () => options.onProgress?.({ ...progress });
  const writeOptions = { claims: options.claims ?? true };

  const fail = (reason: string, origin: Origin) => {
    progress.failed++;
    progress.bytes += origin.bytes;
    options.onReject?.({ reason, source: origin.source });
  };

  const settle = (batch: ArticleWrite[], origins: Map<string, Origin>, outcomes: ArticleOutcome[]) => {
    const byId = new Map(batch.map((w) => [w.id, w]));
    for (const o of outcomes) {
      progress[o.outcome satisfies WriteOutcome]++;
      progress.bytes += origins.get(o.id)?.bytes ?? 0;
      const write = byId.get(o.id);
      if (write && o.outcome !== 'unchanged') {
        progress.statements += write.statements.length;
        for (const a of write.actorIds) actors.add(a);
      }
      options.onOutcome?.({ ...o, source: origins.get(o.id)?.source });
    }
  };

  /** Writes a batch; when the batch as a whole fails, each article alone, so one bad article fails alone. */
  const write = async (batch: ArticleWrite[], origins: Map<string, Origin>): Promise<void> => {
    try {
      settle(batch, origins, await writeArticles(graph, batch, writeOptions));
    } catch (batchError) {
      if (batch.length === 1) {
        fail(`write failed: ${errorMessage(batchError)}`, origins.get(batch[0]!.id)!);
      } else {
        for (const single of batch) {
          try {
            settle([single], origins, await writeArticles(graph, [single], writeOptions));
          } catch (err) {
            fail(`write failed: ${errorMessage(err)}`, origins.get(single.id)!);
          }
        }
      }
    }
    report();
  };

  const inFlight = new Set<Promise<void>>();

  const workers = options.extract ? 0 : Math.max(0, options.extractWorkers ?? 0);
  const minForWorkers = options.minArticlesForWorkers ?? MIN_ARTICLES_FOR_WORKERS;
  let queuedForExtraction = 0;
  let pool: ExtractPool | undefined;
  type Extracted = { ok: true; extraction: Extraction } | { ok: false; message: string };
  // Curated actors (a person's merges and aliases) are known to the extractor, like the gazetteer's.
  let knownActors: KnownActor[] = [];
  try {
    knownActors = await graph.read((tx) => curatedActors(tx));
  } catch {
    // Not fatal: without them an article still imports; the writes report a graph that is away.
  }
  const optionsFor = (record: ArticleRecordInput): ExtractOptions => {
    const o: ExtractOptions = knownActors.length > 0 ? { knownActors } : {};
    if (record.language) o.language = record.language;
    if (record.publishedAt) o.publishedAt = record.publishedAt;
    return o;
  };
  const extractAll = async (items: Pending[]): Promise<Extracted[]> => {
    queuedForExtraction += items.length;
    if (!pool && workers > 0 && queuedForExtraction >= minForWorkers) pool = createExtractPool(workers);
    if (pool) {
      const running = pool;
      return Promise.all(
        items.map((p) =>
          running.extract(p.text, optionsFor(p.record)).then(
            (extraction): Extracted => ({ ok: true, extraction }),
            (err): Extracted => ({ ok: false, message: errorMessage(err) }),
          ),
        ),
      );
    }
    const results: Extracted[] = [];
    for (const [i, p] of items.entries()) {
      // Extraction is synchronous CPU work: let the event loop run now and then, so the batches in
      // flight get their results and commits sent while this batch is being extracted.
      if (i % 8 === 7) await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        results.push({ ok: true, extraction: runExtract(p.text, optionsFor(p.record)) });
      } catch (err) {
        results.push({ ok: false, message: errorMessage(err) });
      }
    }
    return results;
  };

  const dispatch = async (pending: Pending[]): Promise<void> => {
    if (pending.length === 0) return;
    // Extraction is the costly part: skip it for articles stored with this content and extractor.
    let stored = new Map<string, { contentHash: string; extractorVersion: string }>();
    try {
      stored = await storedVersions(graph, pending.map((p) => p.id));
    } catch {
      // Not fatal: the write query makes the same check itself.
    }
    const toExtract: Pending[] = [];
    for (const p of pending) {
      const known = stored.get(p.id);
      if (known && known.contentHash === p.hash && known.extractorVersion === version) {
        progress.unchanged++;
        progress.bytes += p.bytes;
        options.onOutcome?.({ id: p.id, outcome: 'unchanged', source: sourceOf(p.record) });
      } else toExtract.push(p);
    }
    const extractions = await extractAll(toExtract);
    const batch: ArticleWrite[] = [];
    const origins = new Map<string, Origin>();
    toExtract.forEach((p, i) => {
      const result = extractions[i]!;
      if (!result.ok) {
        fail(`extraction failed: ${result.message}`, { source: sourceOf(p.record), bytes: p.bytes });
        return;
      }
      batch.push(prepareArticleWrite({ ...p.record, text: p.text, ...provenanceOf(p.record) }, result.extraction, version));
      origins.set(p.id, { source: sourceOf(p.record), bytes: p.bytes });
    });
    if (batch.length === 0) {
      report();
      return;
    }
    const job = write(batch, origins).finally(() => inFlight.delete(job));
    inFlight.add(job);
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  let pending: Pending[] = [];
  let pendingIds = new Set<string>();
  let aborted = false;
  try {
    for await (const item of items) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      progress.read++;
      const bytes = isIngestItem(item) ? (item.bytes ?? 0) : 0;
      if (isIngestItem(item) && item.kind === 'reject') {
        fail(item.reject.reason, { source: item.reject.source, bytes });
        report();
        continue;
      }
      const record: ArticleRecordInput = isIngestItem(item) ? item.record : item;
      if (typeof record.text !== 'string' || record.text.trim() === '') {
        fail('empty article: no text', { source: sourceOf(record), bytes });
        continue;
      }
      const text = textForExtraction(record);
      const id = articleId({ url: record.url, text });
      // The same article twice in one batch would race with itself: the second goes in the next batch.
      if (pendingIds.has(id) || pending.length >= batchSize) {
        await dispatch(pending);
        pending = [];
        pendingIds = new Set();
      }
      pending.push({ record, text, id, hash: contentHash({ title: record.title, text }), bytes });
      pendingIds.add(id);
    }
    await dispatch(pending);
    await Promise.all(inFlight);
  } finally {
    // On an error, batches already started still settle before the workers go.
    await Promise.allSettled(inFlight);
    await pool?.close();
  }
  report();

  const elapsedMs = performance.now() - started;
  const written = progress.new + progress.updated + progress.unchanged;
  return {
    ...progress,
    actors: actors.size,
    elapsedMs,
    articlesPerSecond: elapsedMs > 0 ? (written * 1000) / elapsedMs : 0,
    aborted,
  };
}
