// Tokens of a sentence with folded forms, original offsets and quotation nesting, built in one
// linear pass (quotes are matched with a stack; an unbalanced quote ends at the sentence end).
import { normalizeWithMap } from '../normalize.ts';

export interface Token {
  /** Folded form (normalize.ts). */
  w: string;
  /** Offsets in the original text. */
  s: number;
  e: number;
  word: boolean;
  /** Index of the token that closes the quotation this token opens, or -1. */
  closes: number;
  /** Depth of quotation nesting (0 = outside any quote). Quote marks carry the outer depth. */
  depth: number;
  /** For quote marks: 'open' | 'close'. */
  quote: 'open' | 'close' | null;
}

const MARKS = /[\u064B-\u065F\u0670]/;
/**
 * A word, one mark, or a dotted abbreviation written without spaces ("جيه.إل.إل", "بي.بي.سي": the
 * letters of a Latin acronym, 1-3 Arabic letters each), which is one name, not a sentence end.
 */
const TOKEN = /(?:[\u0621-\u064A]{1,3}\.)+[\u0621-\u064A]{1,3}(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const OPEN: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‹': '›' };

export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const norm = normalizeWithMap(slice);
  const tokens: Token[] = [];
  for (const m of norm.text.matchAll(TOKEN)) {
    const w = m[0];
    const s = start + norm.map[m.index]!;
    let e = start + norm.map[m.index + w.length - 1]! + 1;
    // Harakat after the last letter belong to the word as written.
    while (e < end && MARKS.test(text[e]!)) e++;
    const c = w.charCodeAt(0);
    const word = w.includes('.') || w.length > 1 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0 ? /[\p{L}\p{N}]/u.test(w) : false;
    tokens.push({ w, s, e, word, closes: -1, depth: 0, quote: null });
  }
  const stack: Array<{ index: number; closer: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.depth = stack.length;
    if (t.word) continue;
    const top = stack[stack.length - 1];
    if (top && t.w === top.closer) {
      stack.pop();
      tokens[top.index]!.closes = i;
      t.quote = 'close';
      t.depth = stack.length;
    } else if (OPEN[t.w]) {
      stack.push({ index: i, closer: OPEN[t.w]! });
      t.quote = 'open';
    } else if (t.w === '"') {
      if (top?.closer === '"') {
        stack.pop();
        tokens[top.index]!.closes = i;
        t.quote = 'close';
        t.depth = stack.length;
      } else {
        stack.push({ index: i, closer: '"' });
        t.quote = 'open';
      }
    }
  }
  // Unbalanced openers: treat the quote as running to the end of the sentence.
  for (const { index } of stack) {
    tokens[index]!.closes = tokens.length;
  }
  return tokens;
}
