// What the matcher knows about one report of a claim: a statement as the graph stores it, reduced
// to comparable features (words, bigrams, numbers, polarity, named actors) and blocking keys.
//
//   ReportInput                       a statement with its article's date and outlet
//   reportFeatures(input) -> Report   the input plus its features (pure; computed once per report)
//   reportDate(statementDate, articleDate) -> the date a report counts from
//   blockingKeys(report) -> string[]  MinHash band keys of its words, and one language-free anchor
//                                     key (named actors + numbers) for cross-language matches
import type { CueType, Language } from '../extract/types.ts';
import { bandKeys } from './minhash.ts';
import { anchorTerms, contentWords, isNegated, numbersIn } from './text.ts';

export interface ReportInput {
  statementId: string;
  articleId: string;
  /** Actor id of the speaker; null: the statement founds no claim. */
  speaker: string | null;
  content: string;
  language: Language;
  cueType: CueType | string;
  direct: boolean;
  /** YYYY-MM-DD (see reportDate) or null. */
  date: string | null;
  about: readonly string[];
}

export interface Report extends ReportInput {
  words: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
  numbers: readonly string[];
  /** Months and places named (data/anchors.json): compared across languages like numbers. */
  terms: readonly string[];
  negated: boolean;
}

/**
 * The day a report counts from: the statement's own date, else its article's. The one place this
 * rule lives (the API's date filters use the same; a stored sort date can replace it here).
 */
export function reportDate(statementDate: string | null | undefined, articleDate: string | null | undefined): string | null {
  return statementDate ?? articleDate ?? null;
}

export function reportFeatures(input: ReportInput): Report {
  const list = contentWords(input.content, input.language);
  const bigrams = new Set<string>();
  for (let i = 1; i < list.length; i++) bigrams.add(`${list[i - 1]} ${list[i]}`);
  return {
    ...input,
    about: [...new Set(input.about)].sort(),
    words: new Set(list),
    bigrams,
    numbers: numbersIn(input.content),
    terms: anchorTerms(input.content, input.language),
    negated: isNegated(input.content, input.language),
  };
}

/** What two reports in different languages are compared on: numbers, months and places. */
export function languageFreeAnchors(report: Report): string[] {
  return [...report.numbers, ...report.terms];
}

/**
 * Whether a report carries enough to be matched across languages: something language-free, and
 * either the actors it is about or two language-free anchors (a place and a month).
 */
export function crossLanguageReady(report: Report): boolean {
  const free = languageFreeAnchors(report).length;
  return free > 0 && (report.about.length > 0 || free >= 2);
}

/** The language-free key of a report: who it is about and its language-free anchors (null when it has not enough). */
export function anchorKey(report: Report): string | null {
  if (!crossLanguageReady(report)) return null;
  return `x:${report.about.join(',')}|${languageFreeAnchors(report).join(',')}`;
}

export function blockingKeys(report: Report): string[] {
  const keys = bandKeys(report.words);
  const anchor = anchorKey(report);
  if (anchor) keys.push(anchor);
  return keys;
}

// Day numbers of the dates seen: the planner compares every new statement with every report of
// its speaker's candidate claims, and Date.parse was a quarter of its time (cpu-prof of an import).
// A batch holds a few hundred distinct dates; the cap only bounds a very long-running process.
const dayNumbers = new Map<string, number>();

function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    day = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    dayNumbers.set(date, day);
  }
  return day;
}

/** Whole days between two YYYY-MM-DD dates (Infinity when either is missing). */
export function daysApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : Infinity;
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** YYYY-MM-DD `days` after (or before, negative) `date`. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
