// Matching keys. Displayed text always stays as written; these forms are only compared.
// Arabic: harakat and tatweel dropped, alef/yaa/taa-marbuta/hamza-seat variants folded (the same
// folding as the eval scorer, so a name matches however the outlet spelled it).
// Every replacement is one UTF-16 unit for one (or zero), so a normalised string keeps a map back
// to original offsets.

const DROPPED = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]/;
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي', 'ي': 'ي',
  'ة': 'ه', 'ؤ': 'و', 'ک': 'ك',
  '\u00A0': ' ',
  '’': "'", '‘': "'",
};

export function normalizeChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  return FOLD[ch] ?? ch;
}

/** Arabic-folded matching form of a short string (a name, a cue). Latin case is kept. */
export function matchKey(s: string): string {
  let out = '';
  for (const ch of s) out += normalizeChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/** Matching form with Latin lower-cased too (for case-insensitive look-ups). */
export function foldKey(s: string): string {
  return matchKey(s).toLowerCase();
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** map[i] = offset in the original text of folded char i; map[text.length] = original length. */
  map: Int32Array;
}

/** Folds a whole text in one linear pass, keeping the way back to original offsets. */
export function normalizeWithMap(original: string): NormalizedText {
  const parts: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const code = ch.charCodeAt(0);
    // Fast path for ASCII and other characters outside the folded Arabic block.
    const out = code < 0x600 && code !== 0xa0 ? ch : code === 0x2019 || code === 0x2018 || (code >= 0x200c && code <= 0x200f) ? normalizeChar(ch) : code > 0x6ff ? ch : normalizeChar(ch);
    if (out.length === 0) continue;
    parts.push(out);
    map[n++] = i;
  }
  map[n] = original.length;
  return { text: parts.join(''), map: map.subarray(0, n + 1) };
}

/** Arabic letters (base block, presentation forms excluded: they are folded by NFKC upstream if ever). */
export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
