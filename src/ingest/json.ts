// JSON records: `.jsonl` (one record per line, streamed, so a 1 GB file never sits in memory and
// a broken line costs only that line) and `.json` (one record or an array of them).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { htmlFragmentToText } from './html.ts';
import { completeRecord, describeIssues, jsonRecordSchema } from './record.ts';
import { reject, type IngestItem, type RecordDefaults, type SourceRef } from './types.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One parsed JSON value to an item: schema check, then the checks every record gets. */
export function jsonValueToItem(value: unknown, source: SourceRef, defaults: RecordDefaults): IngestItem {
  const parsed = jsonRecordSchema.safeParse(value);
  if (!parsed.success) return reject(`invalid record: ${describeIssues(parsed.error)}`, source);
  const r = parsed.data;
  const text = typeof r.text === 'string' && r.text.trim() ? r.text : r.html ? htmlFragmentToText(r.html) : '';
  return completeRecord(
    { url: r.url, title: r.title, text, publishedAt: r.publishedAt, outlet: r.outlet, language: r.language },
    source,
    defaults,
  );
}

/**
 * Lines of a byte stream as raw bytes (split on \n, \r\n tolerated), numbered from 1; `size` is
 * what the line took in the stream, its newline included, so the sizes add up to the stream's.
 */
async function* byteLines(stream: Readable): AsyncGenerator<{ bytes: Buffer; line: number; size: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let newline: number;
    while ((newline = pending.indexOf(0x0a)) !== -1) {
      line++;
      yield { bytes: pending.subarray(0, newline), line, size: newline + 1 };
      pending = pending.subarray(newline + 1);
    }
  }
  if (pending.length > 0) yield { bytes: pending, line: line + 1, size: pending.length };
}

/**
 * Records of a JSON-lines stream; blank lines are skipped, every bad line is a reject with its
 * number. Each item carries the bytes it was read from (a skipped blank line's go to the next item).
 */
export async function* readJsonLines(stream: Readable, file: string, defaults: RecordDefaults = {}): AsyncGenerator<IngestItem> {
  let carried = 0;
  for await (const { bytes, line, size } of byteLines(stream)) {
    const item = jsonLineToItem(bytes, { file, line }, defaults);
    carried += size;
    if (!item) continue;
    yield { ...item, bytes: carried };
    carried = 0;
  }
}

/** One line of a JSON-lines stream: a record, a reject, or nothing for a blank line. */
function jsonLineToItem(bytes: Buffer, source: { file: string; line: number }, defaults: RecordDefaults): IngestItem | undefined {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return reject('not valid UTF-8', source);
  }
  if (source.line === 1) text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return reject(`malformed JSON: ${(err as Error).message}`, source);
  }
  return jsonValueToItem(value, source, defaults);
}

export function readJsonLinesFile(path: string, defaults: RecordDefaults = {}): AsyncGenerator<IngestItem> {
  return readJsonLines(createReadStream(path), path, defaults);
}

/** A `.json` document: one record, or an array of records numbered from 1. */
export function readJsonDocument(text: string, file: string, defaults: RecordDefaults = {}): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return [reject(`malformed JSON: ${(err as Error).message}`, { file })];
  }
  if (Array.isArray(value)) return value.map((v, i) => jsonValueToItem(v, { file, item: i + 1 }, defaults));
  return [jsonValueToItem(value, { file }, defaults)];
}
