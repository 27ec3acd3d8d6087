// Noun-based attribution frames on the phrase layer: statements whose cue is a noun or a light
// verb carrying one (جدد تأكيده على أن، اكتفى بالقول، إثر إعلان X أن، في تصريح لـX قال، مقال لـX قال
// فيه), sources placed after what they said (، بحسب ما أفاد X؛ ، كما ذكر X) and the journalist's own
// formulas (يذكر أن). Each function only reads tokens and returns token ranges; the attribution
// rules (attributions.ts) turn them into statements. The words are data (data/ar/frames.json).
import data from '../data/ar/frames.json' with { type: 'json' };
import { matchKey } from '../normalize.ts';
import type { CueType } from '../types.ts';
import type { Token } from './tokens.ts';
import { matchCue, type CueMatch } from './lexicon.ts';
import { COMMA, DASH, SENTENCE_END, isColon, isComplement, isContentQuote, readings } from './phrases.ts';

const keys = (words: string[]) => new Set(words.map(matchKey));
const typeMap = (o: Record<string, string>) =>
  new Map(Object.entries(o).filter(([k]) => k !== '_doc').map(([k, v]) => [matchKey(k), v as CueType]));

const IMPERSONAL = keys(data.impersonal.words);
const CONTINUERS = keys(data.lightVerbs.continuers);
const LIGHT_VERBS = new Set([...keys(data.lightVerbs.verbs), ...CONTINUERS]);
const SAY_AS = typeMap(data.lightVerbs.sayAs);
const LIGHT_NOUNS = typeMap(data.lightVerbs.nouns);
const CUE_NOUNS = typeMap(data.cueNouns);
const FRONTED_STATEMENTS = keys(data.frontedStatements.nouns);
const AUTHORED = keys(data.authoredTexts.nouns);
const POSTPOSED = data.postposedSources.openers.map((o) => o.split(' ').map(matchKey));
export const RELAY_QUOTE = keys(data.relayQuote.words);
const ANAPHORIC = keys(data.anaphoricObjects.words);

/** "لم يؤكد الأمر", "نفى ذلك": the bare object is one anaphoric word (what was said is elsewhere). */
export function isAnaphoricObject(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t?.word || !inSet(ANAPHORIC, t.w)) return false;
  const next = tokens[j + 1];
  return !next || !next.word || isComplement(next) || SENTENCE_END.has(next.w) || /^(تماما|قطعا|جملة|مطلقا)$/.test(next.w);
}

const inSet = (set: Set<string>, w: string) => readings(w).some((x) => set.has(x));
const fromMap = <T>(map: Map<string, T>, w: string): T | undefined => readings(w).map((x) => map.get(x)).find((x) => x !== undefined);

/** A preposition word before a complement marker ("إلى أن", "من أن", "على أن"). */
const MARKER_PREPS = new Set(['الي', 'علي', 'عن', 'من', 'في', 'ب']);

/** "يذكر أن", "ويشار إلى أن": the journalist's formula — the cue word has no subject, its complement follows at once. */
export function isImpersonal(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.word || !inSet(IMPERSONAL, t.w)) return false;
  const next = tokens[i + 1];
  return isComplement(next) || (!!next?.word && MARKER_PREPS.has(next.w) && isComplement(tokens[i + 2]));
}

/** The gender/number a light verb's ending shows ("جددت" f, "كرروا" pl). */
function verbGender(w: string): 'm' | 'f' | 'pl' | 'du' {
  if (/وا$/.test(w)) return 'pl';
  if (/ا$/.test(w) && w.length > 4) return 'du';
  return /ت$/.test(w) ? 'f' : 'm';
}

export interface LightFrame {
  /** The statement noun ("تأكيده", "بالقول"). */
  noun: number;
  type: CueType;
  /** The subject between the verb and the noun, if any. */
  subject: [number, number] | null;
  gender: 'm' | 'f' | 'pl' | 'du';
  /** The noun is the verb's own object (a pronoun suffix, the article, or بالقول): a nominal complement may follow. */
  owned: boolean;
}

/** "جدد الرئيس تأكيده على أن …", "اكتفى بالقول إن …", "مضت المصادر بالقول إن …": a light verb and its statement noun. */
export function lightFrame(tokens: Token[], i: number): LightFrame | null {
  const t = tokens[i]!;
  if (!t.word || !inSet(LIGHT_VERBS, t.w)) return null;
  const verbKey = readings(t.w).find((x) => LIGHT_VERBS.has(x))!;
  // "مع التأكيد على …": a continuer takes its noun at once and the speaker of the statement it continues.
  const continuer = CONTINUERS.has(verbKey);
  const limit = Math.min(tokens.length, i + 16);
  for (let j = i + 1; j < limit; j++) {
    const x = tokens[j]!;
    if (!x.word) {
      // Commas and dashes may set off an apposition of the subject; a clause or quotation ends the search.
      if (SENTENCE_END.has(x.w) || isColon(x) || x.quote || x.w === '؛') return null;
      continue;
    }
    if (isComplement(x)) return null;
    const nounType = fromMap(LIGHT_NOUNS, x.w);
    if (!nounType && continuer && j === i + 1) return null;
    if (nounType) {
      const type = nounType === 'SAY' ? (SAY_AS.get(verbKey) ?? nounType) : nounType;
      const owned = /(ه|ها|هم|هما)$/.test(x.w) || readings(x.w).some((r) => r.startsWith('ال')) || matchCue(x.w) !== null;
      return { noun: j, type, subject: j > i + 1 ? [i + 1, j] : null, gender: verbGender(verbKey), owned };
    }
    if (j > i + 1 && matchCue(x.w)) return null;
  }
  return null;
}

export interface NounFrame {
  type: CueType;
  /** The speaker in construct with the noun ("إعلان الشركة الكورية"). */
  subject: [number, number];
  /** Where the complement marker (أن/إن/من أن, a colon or a quotation) starts. */
  marker: number;
}

/** "إثر إعلان الشركة أنها …", "غداة تحذير المبعوث من أن …": a statement noun in construct with its speaker. */
export function nounFrame(tokens: Token[], i: number): NounFrame | null {
  const t = tokens[i]!;
  if (!t.word) return null;
  const base = readings(t.w).find((x) => CUE_NOUNS.has(x));
  if (!base) return null;
  const first = tokens[i + 1];
  // The genitive follows at once, never a ل-phrase ("تصريح لـ«عكاظ»" is an addressee) or a marker.
  if (!first?.word || /^ل/.test(first.w) || isComplement(first) || MARKER_PREPS.has(first.w)) return null;
  const limit = Math.min(tokens.length, i + 14);
  for (let j = i + 1; j < limit; j++) {
    const x = tokens[j]!;
    if (!x.word) {
      if (SENTENCE_END.has(x.w)) return null;
      if (isColon(x) || (x.quote === 'open' && isContentQuote(tokens, j) && j > i + 1)) return { type: CUE_NOUNS.get(base)!, subject: [i + 1, j], marker: j };
      if (x.quote === 'open') j = Math.min(x.closes, limit);
      continue;
    }
    if (isComplement(x) || (MARKER_PREPS.has(x.w) && isComplement(tokens[j + 1]))) {
      let end = j;
      while (end > i + 1 && !tokens[end - 1]!.word && (COMMA.has(tokens[end - 1]!.w) || DASH.has(tokens[end - 1]!.w))) end--;
      return end > i + 1 ? { type: CUE_NOUNS.get(base)!, subject: [i + 1, end], marker: j } : null;
    }
    if (matchCue(x.w)) return null;
  }
  return null;
}

/**
 * "وفي تصريح للدكتور X قال إن": the author of a fronted statement noun, named with ل between the
 * noun and the verb at `verb` — the token range of the author phrase, or null.
 */
export function frontedAuthor(tokens: Token[], from: number, verb: number): [number, number] | null {
  for (let n = Math.max(from, verb - 12); n < verb - 1; n++) {
    const t = tokens[n]!;
    if (!t.word || !inSet(FRONTED_STATEMENTS, t.w)) continue;
    let a = n + 1;
    while (a < verb && tokens[a]!.word && /^(خاص|صحفي|صحافي|مطول|متلفز|اذاعي)$/.test(tokens[a]!.w)) a++;
    const head = tokens[a];
    if (!head?.word || !/^ل/.test(head.w) || head.w.length < 3) return null;
    let end = verb;
    while (end > a && !tokens[end - 1]!.word) end--;
    return end > a ? [a, end] : null;
  }
  return null;
}

/**
 * "نشرت المجلة تحليلا للباحثة X رأت فيه": the author of a text, named with ل after the text's noun,
 * before a verb followed by فيه — the author's range and the noun's index, or null.
 */
export function authoredText(tokens: Token[], verb: number): { author: [number, number]; noun: number } | null {
  if (!(tokens[verb + 1]?.word && /^(فيه|فيها)$/.test(tokens[verb + 1]!.w))) return null;
  for (let n = verb - 1; n >= Math.max(0, verb - 10); n--) {
    const t = tokens[n]!;
    if (!t.word) return null;
    if (!inSet(AUTHORED, t.w)) continue;
    const head = tokens[n + 1];
    if (n + 1 >= verb || !head?.word || !/^ل/.test(head.w)) return null;
    return { author: [n + 1, verb], noun: n };
  }
  return null;
}

export interface PostposedSource {
  /** The cue verb after the opener, and its match. */
  verb: number;
  match: CueMatch;
  /** The first token after the opener's words. */
  after: number;
}

/** "، بحسب ما أفاد …", "، كما ذكر …": an opener of a postposed source, then a cue verb — or null. */
export function postposedSource(tokens: Token[], i: number): PostposedSource | null {
  // Set off by a comma or a dash, or opening the sentence: mid-clause ("والنتيجة كما وصفها X كانت …") it is an aside.
  const before = tokens[i - 1];
  if (before && (before.word || !(COMMA.has(before.w) || DASH.has(before.w) || SENTENCE_END.has(before.w)))) return null;
  for (const words of POSTPOSED) {
    if (!words.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.w === w)) continue;
    const v = i + words.length;
    const verb = tokens[v];
    const match = verb?.word ? matchCue(verb.w) : null;
    if (!match || match.entry.form === 'participle' || match.prefix > 0) continue;
    return { verb: v, match, after: v + 1 };
  }
  return null;
}

/** A postposed source begins at token `j` (used to end the content before it). */
export function startsPostposedSource(tokens: Token[], j: number): boolean {
  return postposedSource(tokens, j) !== null;
}
