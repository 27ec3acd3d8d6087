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
  // Short strings (names, words): a plain loop, no buffers (this runs once per token).
  let folded = s;
  for (let i = 0; i < s.length; i++) {
    if (foldCode(s.charCodeAt(i)) !== 0) {
      let out = s.slice(0, i);
      for (let j = i; j < s.length; j++) {
        const c = s.charCodeAt(j);
        const f = foldCode(c);
        if (f !== -1) out += f === 0 ? s[j] : String.fromCharCode(f);
      }
      folded = out;
      break;
    }
  }
  return /\s\s|^\s|\s$|[\t\n\r]/.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
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

/**
 * Per-code-unit folding table for the Arabic block and the few other characters folded: -1 drops
 * the character, 0 keeps it, any other value replaces it. Everything outside the table is kept.
 */
const UTF16 = new TextDecoder('utf-16le');
const TABLE_START = 0x0600;
const TABLE_END = 0x06ff;
const TABLE = new Int32Array(TABLE_END - TABLE_START + 1);
for (let c = TABLE_START; c <= TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  const out = normalizeChar(ch);
  TABLE[c - TABLE_START] = out === '' ? -1 : out === ch ? 0 : out.charCodeAt(0);
}

function foldCode(c: number): number {
  if (c < 0xa0) return 0;
  if (c >= TABLE_START && c <= TABLE_END) return TABLE[c - TABLE_START]!;
  if (c === 0xa0) return 0x20;
  if (c === 0x2019 || c === 0x2018) return 0x27;
  if ((c >= 0x200c && c <= 0x200f) || c === 0x061c) return -1;
  return 0;
}

/** Folds a whole text in one linear pass, keeping the way back to original offsets. */
export function normalizeWithMap(original: string): NormalizedText {
  const codes = new Uint16Array(original.length);
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let changed = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const f = foldCode(c);
    if (f === -1) {
      changed = true;
      continue;
    }
    if (f !== 0) changed = true;
    codes[n] = f === 0 ? c : f;
    map[n++] = i;
  }
  map[n] = original.length;
  const text = n === original.length && !changed ? original : UTF16.decode(codes.subarray(0, n));
  return { text, map: map.subarray(0, n + 1) };
}

/** Arabic letters (base block, presentation forms excluded: they are folded by NFKC upstream if ever). */
export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
