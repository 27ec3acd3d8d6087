// `claimgraph import PATH|URL…`: files, directories, feeds, pages and `-` (stdin) into the graph.
// Heavy modules (driver, extractor, readers) load inside the action, so other commands stay fast.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { isoDay } from '../options.ts';

/**
 * Extraction is the costly part of an import: two workers even on two cores (measured faster than
 * one, BENCHMARKS.md "Import"), one per core beyond that leaving one for Neo4j, at most four.
 */
const DEFAULT_EXTRACT_WORKERS = Math.min(4, Math.max(2, availableParallelism() - 1));

interface ImportCommandOptions {
  format?: 'txt' | 'html' | 'jsonl' | 'json' | 'rss';
  concurrency: number;
  batchSize: number;
  extractWorkers: number;
  dryRun?: boolean;
  published?: string;
  outlet?: string;
  rejects: string;
  progress: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return n;
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Import articles (.txt, .html, .jsonl, .json, RSS/Atom, directories, http(s) URLs, - for stdin) into the graph')
    .argument('<inputs...>', 'files, directories, http(s) URLs of pages or feeds, or - for standard input')
    .addOption(new Option('--format <format>', 'read every input as this format (default: by extension or content)').choices(['txt', 'html', 'jsonl', 'json', 'rss']))
    .option('--concurrency <n>', 'batches written at the same time', positiveInt, 2)
    .option('--batch-size <n>', 'articles per write transaction', positiveInt, 100)
    .option('--extract-workers <n>', 'worker threads extracting while batches are written (0: extract on the main thread)', wholeNumber, DEFAULT_EXTRACT_WORKERS)
    .option('--dry-run', 'print the extraction of each article as JSON lines; do not touch the graph')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', isoDay)
    .option('--outlet <name>', 'outlet for articles that name none')
    .option('--rejects <file>', 'where rejected inputs are written (JSON lines; only when something is rejected)', '.claimgraph/import-rejects.jsonl')
    .option('--no-progress', 'no progress bar or progress lines')
    .addHelpText(
      'after',
      '\nExamples:\n  claimgraph import samples/\n  claimgraph import feed.xml https://example.com/news/rss --outlet "Example News"\n  cat articles.jsonl | claimgraph import - --format jsonl\n  claimgraph import article.txt --dry-run',
    )
    .action(async (inputs: string[], options: ImportCommandOptions) => {
      const { runImport } = await import('../../import/run-import.ts');
      process.exitCode = await runImport(inputs, options);
    });
}
