// Clause structure around a cue, read from word classes (pos.ts) and punctuation:
//   the subject noun phrase before the cue with what may stand between it and the cue
//   (an apposition ", a hydrologist at X,", an age ", 67,", a party tag "(R-Kan.)", a dash
//   aside "-- who ... --", a relative clause "who attended the meeting"), and whether the words
//   before a cue form a clause (content of an inverted "C, said X") or only a noun phrase with
//   its appositions (the subject of "NAME, a hydrologist at X, said C").
import type { Token } from './tokens.ts';

export interface SubjectPhrase {
  /** Head noun phrase [start, end) token indices: what names the speaker. */
  start: number;
  end: number;
  /** Exclusive end of the whole phrase (apposition, tags, asides included). */
  phraseEnd: number;
  /** An apposition that names the speaker when the head only describes ("the council president, Dana Whitfield,"). */
  apposition: [number, number] | null;
  /** Material was skipped between the head and the cue. */
  skipped: boolean;
}

const DASH = new Set(['-', '—', '–']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Words that open an aside rather than a clause ("like Ortiz", "also known as", "himself a ..."). */
const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'like', 'unlike', 'also', 'himself', 'herself', 'themselves', 'formerly', 'then', 'now', 'once', 'both', 'each', 'among', 'including', 'along', 'together', 'as', 'not', 'in', 'at', 'of', 'from', 'with']);
const NAME_LINKS = new Set(['of', 'for', 'and', '&']);

const isComma = (t: Token | undefined) => !!t && t.kind === 'punct' && t.text === ',';
const isDash = (t: Token | undefined) => !!t && t.kind === 'punct' && DASH.has(t.text);
const isVerb = (t: Token) => t.kind === 'word' && (t.pos === 'VERB' || t.pos === 'AUX');

/** A verb with a subject before it (NOUN/PROPN/PRON + VERB, or any AUX): the words form a clause. */
export function hasClause(tokens: Token[], a: number, b: number, cueTokens: Set<number>): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.quote >= 0) return true; // a quotation is content
    if (cueTokens.has(k)) continue;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') {
      const p = tokens[k - 1];
      if (p && p.kind === 'word' && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON') && !/^(who|which|that)$/.test(p.lower)) return true;
    }
  }
  return false;
}

/**
 * What lies between two commas (or dashes) before a cue is an aside, not a clause: it opens
 * with a determiner, an adjective, a number (an age), a name or an aside word, and has no verb
 * of its own unless it is a relative clause.
 */
function isAside(tokens: Token[], a: number, b: number, cueTokens: Set<number>): boolean {
  if (b <= a || b - a > 18) return false;
  const first = tokens[a]!;
  if (first.kind !== 'word' || first.quote >= 0) return false;
  for (let k = a; k < b; k++) if (tokens[k]!.quote >= 0 || tokens[k]!.kind === 'break' || cueTokens.has(k)) return false;
  if (/^(who|whose|which)$/.test(first.lower)) return true;
  if (!(NP_POS.has(first.pos) || first.cap || ASIDE_OPENERS.has(first.lower))) return false;
  return !hasClause(tokens, a, b, cueTokens);
}

/** Index of the "(" matching the ")" at `close`, within a few tokens, or -1. */
function openingBracket(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 14; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.kind === 'break') return -1;
    if (t.text === '(') return k;
  }
  return -1;
}

/** Start of the noun phrase ending at `end` (exclusive), or `end` when there is none. */
function npStart(tokens: Token[], floor: number, end: number, cueTokens: Set<number>): number {
  let s = end;
  while (s - 1 >= floor) {
    const t = tokens[s - 1]!;
    if (t.quote >= 0 || t.kind !== 'word' || cueTokens.has(s - 1)) {
      // "Reuters' Luciana Lopez": a possessive apostrophe inside the phrase.
      if (t.kind === 'close' && /['’]/.test(t.text) && tokens[s - 2]?.cap && s < end) { s--; continue; }
      break;
    }
    if (t.lower === "'s" || t.lower === '’s') { s--; continue; }
    if (NAME_LINKS.has(t.lower) && s < end && tokens[s]!.cap && tokens[s - 2]?.cap) { s--; continue; }
    if (t.lower === 'of' && s < end && tokens[s - 2]?.kind === 'word' && (tokens[s - 2]!.pos === 'NOUN' || tokens[s - 2]!.pos === 'NUM' || tokens[s - 2]!.pos === 'PRON')) { s--; continue; }
    if (NP_POS.has(t.pos) || t.cap) {
      // A lower-case verb form mis-tagged as a noun stops nothing, but an adverb or verb does.
      s--;
      continue;
    }
    if (t.pos === 'PRON' && s === end) { s--; break; }
    break;
  }
  return s;
}

/**
 * The subject of a cue whose clause material ends at `end` (exclusive: the token after it is the
 * cue, or an auxiliary/adverb before it). Skips back over a bracket, appositions and dash asides,
 * and a relative clause without commas ("Another parent who attended the meeting said").
 */
export function subjectBefore(tokens: Token[], floor: number, end: number, cueTokens: Set<number>): SubjectPhrase | null {
  let p = end;
  let skipped = false;
  let apposition: [number, number] | null = null;
  for (let guard = 0; guard < 4 && p > floor; guard++) {
    const prev = tokens[p - 1]!;
    if (prev.kind === 'punct' && prev.text === ')') {
      const q = openingBracket(tokens, p - 1, floor);
      if (q <= floor) break;
      p = q;
      skipped = true;
      continue;
    }
    if (isComma(prev) || isDash(prev)) {
      // c: the closing comma or dash (a "--" is two tokens); q: the opening one.
      let c = p - 1;
      while (c - 1 > floor && isDash(tokens[c]) && isDash(tokens[c - 1])) c--;
      let q = c - 1;
      while (q >= floor && !isComma(tokens[q]) && !isDash(tokens[q]) && tokens[q]!.quote < 0 && tokens[q]!.kind !== 'break' && c - q < 19) q--;
      // A dash aside may hold commas ("-- who has run it since 2009, longer than anyone --").
      if (isDash(prev) && isComma(tokens[q])) {
        let d = q - 1;
        while (d >= floor && !isDash(tokens[d]) && tokens[d]!.quote < 0 && c - d < 24) d--;
        if (d >= floor && isDash(tokens[d])) q = d;
      }
      if (q < floor || !(isComma(tokens[q]) || isDash(tokens[q]))) break;
      let qa = q;
      while (qa - 1 >= floor && isDash(tokens[qa - 1])) qa--;
      const head = tokens[qa - 1];
      if (!head || head.kind !== 'word' || head.quote >= 0 || cueTokens.has(qa - 1)) break;
      if (!isAside(tokens, q + 1, c, cueTokens)) break;
      if (!apposition) apposition = [q + 1, c];
      p = qa;
      skipped = true;
      continue;
    }
    break;
  }
  // A relative clause right before the cue, with a verb of its own: "X who attended the meeting said".
  if (!skipped) {
    for (let k = p - 1; k >= floor && p - k < 16; k--) {
      const t = tokens[k]!;
      // (A cue word may sit inside the relative clause: "who asked not to be named".)
      if (t.quote >= 0 || t.kind === 'break' || isComma(t)) break;
      if (t.lower === 'who' && k > floor) {
        let verb = false;
        for (let v = k + 1; v < p; v++) if (isVerb(tokens[v]!)) verb = true;
        if (!verb) break;
        // "who attended the meeting and who asked not to be named": coordinated relatives.
        if (tokens[k - 1]!.lower === 'and' || tokens[k - 1]!.lower === 'or') continue;
        if (tokens[k - 1]!.kind === 'word' && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) {
          p = k;
          skipped = true;
        }
        break;
      }
    }
  }
  const s = npStart(tokens, floor, p, cueTokens);
  if (s >= p) return null;
  return { start: s, end: p, phraseEnd: end, apposition: skipped ? apposition : null, skipped };
}
