// Inputs to article records: paths (files and directories, recursively), "-" for standard input,
// and http(s) URLs of pages or feeds. Everything that cannot become an article becomes a reject
// naming its file (and line or item), so one bad input never hides the good ones beside it.
//
//   for await (const item of readInputs(['corpus/', 'https://example.com/feed.xml'])) ...
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputFormatError } from './errors.ts';
import { readFeed } from './feed.ts';
import { DEFAULT_FETCH_LIMITS, fetchDocument, type FetchLimits } from './fetch.ts';
import { htmlPageToDraft } from './html.ts';
import { readJsonDocument, readJsonLines, readJsonLinesFile } from './json.ts';
import { completeRecord } from './record.ts';
import { readTextArticle } from './text.ts';
import { reject, type IngestItem, type InputFormat, type RecordDefaults } from './types.ts';

export * from './types.ts';
export { InputFormatError } from './errors.ts';

export interface ReadOptions {
  /** Forces the format of every input; by default it follows the file extension or the content. */
  format?: InputFormat;
  defaults?: RecordDefaults;
  fetchLimits?: FetchLimits;
  /** Where "-" reads from (process.stdin by default). */
  stdin?: Readable;
}

const EXTENSION_FORMATS: Record<string, InputFormat> = {
  '.txt': 'txt', '.text': 'txt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.json': 'json',
  '.rss': 'rss', '.atom': 'rss', '.xml': 'rss',
};

const NOTE_EXTENSIONS = new Set(['.md', '.markdown']);

const isUrl = (input: string) => /^https?:\/\//i.test(input);

export function formatFromExtension(path: string): InputFormat | undefined {
  return EXTENSION_FORMATS[extname(path).toLowerCase()];
}

/** The format of a document whose name says nothing (stdin, a URL without a useful type). */
export function sniffFormat(text: string): InputFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed') || head.startsWith('<rdf:rdf')) {
    return /<(rss|feed|rdf:rdf)[\s>]/.test(head) || !/<html[\s>]/.test(head) ? 'rss' : 'html';
  }
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<!--') || /^<(head|body|article|p|div)[\s>]/.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // One object spread over lines is .json; several one-line objects are JSON lines.
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'txt';
}

function formatFromContentType(contentType: string): InputFormat | undefined {
  if (/(rss|atom)\+xml|\/xml|\+xml/.test(contentType) && !contentType.includes('xhtml')) return 'rss';
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('ndjson') || contentType.includes('jsonl')) return 'jsonl';
  if (contentType.includes('json')) return 'json';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InputFormatError('not valid UTF-8 (convert the file to UTF-8 and import it again)');
  }
}

async function* readDocument(text: string, format: InputFormat, file: string, defaults: RecordDefaults, pageUrl?: string): AsyncGenerator<IngestItem> {
  if (text.includes('\u0000')) {
    yield reject('looks like a binary file, not article text', { file });
    return;
  }
  switch (format) {
    case 'txt':
      yield readTextArticle(text, { file }, defaults);
      return;
    case 'html':
      yield completeRecord(htmlPageToDraft(text, pageUrl), { file }, defaults);
      return;
    case 'json':
      yield* readJsonDocument(text, file, defaults);
      return;
    case 'jsonl': {
      const { Readable } = await import('node:stream');
      yield* readJsonLines(Readable.from([Buffer.from(text, 'utf8')]), file, defaults);
      return;
    }
    case 'rss':
      yield* await readFeed(text, file, defaults);
      return;
  }
}

async function* readFileInput(path: string, format: InputFormat | undefined, defaults: RecordDefaults): AsyncGenerator<IngestItem> {
  const chosen = format ?? formatFromExtension(path);
  // JSON lines are streamed from disk: a bad line is rejected alone, a huge file is never loaded whole.
  if (chosen === 'jsonl') {
    yield* readJsonLinesFile(path, defaults);
    return;
  }
  const bytes = await readFile(path);
  const text = decodeUtf8(bytes);
  const items: IngestItem[] = [];
  for await (const item of readDocument(text, chosen ?? sniffFormat(text), path, defaults)) items.push(item);
  yield* shareBytes(items, bytes.length);
}

/** A document read whole accounts for its size in equal shares of its items (a feed's, an array's). */
function shareBytes(items: IngestItem[], size: number): IngestItem[] {
  const share = Math.floor(size / Math.max(1, items.length));
  return items.map((item, i) => ({ ...item, bytes: i === items.length - 1 ? size - share * i : share }));
}

/** Files under a directory, sorted so runs are reproducible; hidden files and folders are skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

async function* readStdin(stream: Readable, format: InputFormat | undefined, defaults: RecordDefaults): AsyncGenerator<IngestItem> {
  if (format === 'jsonl') {
    yield* readJsonLines(stream, '-', defaults);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = decodeUtf8(Buffer.concat(chunks));
  yield* readDocument(text, format ?? sniffFormat(text), '-', defaults);
}

async function* readUrl(url: string, format: InputFormat | undefined, defaults: RecordDefaults, limits: FetchLimits): AsyncGenerator<IngestItem> {
  const doc = await fetchDocument(url, limits);
  const chosen = format ?? formatFromContentType(doc.contentType) ?? sniffFormat(doc.text);
  if (chosen === 'txt') {
    // A plain-text URL is one article, known by its URL.
    const item = readTextArticle(doc.text, { file: url }, defaults);
    if (item.kind === 'article') item.record.url ??= doc.url;
    yield item;
    return;
  }
  yield* readDocument(doc.text, chosen, url, defaults, doc.url);
}

async function* readOne(input: string, options: ReadOptions): AsyncGenerator<IngestItem> {
  const defaults = options.defaults ?? {};
  if (isUrl(input)) {
    yield* readUrl(input, options.format, defaults, options.fetchLimits ?? DEFAULT_FETCH_LIMITS);
    return;
  }
  if (input === '-') {
    yield* readStdin(options.stdin ?? process.stdin, options.format, defaults);
    return;
  }
  const info = await stat(input);
  if (!info.isDirectory()) {
    try {
      yield* readFileInput(input, options.format, defaults);
    } catch (err) {
      yield { ...reject(describeInputFailure(err), { file: input }), bytes: info.size };
    }
    return;
  }
  for await (const file of inputFiles(input, options.format)) {
    const format = options.format ?? formatFromExtension(file);
    if (!format) {
      yield { ...reject(`unsupported file type "${extname(file) || file}" (expected .txt, .html, .jsonl, .json, .rss/.atom/.xml)`, { file }), bytes: await sizeOf(file) };
      continue;
    }
    try {
      yield* readFileInput(file, format, defaults);
    } catch (err) {
      yield { ...reject(describeInputFailure(err), { file }), bytes: await sizeOf(file) };
    }
  }
}

/** The files of a directory an import reads (rejects included); notes beside a corpus are left out. */
async function* inputFiles(dir: string, format: InputFormat | undefined): AsyncGenerator<string> {
  for await (const file of walk(dir)) {
    // Notes beside a corpus (README.md, NOTES.md) are documentation, not articles.
    if (!format && !formatFromExtension(file) && NOTE_EXTENSIONS.has(extname(file).toLowerCase())) continue;
    yield file;
  }
}

async function sizeOf(path: string): Promise<number> {
  return stat(path).then((info) => info.size, () => 0);
}

/**
 * The bytes readInputs will account for (IngestItem.bytes add up to it), known before anything is
 * read: what an import's progress counts towards. Undefined when an input has no size up front
 * (a URL, standard input). A path that cannot be read counts nothing; reading it is a reject.
 */
export async function measureInputs(inputs: readonly string[], options: Pick<ReadOptions, 'format'> = {}): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (isUrl(input) || input === '-') return undefined;
    const info = await stat(input).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      total += info.size;
      continue;
    }
    try {
      for await (const file of inputFiles(input, options.format)) total += await sizeOf(file);
    } catch {
      // An unreadable folder is a reject when it is read; it counts what was seen.
    }
  }
  return total;
}

function describeInputFailure(err: unknown): string {
  if (err instanceof InputFormatError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot read: no such file or directory';
  if (code === 'EACCES') return 'cannot read: permission denied';
  return `cannot read: ${(err as Error).message}`;
}

/** Every article record and reject of the inputs, in input order. Never throws for a bad input. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    try {
      yield* readOne(input, options);
    } catch (err) {
      yield reject(describeInputFailure(err), { file: input });
    }
  }
}
