// The last step of every reader: a draft (fields as found in the input) becomes a valid
// ArticleRecord or a reject with a reason a person can act on. JSON records are validated with a
// zod schema; the same checks (empty text, language, date) apply to every format.
import { z } from 'zod';
import { guessLanguage } from '../extract/language.ts';
import type { Language } from '../extract/types.ts';
import { article, reject, type ArticleRecord, type IngestItem, type RecordDefaults, type SourceRef } from './types.ts';

export interface DraftRecord {
  url?: string | null;
  title?: string | null;
  text?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  language?: string | null;
}

const optionalText = z.string().nullish();

/** A record in a .jsonl/.json file: `{url, title, text|html, publishedAt, outlet, language}`; other keys are ignored. */
export const jsonRecordSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).nullish(),
    title: optionalText,
    text: optionalText,
    html: optionalText,
    publishedAt: optionalText,
    outlet: optionalText,
    language: optionalText,
  })
  .refine((r) => typeof r.text === 'string' || typeof r.html === 'string', {
    message: 'a record needs "text" or "html"',
  });

export type JsonRecord = z.infer<typeof jsonRecordSchema>;

/** zod's issues as one line: `url: must be an http(s) URL; a record needs "text" or "html"`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * YYYY-MM-DD from what inputs carry: a plain date, an ISO timestamp, or a feed's RFC 822 date.
 * Returns null when the value names no real day.
 */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (plain) {
    const d = new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])));
    return d.getUTCMonth() === Number(plain[2]) - 1 && d.getUTCDate() === Number(plain[3]) ? trimmed : null;
  }
  // Only forms with a year: Date.parse accepts odd strings ("1") that are not dates at all.
  if (!/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const SUPPORTED: readonly Language[] = ['ar', 'en'];

/** Checks a draft and fills defaults; every failure names the field and the value. */
export function completeRecord(draft: DraftRecord, source: SourceRef, defaults: RecordDefaults = {}): IngestItem {
  const text = draft.text ?? '';
  if (text.trim().length === 0) return reject('empty article: no text', source);

  const rawDate = clean(draft.publishedAt) ?? clean(defaults.publishedAt);
  let publishedAt: string | undefined;
  if (rawDate !== undefined) {
    const date = normaliseDate(rawDate);
    if (!date) return reject(`publishedAt "${rawDate}" is not a date (expected YYYY-MM-DD)`, source);
    publishedAt = date;
  }

  let language: Language;
  const declared = clean(draft.language)?.toLowerCase();
  if (declared !== undefined) {
    // "en-GB", "ar_SA" and the like name the same languages.
    const base = declared.split(/[-_]/)[0] as Language;
    if (!SUPPORTED.includes(base)) return reject(`unsupported language "${declared}": only ar and en are extracted`, source);
    language = base;
  } else {
    const guess = guessLanguage(text).language;
    if (!guess) return reject('unsupported language: the text is neither Arabic nor English', source);
    language = guess;
  }

  const record: ArticleRecord = { text, language, source };
  const url = clean(draft.url);
  if (url !== undefined) {
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return reject(`url "${url}" is not an http(s) URL`, source);
    record.url = url;
  }
  const title = clean(draft.title);
  if (title !== undefined) record.title = title;
  const outlet = clean(draft.outlet) ?? clean(defaults.outlet);
  if (outlet !== undefined) record.outlet = outlet;
  if (publishedAt !== undefined) record.publishedAt = publishedAt;
  return article(record);
}
