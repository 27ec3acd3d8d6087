// Tokens, quotations and clause units of an English text.
// One linear pass with a sticky regex (no backtracking across the text), then one pass to pair
// quotation marks. Offsets are UTF-16 indices into the original text.

export type TokenKind = 'word' | 'punct' | 'open' | 'close' | 'break';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes folded (for look-ups). */
  lower: string;
  kind: TokenKind;
  /** First letter upper-case. */
  cap: boolean;
  /** Index of the top-level quotation this token lies in (marks included), or -1. */
  quote: number;
  /** Position in the token array. */
  i: number;
  /** Universal word class from the tagger (pos.ts): 'VERB', 'NOUN', 'PROPN', 'ADJ', ...; '' untagged. */
  pos: string;
}

export interface Quotation {
  /** Token indices of the opening and closing marks (close = last token when left unclosed). */
  open: number;
  close: number;
  start: number;
  end: number;
}

// Abbreviations that keep their period (titles, initials, months, corporate suffixes).
const ABBREVIATIONS =
  'Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Govs|Rep|Reps|Gen|Lt|Col|Sgt|Maj|Capt|Adm|Cmdr|Prof|Rev|St|Jr|Sr|Mt|Ft|Inc|Corp|Co|Ltd|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Ariz|Calif|Fla|Ill|Mass|Mich|Minn|Penn|Tenn|Tex|Va|Wash|Wis|Conn|Del|Ga|Ky|La|Md|Mo|Nev|Okla|Ore|Pa|Vt|Ala|Ark|Colo|Kan|Neb|Miss|vs|etc|approx|Gens|Brig|Pvt|Supt|Insp|Det|Msgr|Hon';



const UPPER_START = /^\p{Lu}/u;
const OPENERS = new Set(['“', '``']);
const CLOSERS = new Set(['”']);
const AMBIGUOUS = new Set(['"', "''"]);

const ABBREVIATION_SET = new Set(ABBREVIATIONS.split('|'));
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CLITICS = ['s', 't', 're', 've', 'll', 'd', 'm'];

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (Number.isNaN(c)) return false;
  return WORD_CHAR.test(text[i]!);
}
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * One pass over the characters (no regular expression per token: this is the hot loop on long
 * texts). Words keep inner hyphens, dots, commas and ampersands between letters or digits
 * ("Asia-Pacific", "1,000", "AT&T"); possessive and negation clitics are separate tokens
 * ("Trump" + "'s", "didn" + "'t"); abbreviations and initials keep their period.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind) => {
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase();
    const folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const c0 = raw.charCodeAt(0);
    const cap = c0 < 128 ? isUpperAscii(c0) : UPPER_START.test(raw);
    tokens.push({ start, end, text: raw, lower: folded, kind, cap, quote: -1, i: tokens.length, pos: '' });
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line (paragraph) or a single line break.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        j++;
        while (j < n && /\s/.test(text[j]!)) j++;
        push(i, j, 'break');
        i = j;
      } else {
        push(i, i + 1, 'break');
        i++;
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v') { i++; continue; }
    if (isWordChar(text, i)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar(text, j)) j++;
        const sep = text[j];
        if ((sep === '-' || sep === '.' || sep === ',' || sep === '&') && j + 1 < n && isWordChar(text, j + 1)) { j += 2; continue; }
        // "O'Connell", "D'Amico", "N’Diaye": one capital letter, an apostrophe, a capitalised rest.
        if ((sep === "'" || sep === '\u2019') && j - i === 1 && isUpperAscii(text.charCodeAt(i)) && isUpperAscii(text.charCodeAt(j + 1)) && isWordChar(text, j + 2)) { j += 2; continue; }
        break;
      }
      // Abbreviations keep their period: "U.S.", "J. Lew", "Mr.", "Sen.".
      if (text[j] === '.') {
        const word = text.slice(i, j);
        const after = text[j + 1] ?? ' ';
        const initials = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
        const initial = word.length === 1 && isUpperAscii(word.charCodeAt(0)) && /\s/.test(after) && isUpperAscii((text[j + 2] ?? '').charCodeAt(0));
        const abbr = ABBREVIATION_SET.has(word) && (/\s/.test(after) || after === ',');
        if (initials || initial || abbr) j++;
      }
      push(i, j, 'word');
      i = j;
      continue;
    }
    if ((ch === "'" || ch === '\u2019') && i > 0 && isWordChar(text, i - 1)) {
      const rest = text.slice(i + 1, i + 3).toLowerCase();
      const clitic = CLITICS.find((c) => rest.startsWith(c) && !isWordChar(text, i + 1 + c.length));
      if (clitic) {
        push(i, i + 1 + clitic.length, 'word');
        i += 1 + clitic.length;
        continue;
      }
    }
    if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
      const kind: TokenKind = ch === '`' ? 'open' : quoteDirection(text, i, 2);
      push(i, i + 2, kind);
      i += 2;
      continue;
    }
    const kind: TokenKind = OPENERS.has(ch) ? 'open' : CLOSERS.has(ch) ? 'close' : AMBIGUOUS.has(ch) ? quoteDirection(text, i, 1) : 'punct';
    // Surrogate pairs (emoji) are one punctuation token.
    const len = ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff && i + 1 < n ? 2 : 1;
    push(i, i + len, kind);
    i += len;
  }
  return tokens;
}

/** A straight quote opens when nothing (or a space or bracket) precedes it and a word follows. */
function quoteDirection(text: string, at: number, len: number): TokenKind {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + len] ?? ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /\s/.test(after) || after === '';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return spaceAfter ? 'punct' : 'open';
}

/**
 * Pairs quotation marks into top-level quotations and marks their tokens. Nested quotes (same
 * marks inside) are counted by depth. A quotation left open at a paragraph end continues when the
 * next paragraph opens with a quotation mark (the newspaper convention for multi-paragraph quotes);
 * otherwise it ends with the paragraph.
 */
export function findQuotations(tokens: Token[]): Quotation[] {
  const quotes: Quotation[] = [];
  let depth = 0;
  let openAt = -1;
  const finish = (closeIdx: number) => {
    const q = quotes.length;
    for (let k = openAt; k <= closeIdx; k++) tokens[k]!.quote = q;
    quotes.push({ open: openAt, close: closeIdx, start: tokens[openAt]!.start, end: tokens[closeIdx]!.end });
    depth = 0;
    openAt = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'open') {
      if (depth === 0) openAt = k;
      depth++;
    } else if (t.kind === 'close') {
      if (depth === 0) continue; // stray closer (an apostrophe-like use): ignore
      depth--;
      if (depth === 0) finish(k);
    } else if (t.kind === 'break' && depth > 0) {
      // Continues only when the next paragraph starts with an opening mark.
      const next = tokens[k + 1];
      if (next && next.kind === 'open') {
        depth = 0; // the next opener re-opens the same quotation
        // Mark the re-opening so that pairing continues the same quotation.
        let j = k + 1;
        tokens[j]!.kind = 'punct';
        depth = 1;
        void j;
        continue;
      }
      // Close at the last token of the paragraph.
      let last = k - 1;
      if (last >= openAt) finish(last);
      else { depth = 0; openAt = -1; }
    }
  }
  if (depth > 0 && openAt >= 0) finish(tokens.length - 1);
  return quotes;
}

/** A clause unit: a sentence outside quotations (quotations are never split). */
export interface Unit {
  first: number;
  /** Exclusive token index. */
  last: number;
  paragraph: number;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** Splits tokens into sentence units; sentence ends inside quotations do not split. */
export function findUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  let first = 0;
  const push = (last: number) => {
    // Skip break tokens at the edges.
    let a = first;
    while (a < last && tokens[a]!.kind === 'break') a++;
    if (a < last) units.push({ first: a, last, paragraph });
    first = last;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'break') {
      if (t.quote >= 0) continue;
      push(k);
      first = k + 1;
      if (/\n[ \t\r]*\n/.test(t.text) || true) paragraph++;
      continue;
    }
    const next = tokens[k + 1];
    if (t.quote < 0 && t.kind === 'punct' && SENTENCE_END.has(t.text)) {
      if (!next || next.kind === 'break' || next.cap || next.kind === 'open' || (next.kind === 'close' && false)) {
        push(k + 1);
        continue;
      }
    }
    // A quotation ending a sentence ("... charming.”) followed by a new sentence.
    if (t.kind === 'close' || (t.quote >= 0 && k === quoteEnd(tokens, k))) {
      const prev = tokens[k - 1];
      if (prev && prev.kind === 'punct' && SENTENCE_END.has(prev.text) && next && (next.cap || next.kind === 'open') && next.kind !== 'break') {
        push(k + 1);
      }
    }
  }
  push(tokens.length);
  return units;
}

function quoteEnd(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  const n = tokens[k + 1];
  return n && n.quote === t.quote ? -1 : k;
}

const DASHES = new Set(['-', '—', '–']);

/**
 * An agency dateline opening a paragraph ("LONDON (Reuters) -", "AMMAN -", "WASHINGTON, D.C. —"):
 * place words in capitals, an optional agency in brackets, then a dash. Returns the index of the
 * first token after it, or `unit.first` when there is none. The dateline is no part of a speaker
 * and no part of the lead's statement.
 */
export function datelineEnd(tokens: Token[], unit: Unit): number {
  let k = unit.first;
  let places = 0;
  while (k < unit.last && k - unit.first < 8) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.quote < 0 && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text) && t.text.replace(/[^\p{Lu}]/gu, '').length >= 2) { places++; k++; continue; }
    // "WASHINGTON, D.C." / "GAZA CITY, Gaza Strip": a comma and a capitalised region.
    if (places > 0 && t.kind === 'punct' && t.text === ',' && tokens[k + 1]?.cap) { k += 2; while (k < unit.last && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++; continue; }
    break;
  }
  if (places === 0) return unit.first;
  if (tokens[k]?.text === '(') {
    let c = k + 1;
    while (c < unit.last && c - k < 6 && tokens[c]!.text !== ')') c++;
    if (tokens[c]?.text !== ')') return unit.first;
    k = c + 1;
  }
  let dashes = 0;
  while (k < unit.last && tokens[k]!.kind === 'punct' && DASHES.has(tokens[k]!.text)) { k++; dashes++; }
  return dashes > 0 && k < unit.last ? k : unit.first;
}
