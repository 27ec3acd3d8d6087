// The `import` command's work: read inputs, import (or, with --dry-run, only extract), show
// progress, write rejects, print a summary. Returns the exit status: 0 when everything landed,
// 1 when anything failed, 130 when interrupted (Ctrl-C; what was read before is written whole).
import { EXTRACTOR_VERSION, extract } from '../extract/index.ts';
import { articleId } from '../graph/identity.ts';
import { formatSource, measureInputs, readInputs, type IngestItem, type IngestReject, type InputFormat, type RecordDefaults } from '../ingest/index.ts';
import { textForExtraction } from './article-text.ts';
import { importArticles, type ImportSummary } from './import-articles.ts';
import { progressView, type ProgressView } from './progress.ts';
import { RejectsFile } from './rejects-file.ts';

export interface RunImportOptions {
  format?: InputFormat;
  concurrency: number;
  batchSize: number;
  extractWorkers?: number;
  dryRun?: boolean;
  published?: string;
  outlet?: string;
  rejects: string;
  progress: boolean;
}

/** How many rejects are printed one by one; the rest are only in the rejects file. */
const PRINTED_REJECTS = 20;

export function formatSummary(summary: ImportSummary, rejects: { count: number; path: string }): string {
  const seconds = summary.elapsedMs / 1000;
  const lines = [
    `articles: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`,
    `statements: ${summary.statements} written, actors: ${summary.actors}`,
    `elapsed: ${seconds.toFixed(1)} s, ${summary.articlesPerSecond.toFixed(1)} articles/s`,
  ];
  if (rejects.count > 0) lines.push(`rejects: ${rejects.count} written to ${rejects.path}`);
  if (summary.aborted) lines.push('interrupted: run the same command again to import the rest (nothing is duplicated)');
  return lines.join('\n');
}

function rejectReporter(view: ProgressView, file: RejectsFile): (reject: IngestReject) => void {
  return (reject) => {
    file.add(reject);
    if (file.count <= PRINTED_REJECTS) view.log(`rejected ${formatSource(reject.source)}: ${reject.reason}`);
    else if (file.count === PRINTED_REJECTS + 1) view.log(`more rejects: see ${file.path}`);
  };
}

/** Extraction only, as JSON lines on stdout: {id, source, extraction}. */
async function dryRun(items: AsyncIterable<IngestItem>, onReject: (r: IngestReject) => void): Promise<number> {
  let failed = 0;
  for await (const item of items) {
    if (item.kind === 'reject') {
      failed++;
      onReject(item.reject);
      continue;
    }
    const record = item.record;
    const text = textForExtraction(record);
    try {
      const extraction = extract(text, {
        ...(record.language ? { language: record.language } : {}),
        ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
      });
      if (record.outlet && !extraction.outlet) extraction.outlet = record.outlet;
      const line = JSON.stringify({ id: articleId({ url: record.url, text }), source: record.source, extractorVersion: EXTRACTOR_VERSION, extraction });
      if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    } catch (err) {
      failed++;
      onReject({ reason: `extraction failed: ${(err as Error).message}`, source: record.source });
    }
  }
  return failed;
}

export async function runImport(inputs: string[], options: RunImportOptions): Promise<number> {
  const defaults: RecordDefaults = {};
  if (options.published) defaults.publishedAt = options.published;
  if (options.outlet) defaults.outlet = options.outlet;
  const items = readInputs(inputs, { ...(options.format ? { format: options.format } : {}), defaults });
  const rejects = new RejectsFile(options.rejects);

  if (options.dryRun) {
    const view = progressView(false, undefined);
    const failed = await dryRun(items, rejectReporter(view, rejects));
    await rejects.close();
    if (rejects.count > 0) process.stderr.write(`rejects: ${rejects.count} written to ${rejects.path}\n`);
    return failed > 0 ? 1 : 0;
  }

  const { ensureNeo4j } = await import('../neo4j/ensure.ts');
  const { connect } = await import('../graph/connection.ts');
  const { applySchema } = await import('../graph/schema.ts');
  const settings = await ensureNeo4j(process.env);
  const graph = await connect(settings);

  // First Ctrl-C: stop reading, finish the batches in flight (each is one transaction), summarise.
  // Second Ctrl-C: leave now; the transactions in flight roll back, nothing is half-written.
  const controller = new AbortController();
  // Sizes first, so the bar's total is right from its first frame.
  const view = progressView(options.progress, await measureInputs(inputs, options.format ? { format: options.format } : {}));
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    view.log('interrupted: finishing the batches in flight (Ctrl-C again to stop at once)');
  };
  process.on('SIGINT', onSigint);
  try {
    // Unique constraints are what keeps concurrent MERGEs from duplicating actors: make sure they exist.
    await applySchema(graph);
    const summary = await importArticles(graph, items, {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      extractWorkers: options.extractWorkers ?? 0,
      onProgress: (p) => view.update(p),
      onReject: rejectReporter(view, rejects),
      signal: controller.signal,
    });
    // The bar ends (rejects still buffered printed above it) before the summary starts on its own line.
    view.stop(!summary.aborted);
    await rejects.close();
    process.stdout.write(`${formatSummary(summary, rejects)}\n`);
    if (summary.aborted) return 130;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    view.stop();
    process.off('SIGINT', onSigint);
    await graph.close();
  }
}
