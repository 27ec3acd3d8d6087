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

const TOKEN = new RegExp(
  [
    '((?:\\p{Lu}\\.){2,}|(?:' + ABBREVIATIONS + ')\\.(?=\\s|,)|\\p{Lu}\\.(?=\\s\\p{Lu}))',
    "((?<=\\p{L})['’](?:s|t|re|ve|ll|d|m)(?![\\p{L}]))",
    "([\\p{L}\\p{N}]+(?:[-.,&][\\p{L}\\p{N}]+)*)",
    "(''|``)",
    '(\\n[ \\t\\r]*\\n\\s*|\\n)',
    '([^\\s\\p{L}\\p{N}])',
  ].join('|'),
  'guy',
);

const UPPER_START = /^\p{Lu}/u;
const OPENERS = new Set(['“', '``']);
const CLOSERS = new Set(['”']);
const AMBIGUOUS = new Set(['"', "''"]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < text.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      i++; // whitespace
      continue;
    }
    const raw = m[0];
    const start = m.index;
    i = start + raw.length;
    let kind: TokenKind;
    // Groups: 1 abbr, 2 clitic, 3 word, 4 dq, 5 para, 6 punct (named groups cost time per token).
    if (m[5] !== undefined) kind = 'break';
    else if (m[3] !== undefined || m[1] !== undefined || m[2] !== undefined) kind = 'word';
    else if (OPENERS.has(raw)) kind = 'open';
    else if (CLOSERS.has(raw)) kind = 'close';
    else if (AMBIGUOUS.has(raw)) kind = quoteDirection(text, start, raw.length);
    else kind = 'punct';
    // Numbers like "1,000" are one word; a word never ends with the separator.
    const lower = raw.toLowerCase();
    const folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const c0 = raw.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_START.test(raw);
    tokens.push({ start, end: start + raw.length, text: raw, lower: folded, kind, cap, quote: -1, i: tokens.length });
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
