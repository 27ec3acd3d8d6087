// Sentence segmentation with offsets into the original text. A sentence ends at . ! ? ؟ … (or a
// line break) unless it is inside a quotation («» “” "") or the dot ends an abbreviation
// (Mr., U.S., Sen., د.). Quotes never span paragraphs, so an unbalanced quote costs one paragraph,
// never the rest of the text. One linear pass.
import type { Span } from './types.ts';
import type { Sentence } from './pipeline.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr',
  'st', 'jr', 'sr', 'prof', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'u.s.a', 'd.c', 'e.u',
]);

const OPENING: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‹': '›' };
const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['"', '”', '»', "'", '’', ')', ']', '›']);

/** The word (letters and inner dots) just before position `i` of `text` (at most 12 characters: enough for any abbreviation, and no rescanning of long runs). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 12 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

/**
 * The longest sentence handed to the language modules. Real sentences are far shorter; a text
 * without punctuation (or with an unbalanced quote) is cut at spaces so that no stage ever works
 * on a megabyte-long "sentence".
 */
export const MAX_SENTENCE = 3000;

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  const bare = word.replace(/^\.+/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // A single letter: an initial ("J. Smith") or an Arabic title abbreviation ("د." doctor, "م." engineer).
  if (/^\p{L}$/u.test(bare)) return true;
  // Dotted acronyms: "U.S", "U.N", "A.F.P".
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  // Initials written with dots and no space, Arabic ones spelt out ("جيه.إل.إل", "إم.بي.سي"): short letter groups on both sides.
  const after = /^\p{L}{1,3}(?![\p{L}])/u.exec(text.slice(dot + 1, dot + 5));
  if (after && /^(?:\p{L}{1,3}\.)*\p{L}{1,3}$/u.test(bare)) return true;
  return false;
}

/** Splits the body spans into sentences; each span is cut into paragraphs at line breaks first. */
export function segment(text: string, body: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  for (const [from, to] of body) {
    let lineStart = from;
    for (let i = from; i <= to; i++) {
      if (i === to || text[i] === '\n') {
        if (text.slice(lineStart, i).trim().length > 0) {
          paragraph++;
          splitParagraph(text, lineStart, i, paragraph, out);
        }
        lineStart = i + 1;
      }
    }
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ start, end: cut, text: text.slice(start, cut), paragraph });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const expected: string[] = []; // stack of closing quote characters
  let straightOpen = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const closer = OPENING[ch];
    if (closer) {
      expected.push(closer);
      continue;
    }
    let closed = false;
    if (expected.length > 0 && ch === expected[expected.length - 1]) {
      expected.pop();
      closed = true;
    } else if (ch === '"') {
      straightOpen = !straightOpen;
      closed = !straightOpen;
      if (straightOpen) continue;
    }
    if (closed) {
      // '"It works." Then…': a quotation ending its sentence inside the quotes. Only split when a
      // capitalised word follows (Latin script), so '"…," he said' and «….» قال stay together.
      if (expected.length === 0 && !straightOpen && TERMINATORS.has(text[i - 1] ?? '') && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4))) {
        pushTrimmed(text, start, i + 1, paragraph, out);
        start = i + 1;
      }
      continue;
    }
    if (!TERMINATORS.has(ch) || expected.length > 0 || straightOpen) continue;
    // Runs of terminators ("?!", "...") and closing quotes/brackets stay with this sentence.
    let end = i + 1;
    while (end < to && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const next = text[end];
    if (end < to && next !== undefined && !/\s/.test(next)) continue; // "3.5", "example.com"
    if (ch === '.' && isAbbreviation(text, i)) {
      // "in the U.S. The next…" is ambiguous; a following lower-case word settles it.
      continue;
    }
    pushTrimmed(text, start, end, paragraph, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, to, paragraph, out);
}
