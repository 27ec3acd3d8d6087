// Statements as rows for spreadsheets and notebooks: CSV (UTF-8 with a byte-order mark, so a
// spreadsheet opens Arabic right), JSON lines and JSON, streamed from the graph to any writable
// stream with backpressure: a million rows take the memory of one article and a few rows.
//
//   const filter = await resolveExportFilter(graph, { about: 'ترامب', cueTypes: ['DENY'] });
//   await writeExport(exportRows(exportArticles(graph, filter)), 'csv', process.stdout);
//
// CSV is written by csv-stringify (the `csv` project: RFC 4180 quoting of commas, quotes and line
// breaks inside Arabic and English text; a stream with backpressure), rather than by hand.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { CueType, Language } from '../extract/types.ts';
import { actorsByNames } from '../graph/read/actors.ts';
import type { ExportArticle, ExportFilter } from '../graph/read/export.ts';
import type { Graph } from '../graph/connection.ts';
import { outletId } from '../graph/identity.ts';
import { evidenceFor } from './evidence.ts';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRow {
  speaker: string | null;
  cue: string;
  cueType: CueType;
  content: string;
  direct: boolean;
  date: string | null;
  about: string[];
  via: string[];
  articleTitle: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** The sentence(s) of the article holding the statement. */
  evidence: string | null;
  language: Language | null;
  statementId: string;
  articleId: string;
}

/** CSV column order, with headers a spreadsheet user reads. */
const CSV_COLUMNS: Array<{ key: keyof ExportRow; header: string }> = [
  { key: 'speaker', header: 'speaker' },
  { key: 'cue', header: 'cue' },
  { key: 'cueType', header: 'cue_type' },
  { key: 'content', header: 'content' },
  { key: 'direct', header: 'direct' },
  { key: 'date', header: 'date' },
  { key: 'about', header: 'about' },
  { key: 'via', header: 'via' },
  { key: 'articleTitle', header: 'article_title' },
  { key: 'url', header: 'url' },
  { key: 'outlet', header: 'outlet' },
  { key: 'publishedAt', header: 'published_at' },
  { key: 'evidence', header: 'evidence' },
  { key: 'language', header: 'language' },
  { key: 'statementId', header: 'statement_id' },
  { key: 'articleId', header: 'article_id' },
];

/** Names in one cell ("Trump; Putin"): a spreadsheet cell holds no list. */
export const LIST_SEPARATOR = '; ';

/** The filter as people give it (names, outlet name); actor names are resolved like the API does. */
export interface ExportRequest {
  about?: string | null;
  speaker?: string | null;
  cueTypes?: readonly CueType[] | null;
  direct?: boolean | null;
  language?: Language | null;
  from?: string | null;
  to?: string | null;
  outlet?: string | null;
}

/** Thrown when a name in the filter matches no actor: the export would be silently empty. */
export class UnknownActorError extends Error {
  constructor(readonly option: string, readonly actorName: string) {
    super(`no actor matches ${option} "${actorName}"`);
    this.name = 'UnknownActorError';
  }
}

export async function resolveExportFilter(graph: Pick<Graph, 'read'>, request: ExportRequest): Promise<ExportFilter> {
  const names = [request.about, request.speaker].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const actors = names.length > 0 ? await graph.read((tx) => actorsByNames(tx, names)) : new Map();
  const idOf = (option: string, name: string | null | undefined): string | null => {
    if (!name || name.trim() === '') return null;
    const actor = actors.get(name);
    if (!actor) throw new UnknownActorError(option, name);
    return actor.id;
  };
  return {
    aboutId: idOf('about', request.about),
    speakerId: idOf('speaker', request.speaker),
    cueTypes: request.cueTypes ?? null,
    direct: request.direct ?? null,
    language: request.language ?? null,
    from: request.from ?? null,
    to: request.to ?? null,
    outletId: request.outlet ? outletId(request.outlet) : null,
  };
}

/** One row per statement, with its evidence sentence cut from the article's text. */
export async function* exportRows(articles: AsyncIterable<ExportArticle>): AsyncGenerator<ExportRow> {
  for await (const { article, outlet, statements } of articles) {
    for (const s of statements) {
      yield {
        speaker: s.speaker,
        cue: s.cue,
        cueType: s.cueType,
        content: s.content,
        direct: s.direct,
        date: s.date,
        about: s.about,
        via: s.via,
        articleTitle: article.title,
        url: article.url,
        outlet,
        publishedAt: article.publishedAt,
        evidence: evidenceFor(article.text, s.start, s.end)?.sentence ?? null,
        language: s.language,
        statementId: s.id,
        articleId: article.id,
      };
    }
  }
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe (the OWASP advice for CSV injection): article text is not the user's own.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvStream() {
  return stringify({
    header: true,
    bom: true,
    columns: CSV_COLUMNS,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      string: (v) => spreadsheetSafe(v),
      object: (v) => (Array.isArray(v) ? spreadsheetSafe(v.join(LIST_SEPARATOR)) : JSON.stringify(v)),
    },
  });
}

async function* jsonLines(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

async function* jsonArray(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  let first = true;
  for await (const row of rows) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Writes every row to `out` in `format`; resolves with the number of rows once all is flushed. */
export async function writeExport(
  rows: AsyncIterable<ExportRow>,
  format: ExportFormat,
  out: Writable,
  options: { end?: boolean } = {},
): Promise<{ rows: number }> {
  let count = 0;
  const counted = (async function* () {
    for await (const row of rows) {
      count++;
      yield row;
    }
  })();
  const end = options.end ?? true;
  if (format === 'csv') await pipeline(Readable.from(counted), csvStream(), out, { end });
  else await pipeline(Readable.from(format === 'jsonl' ? jsonLines(counted) : jsonArray(counted)), out, { end });
  return { rows: count };
}
