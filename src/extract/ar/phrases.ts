// The Arabic phrase layer: between the tokens and the attribution patterns. Around a cue verb it
// cuts the words into the phrases Arabic news grammar puts there — circumstances (في مؤتمر صحفي،
// خلال لقاء …، أمس), the subject (a name with its appositions and role phrases, a relative clause),
// the addressee (لـ…), the object of a verb-subject-object cue (اتهم X Y بـ), and the complement
// (an أن/إن clause, a quotation, a colon, a preposition + masdar, a bare masdar) — so that every
// cue reads its speaker, addressee and content from phrases instead of from a token window.
// Word classes are data (data/ar/phrases.json); the verbs' own prepositions are in cues.json.
import data from '../data/ar/phrases.json' with { type: 'json' };
import speakerWords from '../data/ar/speakers.json' with { type: 'json' };
import { matchKey } from '../normalize.ts';
import type { Token } from './tokens.ts';
import { COMPLEMENTS, ROLE_WORDS, COLLECTIVE_HEADS, INSTITUTION_HEADS, MEDIA_HEADS, matchCue, type CueEntry } from './lexicon.ts';

const keys = (words: string[]) => new Set(words.map(matchKey));

export const SENTENCE_END = new Set(['.', '؟', '?', '!']);
export const COMMA = new Set(['،', ',', '؛', ';']);
export const DASH = new Set(['-', '–', '—']);

export const CIRCUMSTANTIAL = keys(data.circumstantialPrepositions);
export const ADVERBS = keys(data.adverbs);
export const AUDIENCE = keys(data.audience);
export const RELATIVES = keys(data.relativePronouns);
export const GENITIVE_HEADS = keys(data.genitiveHeads);
export const DESCRIBED_ROLES = keys(data.describedRoles);
const FRONTED = data.frontedOpeners.map(matchKey);
/** Words that open a clause (negation, condition, a pronoun subject): after قال and a comma they start what was said, unmarked. */
const UNMARKED_OPENERS = keys(data.unmarkedClauseOpeners);
const STATEMENT_CIRCUMSTANCES = keys(data.statementCircumstances.nouns);
const STATEMENT_ADJECTIVES = keys(data.statementCircumstances.adjectives);
/** Honorifics (معالي، سماحة) stand in construct: the word after them is a noun ("معالي إمام …"), never a preposition (أمام). */
const HONORIFICS = keys(speakerWords.honorifics);
/** Words in ب/ل that belong to a role phrase, never a verb's preposition ("المتحدث باسم الوزارة"). */
const NOT_PREPOSITIONAL = keys(data.notPrepositional);
/**
 * Shapes of verbal nouns of the derived stems, folded (إرسال، إقامة، استمرار، انتخاب، تنفيذ): an
 * indefinite one after a name opens the object ("اقترح الرئيس X إقامة …"), names rarely have them.
 */
const MASDAR_SHAPES = data.masdarPatterns.map((p) => new RegExp(p));
const isMasdarShape = (w: string): boolean => MASDAR_SHAPES.some((r) => r.test(w));

/** Every reading of a folded word with its proclitics removed: و/ف, then ب/ل/ك, then ال after لل. */
export function readings(w: string): string[] {
  const out = [w];
  let x = w;
  if ((x[0] === 'و' || x[0] === 'ف') && x.length > 3) out.push((x = x.slice(1)));
  if (x.startsWith('لل') && x.length > 3) out.push('ال' + x.slice(2));
  if ((x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك') && x.length > 3) out.push(x.slice(1));
  return out;
}

/** A sentence-ending mark at token `j` — not the dot inside initials written without spaces ("جيه.إل.إل"). */
export function endsSentence(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.word || !SENTENCE_END.has(t.w)) return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return !(t.w === '.' && before?.word && after?.word && before.e === t.s && after.s === t.e);
}

export const isIn = (set: Set<string>, w: string): boolean => readings(w).some((x) => set.has(x));

export function isComplement(t: Token | undefined): boolean {
  return !!t && t.word && (COMPLEMENTS.has(t.w) || COMPLEMENTS.has(readings(t.w).at(-1)!));
}

export function isColon(t: Token | undefined): boolean {
  return !!t && !t.word && t.w === ':';
}

/** A quotation long enough to be what was said (short quoted names belong to a noun phrase). */
export function isContentQuote(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.quote !== 'open') return false;
  const words = tokens.slice(j + 1, Math.min(t.closes, tokens.length)).filter((x) => x.word).length;
  const after = tokens[t.closes + 1];
  return words > 5 || !after || SENTENCE_END.has(after.w) || COMMA.has(after.w);
}

/** In a subject phrase, only a long quotation (or one ending the sentence) is what was said. */
export function isLongQuote(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const words = tokens.slice(j + 1, Math.min(t.closes, tokens.length)).filter((x) => x.word).length;
  const after = tokens[t.closes + 1];
  return words > 5 || !after || SENTENCE_END.has(after.w);
}

export function isParticipleCue(t: Token | undefined): boolean {
  if (!t?.word) return false;
  const m = matchCue(t.w);
  return !!m && m.entry.form === 'participle';
}

/** A finite cue verb joined by و ("وأكد", "وقال"): the start of a new attribution. */
export function isJoinedCue(t: Token | undefined): boolean {
  if (!t?.word) return false;
  const m = matchCue(t.w);
  return !!m && m.prefix > 0 && m.entry.form !== 'participle';
}

/** The preposition token of a nominal complement: a separate word (على، إلى، عن، من، في) or a ب/ل prefix. */
function prepOf(t: Token, entry: CueEntry): 'word' | 'prefix' | null {
  if (!t.word || entry.preps.length === 0) return null;
  const w = t.w.replace(/^[وف]/, '');
  if (NOT_PREPOSITIONAL.has(w)) return null;
  for (const p of entry.preps) {
    if (p.length > 1 && (t.w === p || w === p || (p === 'الي' && t.w === 'الى'))) return 'word';
    if (p.length === 1 && w.startsWith(p) && w.length > 3 && !w.startsWith(p + 'ان') && !COMPLEMENTS.has(w)) return 'prefix';
  }
  return null;
}

export interface Frame {
  /** Token ranges [from, to). */
  subject: [number, number] | null;
  addressees: Array<[number, number]>;
  circumstances: Array<[number, number]>;
  object: [number, number] | null;
  /** Where what was said starts, and how it is marked. */
  complement: { kind: 'clause' | 'quote' | 'colon' | 'prep' | 'masdar'; at: number; start: number } | null;
}

const MAX_FRAME_TOKENS = 40;

/** A subject word that ends the subject because an adverb or circumstance begins. */
function startsCircumstance(t: Token): boolean {
  return t.word && (CIRCUMSTANTIAL.has(t.w) || ADVERBS.has(t.w));
}

/** ل + noun: an addressee (لوزيرة الصحة، للصحفيين، لـ«الحياة») unless it is a genitive after a role (الأمين العام للأمم المتحدة). */
function isAddresseeStart(tokens: Token[], j: number, prevWord: Token | undefined): boolean {
  const t = tokens[j]!;
  if (!t.word) return false;
  if (t.w === 'ل') return true;
  if (!/^ل/.test(t.w) || t.w.length < 4 || /^(لدي|لكن|لكنه|لكنها|لم|لن|لا|لقد|لان|لانه|لذلك|لهذا|لاسيما)$/.test(t.w)) return false;
  if (AUDIENCE.has(t.w)) return true;
  const base = readings(t.w).at(-1)!;
  if (MEDIA_HEADS.has(base) || MEDIA_HEADS.has('ال' + base) || /^للصحف|^لوكال|^لصحيف|^لقنا|^لتلفزي|^لاذاع|^لموقع/.test(t.w)) return true;
  if (prevWord === undefined) return true;
  // Inside a noun phrase, ل is the genitive "of" (عضو الهيئة السياسية للائتلاف، الأمين العام للأمم المتحدة)
  // unless a person's role follows it (قالت النقابة لوزيرة الصحة).
  if (isIn(GENITIVE_HEADS, prevWord.w)) return false;
  return /^لل?(وزير|رئيس|سفير|نظير|مندوب|مبعوث|ملك|امير|امين|امينه|مدير|مديره|قائد|محافظ|ناطق|متحدث|نائب)/.test(t.w);
}

/** The end of a circumstantial phrase (a preposition or adverb with its noun phrase). */
function circumstanceEnd(tokens: Token[], j: number, limit: number, entry: CueEntry): number {
  let k = j + 1;
  if (ADVERBS.has(tokens[j]!.w) && !CIRCUMSTANTIAL.has(tokens[j]!.w) && !(tokens[k]?.word && RELATIVES.has(tokens[k]!.w))) {
    // "اليوم الأربعاء", "أمس": an adverb of time takes only more adverbs and numbers ("يوم 12"), never the
    // complement after it (unless a relative clause describes it: "الجمعة التي …").
    while (k < limit && tokens[k]!.word && (ADVERBS.has(tokens[k]!.w) || /^\d+$/.test(tokens[k]!.w))) k++;
    return k;
  }
  if (tokens[k]?.word && isIn(STATEMENT_CIRCUMSTANCES, tokens[k]!.w)) {
    // "في تصريحات", "في بيان له", "في مؤتمر صحفي": the noun and its adjectives, then the verb's own phrases again.
    let end = k + 1;
    while (end < limit && tokens[end]!.word && STATEMENT_ADJECTIVES.has(tokens[end]!.w)) end++;
    // Not before a genitive or relative clause of its own ("في خطبة الجمعة التي ألقاها …").
    const next = tokens[end];
    if (!(next?.word && (readings(next.w).some((x) => x.startsWith('ال')) || RELATIVES.has(next.w)))) return end;
  }
  while (k < limit) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.quote === 'open') {
        if (isLongQuote(tokens, k)) return k;
        k = Math.min(t.closes + 1, limit);
        continue;
      }
      return k;
    }
    if (isComplement(t) || prepOf(t, entry) === 'word') return k;
    // "في لبنان بمغادرة …": the verb's own ب/ل after the circumstance's noun starts the complement.
    if ((k > j + 1 || ADVERBS.has(tokens[j]!.w)) && prepOf(t, entry) === 'prefix' && !t.w.startsWith('ال')) return k;
    if (isParticipleCue(t) || isJoinedCue(t)) return k;
    if (ADVERBS.has(t.w) && k > j + 1) return k;
    k++;
  }
  return k;
}

/**
 * The phrases after the verb at `i` up to its complement. `names` holds the start offsets of known
 * names (a name that looks like a complement — "بان كي مون" — is still a name). `subjectDone`: the
 * subject stands before the verb (subject-first order), so the first noun phrase is the object.
 */
export function frameAfterVerb(tokens: Token[], i: number, entry: CueEntry, names: Set<number>, subjectDone = false): Frame {
  const frame: Frame = { subject: null, addressees: [], circumstances: [], object: null, complement: null };
  const limit = Math.min(tokens.length, i + 1 + MAX_FRAME_TOKENS);
  const depth = tokens[i]!.depth;
  let j = i + 1;
  let haveSubject = subjectDone;
  while (j < limit) {
    const t = tokens[j]!;
    if (t.depth < depth) break;
    if (!t.word) {
      if (endsSentence(tokens, j)) break;
      if (isColon(t)) {
        frame.complement = { kind: 'colon', at: j, start: j + 1 };
        return frame;
      }
      if (t.quote === 'open' && isContentQuote(tokens, j) && (haveSubject || isLongQuote(tokens, j))) {
        frame.complement = { kind: 'quote', at: j, start: j };
        return frame;
      }
      if (t.quote === 'open' && !haveSubject) {
        // A quoted name as the subject: «الوكالة الوطنية للإعلام»، "عسيري".
        const end = nounPhraseEnd(tokens, j, limit, entry, names, false);
        frame.subject = [j, end];
        haveSubject = true;
        j = end;
        continue;
      }
      j++;
      continue;
    }
    if (isComplement(t) && !names.has(t.s)) {
      frame.complement = { kind: 'clause', at: j, start: j + 1 };
      return frame;
    }
    // "وقال لا يوجد …", "وقال X، خلال المؤتمر، لا شك …": an unmarked clause right after the verb or after a comma.
    if (entry.bareClause && UNMARKED_OPENERS.has(t.w) && (j === i + 1 || (haveSubject && COMMA.has(tokens[j - 1]!.w)))) {
      frame.complement = { kind: 'clause', at: j, start: j };
      return frame;
    }
    // على أن، إلى أن، من أن: the preposition belongs to the complement marker.
    if (/^(علي|الي|عن|من|في)$/.test(t.w) && (isComplement(tokens[j + 1]) || isColon(tokens[j + 1]))) {
      j++;
      continue;
    }
    const prep = prepOf(t, entry);
    if (prep) {
      // "شدد على ضرورة …", "أعلن عن خفض …", "ندد بقرار …": the nominal complement.
      const start = prep === 'word' ? j + 1 : j;
      if (isComplement(tokens[start])) {
        frame.complement = { kind: 'clause', at: start, start: start + 1 };
        return frame;
      }
      if (start < tokens.length && (tokens[start]!.word || tokens[start]!.quote === 'open')) {
        frame.complement = { kind: 'prep', at: j, start };
        // "واتهمت النقابة إدارة المستشفى بإهمال …": the object swallowed by the subject phrase.
        if (entry.object && !subjectDone && frame.subject && !frame.object && frame.subject[1] === j) {
          const p = objectBoundary(tokens, frame.subject[0], frame.subject[1], names);
          if (p > 0 && entry.objectThenPrep) {
            frame.object = [p, frame.subject[1]];
            frame.subject = [frame.subject[0], p];
          } else if (p > 0) {
            // "وأكد الكرملين استمرار المحادثات على …": the masdar and its preposition are what was said.
            frame.subject = [frame.subject[0], p];
            frame.complement = { kind: 'masdar', at: p, start: p };
          }
        }
        return frame;
      }
    }
    if (isParticipleCue(t) || (j > i + 1 && isJoinedCue(t))) break;
    if (startsCircumstance(t)) {
      const end = circumstanceEnd(tokens, j, limit, entry);
      frame.circumstances.push([j, end]);
      j = end;
      continue;
    }
    if (isAddresseeStart(tokens, j, undefined) && (haveSubject || t.w === 'ل' || AUDIENCE.has(t.w) || /^لوكال|^لصحيف|^لقنا/.test(t.w))) {
      const end = addresseeEnd(tokens, j, limit, entry, names);
      frame.addressees.push([j, end]);
      j = end;
      continue;
    }
    if (!haveSubject) {
      const end = nounPhraseEnd(tokens, j, limit, entry, names, false);
      frame.subject = [j, end];
      haveSubject = true;
      j = end;
      continue;
    }
    if (!frame.object && (entry.object || entry.preps.length > 0)) {
      const end = nounPhraseEnd(tokens, j, limit, entry, names, true);
      // The object of "اتهم X Y بـ", "طالب X Y بـ": a noun phrase followed by the verb's preposition.
      const objectThenPrep = entry.objectThenPrep && end < limit && !!prepOf(tokens[end]!, entry);
      if (entry.object && !objectThenPrep) {
        // Otherwise a bare object is what was said: "رفضت الحكومة أي وساطة …", "أكد دعم الحكومة …".
        frame.complement = { kind: 'masdar', at: j, start: j };
        return frame;
      }
      if (objectThenPrep) {
        frame.object = [j, end];
        j = end;
        continue;
      }
    }
    // Words the grammar above does not place (a name after an addressee, an adverbial it does not
    // know): they extend the last phrase, and the search for the complement goes on.
    const end = nounPhraseEnd(tokens, j, limit, entry, names, true);
    const last = frame.addressees.at(-1) ?? frame.circumstances.at(-1) ?? frame.subject;
    if (last && last[1] === j) last[1] = end;
    j = Math.max(end, j + 1);
  }
  if (!frame.complement && entry.object && frame.subject && !subjectDone) splitBareObject(tokens, frame, names);
  return frame;
}

/**
 * "وأكد الوزير دعم الحكومة …": with no marked complement, an object-taking verb's subject phrase
 * ends where a definite common noun is followed by an indefinite one that is no name (a noun in
 * construct starts a new phrase: the object, which is what was said).
 */
function splitBareObject(tokens: Token[], frame: Frame, names: Set<number>): void {
  const [from, to] = frame.subject!;
  const p = objectBoundary(tokens, from, to, names);
  if (p < 0) return;
  frame.subject = [from, p];
  frame.complement = { kind: 'masdar', at: p, start: p };
}

/**
 * Where an object in construct starts inside a subject phrase: a definite noun followed by an
 * indefinite one that is no name and no title ("النقابة | إدارة المستشفى", "الحكومة | أي وساطة"), or -1.
 */
function objectBoundary(tokens: Token[], from: number, to: number, names: Set<number>): number {
  for (let p = from + 1; p < to; p++) {
    const a = tokens[p - 1]!;
    const b = tokens[p]!;
    if (!a.word || !b.word) continue;
    const aDefinite = readings(a.w).some((x) => x.startsWith('ال'));
    const bDefinite = readings(b.w).some((x) => x.startsWith('ال'));
    if (bDefinite || names.has(b.s)) continue;
    // After a name (no article): only a verbal noun's shape opens the object.
    if (!aDefinite && !(p > from + 1 && isMasdarShape(b.w) && !isIn(ROLE_WORDS, a.w) && !isIn(GENITIVE_HEADS, a.w))) continue;
    if (isIn(ROLE_WORDS, a.w) || isIn(GENITIVE_HEADS, a.w) || /ي$|يه$/.test(a.w)) continue; // a title or nisba: a name may follow
    if (b.w.length < 3 || RELATIVES.has(b.w)) continue;
    return p;
  }
  return -1;
}

/** ل + a noun phrase: "لـ«عكاظ»", "للصحفيين", "لوكالة الأنباء الألمانية", "لوزيرة الصحة ماري دوبوا". */
function addresseeEnd(tokens: Token[], j: number, limit: number, entry: CueEntry, names: Set<number>): number {
  const t = tokens[j]!;
  if (t.w === 'ل' && tokens[j + 1]?.quote === 'open') return Math.min(tokens[j + 1]!.closes + 1, limit);
  if (AUDIENCE.has(t.w)) return j + 1;
  return nounPhraseEnd(tokens, j, limit, entry, names, true);
}

/**
 * The end of the noun phrase at `j`: a name or head noun with its genitives, nisbas, quoted names,
 * role phrases (رئيس «…»، الناطق باسم …), appositions between commas and a relative clause.
 */
export function nounPhraseEnd(tokens: Token[], j: number, limit: number, entry: CueEntry, names: Set<number>, short: boolean): number {
  const headCollective = isIn(COLLECTIVE_HEADS, tokens[j]!.w);
  let k = j;
  let prevWord: Token | undefined;
  let words = 0;
  while (k < limit) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.quote === 'open') {
        if (isLongQuote(tokens, k) && words > 0) return k;
        k = Math.min(t.closes + 1, limit);
        words++;
        continue;
      }
      if (t.w === '(' ) {
        const close = tokens.findIndex((x, n) => n > k && x.w === ')');
        if (close > k && close - k < 8) {
          k = close + 1;
          continue;
        }
      }
      if (COMMA.has(t.w) && !short && words > 0 && t.w !== '؛') {
        // An apposition: "X، رئيس «…»، قال" / "الحاكم الكتالوني، جوردي بوش، أن".
        const end = appositionEnd(tokens, k + 1, limit, entry, names);
        if (end > k + 1) {
          k = end;
          continue;
        }
      }
      return k;
    }
    if (k > j) {
      if ((isComplement(t) && !names.has(t.s)) || isParticipleCue(t) || isJoinedCue(t)) return k;
      if (prepOf(t, entry) && !names.has(t.s)) return k;
      if (ADVERBS.has(t.w)) return k;
      if (CIRCUMSTANTIAL.has(t.w) && !(headCollective && /^(في|من|داخل|لدي)$/.test(t.w)) && !(prevWord && HONORIFICS.has(prevWord.w))) return k;
      if (/^(علي|الي|عن)$/.test(t.w)) return k;
      if (isAddresseeStart(tokens, k, prevWord) && !(prevWord && isIn(GENITIVE_HEADS, prevWord.w))) return k;
      if (RELATIVES.has(t.w)) {
        // A relative clause describing the subject runs to its comma or the complement.
        // (at most a few words: a relative clause names a verb and its object; a quoted object ends it).
        let r = k + 1;
        while (r < limit && r - k <= 6 && (tokens[r]!.word || tokens[r]!.quote === 'open') && !isComplement(tokens[r]) && !isJoinedCue(tokens[r]) && !matchCue(tokens[r]!.w)) {
          if (tokens[r]!.quote === 'open') {
            r = Math.min(tokens[r]!.closes + 1, limit);
            break;
          }
          r++;
        }
        if (r < limit && tokens[r]!.word && matchCue(tokens[r]!.w)) return k; // "X الذي قال …": the relative's own cue
        k = r;
        continue;
      }
      if (short && words >= 6) return k;
    }
    prevWord = t;
    words++;
    k++;
  }
  return k;
}

/** After a comma inside a subject: a role/title phrase or a name, closed by a comma or followed by the complement. */
function appositionEnd(tokens: Token[], k: number, limit: number, entry: CueEntry, names: Set<number>): number {
  const first = tokens[k];
  if (!first?.word) return k;
  const roleLike = isIn(ROLE_WORDS, first.w) || isIn(INSTITUTION_HEADS, first.w) || isIn(GENITIVE_HEADS, first.w) || names.has(first.s) || /^(وهو|وهي)$/.test(first.w);
  let end = k;
  let n = 0;
  while (end < limit && n < 12) {
    const t = tokens[end]!;
    if (!t.word) {
      if (t.quote === 'open') {
        end = Math.min(t.closes + 1, limit);
        n++;
        continue;
      }
      break;
    }
    if (isComplement(t) || isParticipleCue(t) || matchCue(t.w)) break;
    end++;
    n++;
  }
  const closer = tokens[end];
  if (!closer) return k;
  // Closed by a comma, or running into the verb's complement: "…، مدير المرصد، إن …".
  if (COMMA.has(closer.w) && roleLike) return end + 1;
  if ((isComplement(closer) || isColon(closer)) && roleLike) return end;
  if (matchCue(closer.w) && roleLike) return end;
  // A short name-like apposition closed by a comma ("الحاكم، جوردي بوش، أن").
  if (COMMA.has(closer.w) && n <= 3 && !first.w.startsWith('ال') && isComplement(tokens[end + 1])) return end + 1;
  return k;
}

/** A fronted phrase at the start of a clause (من جانبه، وعن X، وخلال الجلسة): its end, or -1. */
export function frontedPhraseEnd(tokens: Token[], from: number, verb: number): number {
  if (from >= verb) return -1;
  const head = tokens[from]!;
  if (!head.word) return -1;
  const two = `${head.w} ${tokens[from + 1]?.w ?? ''}`;
  const three = `${two} ${tokens[from + 2]?.w ?? ''}`;
  const opener = FRONTED.find((f) => f === head.w || f === two || f === three);
  if (!opener) return -1;
  return verb;
}
