// Finding attribution cues in a clause unit: verbs of saying in any tense (from data/en/cues.json)
// and multi-word cues ("according to", "pointed out"), outside quotations, skipping nouns ("his
// claims"), infinitives after "declined to", negated and passive uses.
import type { CueType } from '../types.ts';
import type { Token, Unit } from './tokens.ts';
import { AUXILIARIES, DETERMINERS, NEGATIONS, PRONOUNS, NOUN_FORMS, PHRASE_CUES, VERB_CUES, type VerbCue } from './lexicon.ts';

export interface Cue {
  /** First and last+1 token of the cue words. */
  first: number;
  last: number;
  type: CueType;
  /** "according" for "according to"; undefined for verbs. */
  kind?: string;
  verb?: VerbCue;
}

const PHRASE_FIRST = new Set(PHRASE_CUES.map((p) => p.words[0]!));
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
const REFUSAL = new Set(['to']);

export function findCues(tokens: Token[], unit: Unit): Cue[] {
  const cues: Cue[] = [];
  for (let k = unit.first; k < unit.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) continue;
    const phrase = PHRASE_FIRST.has(t.lower) ? PHRASE_CUES.find((p) => p.words.every((w, i) => tokens[k + i]?.lower === w && tokens[k + i]!.quote < 0)) : undefined;
    // "her call for tougher laws": the noun, not the verb.
    if (phrase && NOUN_FORMS.has(t.lower) && nounUse(tokens, k)) { k += phrase.words.length - 1; continue; }
    if (phrase) {
      const form = phrase.words.join(' ');
      const verb: VerbCue = {
        type: phrase.type, lemma: form, form, addressee: false, needsContent: false, needsThat: false, needsQuote: false,
        needsAs: false, participle: phrase.words[0]!.endsWith('ing'), base: false,
      };
      cues.push({ first: k, last: k + phrase.words.length, type: phrase.type, kind: phrase.kind, verb });
      k += phrase.words.length - 1;
      continue;
    }
    const verb = VERB_CUES.get(t.lower);
    if (!verb) continue;
    // Capitalised: a name ("Said") or a sentence start, where a finite cue has no subject
    // ("Press secretary Josh Earnest ...").
    if (t.cap) continue;
    const prev = tokens[k - 1];
    const prev2 = tokens[k - 2];
    if (NOUN_FORMS.has(t.lower) && nounUse(tokens, k)) continue;
    if (modifierUse(tokens, k)) continue;
    if (prev && REFUSAL.has(prev.lower) && !(prev2 && /^(went|go|goes|going)$/.test(prev2.lower)) && verb.base) continue;
    if (!verb.participle && passive(tokens, k)) continue;
    // "reporting by ...", "confirmed by the Senate": passive or nominal uses.
    if (tokens[k + 1]?.lower === 'by') continue;
    // "have claims", "has calls": after have, only a past participle is a verb.
    if (prev && /^(have|has|had)$/.test(prev.lower) && !/(ed|en|said|told|wrote|made|put|led)$/.test(t.lower)) continue;
    if (verb.form.endsWith('ed') && prev && prev.lower === 'when') continue; // "when asked"
    if (t.cap && verb.type === 'ASK') continue; // "Asked whether ..., X said"
    if (negated(tokens, k)) continue;
    cues.push({ first: k, last: k + 1, type: verb.type, verb });
  }
  return cues;
}

/** "the report", "a congressional report", "China's South China Sea claims": a noun. */
function nounUse(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (DETERMINERS.has(w.lower) || w.lower === "'s" || w.lower === 'to') return true;
    if (AUXILIARIES.has(w.lower) || PRONOUNS.has(w.lower)) return false;
    // "some analysts claim": a plural noun before the word is its subject.
    if (!w.cap && w.lower.endsWith('s') && !w.lower.endsWith('ss')) return false;
  }
  return false;
}

/**
 * "the announced merger", "telling signs", "press secretary": the tagger reads the word as a
 * noun or adjective and a noun follows it, so it modifies that noun. The tagger alone is not
 * trusted ("Mr. Trump alleged that", "women who claim he ..." come out as ADJ/NOUN): a verb
 * reading needs what follows to be a clause, a quotation or an object, not a noun it modifies.
 */
function modifierUse(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || next.quote >= 0) return false;
  return (next.pos === 'NOUN' || next.pos === 'ADJ') && !PRONOUNS.has(next.lower) && !DETERMINERS.has(next.lower);
}

/** "was confirmed", "had been previously reported". */
function passive(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (PASSIVE.has(w.lower)) return true;
    if (!(w.lower.endsWith('ly') || w.lower === 'also' || w.lower === 'not')) return false;
  }
  return false;
}

/** "did not say", "has never denied", "didn't confirm": a non-statement. */
function negated(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (NEGATIONS.has(w.lower)) return true;
  }
  return false;
}
