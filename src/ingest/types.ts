// What every reader (text, HTML, JSON lines, feeds, URLs) hands to the importer: one article
// record or one reject, each naming where it came from so a bad record can be found and fixed.
import type { Language } from '../extract/types.ts';

export interface SourceRef {
  /** A path, a URL, or "-" for standard input. */
  file: string;
  /** 1-based line in a JSON-lines file. */
  line?: number;
  /** 1-based position of the record in a JSON array or of the item in a feed. */
  item?: number;
  /** A feed item's own id (RSS guid, Atom id), when it has one. */
  id?: string;
}

export interface ArticleRecord {
  url?: string;
  title?: string;
  text: string;
  /** YYYY-MM-DD. */
  publishedAt?: string;
  outlet?: string;
  language?: Language;
  source: SourceRef;
}

export interface IngestReject {
  reason: string;
  source: SourceRef;
}

export type IngestItem = ({ kind: 'article'; record: ArticleRecord } | { kind: 'reject'; reject: IngestReject }) & {
  /**
   * Bytes of the input this item accounts for (its JSON line, its share of a file), so that an
   * import's progress can count towards the inputs' sizes known up front. Set by readInputs.
   */
  bytes?: number;
};

export const INPUT_FORMATS = ['txt', 'html', 'jsonl', 'json', 'rss'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Values the user gives on the command line for records that lack them (--published, --outlet). */
export interface RecordDefaults {
  publishedAt?: string;
  outlet?: string;
}

export function article(record: ArticleRecord): IngestItem {
  return { kind: 'article', record };
}

export function reject(reason: string, source: SourceRef): IngestItem {
  return { kind: 'reject', reject: { reason, source } };
}

/** "file:12" or "file#3": how a source reads in messages. */
export function formatSource(source: SourceRef): string {
  if (source.line !== undefined) return `${source.file}:${source.line}`;
  if (source.item !== undefined) return `${source.file}#${source.item}`;
  return source.file;
}
