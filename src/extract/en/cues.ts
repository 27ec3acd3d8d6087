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
/** Cue types whose passive with an agent is still a speech act ("was asked by", "was accused by"). */
const PASSIVE_AGENT_TYPES = new Set<CueType>(['ASK', 'ACCUSE', 'CRITICIZE', 'WARN', 'CALL', 'CONDEMN', 'WELCOME', 'REMIND']);

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
        needsAs: false, needsClause: false, notFollowedBy: new Set(), toInfinitive: false, naming: false, participle: phrase.words[0]!.endsWith('ing'), base: false,
      };
      cues.push({ first: k, last: k + phrase.words.length, type: phrase.type, kind: phrase.kind, verb });
      k += phrase.words.length - 1;
      continue;
    }
    const verb = VERB_CUES.get(t.lower);
    if (!verb) continue;
    // Capitalised: a name ("Said") or a sentence start, where a finite cue has no subject
    // ("Press secretary Josh Earnest ...").
    if (t.cap && !(k === unit.first && frontedCue(tokens, k, unit.last, verb))) continue;
    const prev = tokens[k - 1];
    const prev2 = tokens[k - 2];
    if (NOUN_FORMS.has(t.lower) && nounUse(tokens, k)) continue;
    if (modifierUse(tokens, k) || participleModifier(tokens, k, verb) || compoundNoun(tokens, k, verb) || reducedRelative(tokens, k, verb)) continue;
    if (prev && REFUSAL.has(prev.lower) && !(prev2 && /^(went|go|goes|going)$/.test(prev2.lower)) && verb.base) continue;
    // "As reported by Western Journal, C" / "C, as announced by the ministry": the by-phrase is
    // the source, as in "according to".
    if (prev?.lower === 'as' && tokens[k + 1]?.lower === 'by' && verb.form.endsWith('ed')) {
      cues.push({ first: k - 1, last: k + 2, type: verb.type, kind: 'according', verb });
      k++;
      continue;
    }
    // "The senator was asked by a reporter whether ...", "He was accused by two aides of ...":
    // a passive with its agent speaks.
    if (!verb.participle && passive(tokens, k) && tokens[k + 1]?.lower === 'by' && PASSIVE_AGENT_TYPES.has(verb.type)) {
      cues.push({ first: k, last: k + 1, type: verb.type, kind: 'passive', verb });
      k++;
      continue;
    }
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

/**
 * "Patients admitted to the ward were moved": an -ed form after a noun, then a prepositional phrase
 * and right after it the sentence's own verb: the -ed form modifies the noun.
 */
function reducedRelative(tokens: Token[], k: number, verb: VerbCue): boolean {
  if (!verb.form.endsWith('ed')) return false;
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word' || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  const prep = tokens[k + 1];
  if (!prep || prep.kind !== 'word' || !PREPOSITIONS.has(prep.lower) && prep.lower !== 'to') return false;
  let j = k + 2;
  if (tokens[j] && DETERMINERS.has(tokens[j]!.lower)) j++;
  let nouns = 0;
  while (tokens[j] && tokens[j]!.kind === 'word' && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') && j - k < 8) { j++; nouns++; }
  const after = tokens[j];
  return nouns > 0 && !!after && after.kind === 'word' && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing')));
}

/** 'Said Holloway: "..."': a cue opening the sentence, a name, a colon and a quotation. */
function frontedCue(tokens: Token[], k: number, last: number, verb: VerbCue): boolean {
  if (!FRONTED_LEMMAS.has(verb.lemma) || !tokens[k + 1]?.cap) return false;
  for (let j = k + 1; j < Math.min(last - 1, k + 8); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text === ':') return tokens[j + 1]!.kind === 'open';
    if (t.kind !== 'word') return false;
  }
  return false;
}
const FRONTED_LEMMAS = new Set(['say', 'add', 'ask', 'write', 'recall', 'explain', 'reply']);

/** "the report", "a congressional report", "China's South China Sea claims": a noun. */
function nounUse(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (DETERMINERS.has(w.lower) || w.lower === "'s" || w.lower === 'to') return true;
    if (AUXILIARIES.has(w.lower) || PRONOUNS.has(w.lower) || w.lower === 'and' || w.lower === 'but' || w.lower === 'or') return false;
    // "some analysts claim": a plural noun before the word is its subject ("a previous pledge": an adjective).
    if (!w.cap && w.lower.endsWith('s') && !w.lower.endsWith('ss') && w.pos !== 'ADJ') return false;
    // "over claims that", "data from credit reports": the object of a preposition.
    if (PREPOSITIONS.has(w.lower) && !t(k).lower.endsWith('ed')) return true;
    // Modifiers of the noun go on ("a CNN report", "her economically depressed state"); a verb ends it.
    if (w.pos === 'AUX' || w.pos === 'PRON' || (w.pos === 'VERB' && !/(ed|ing)$/.test(w.lower))) return false;
  }
  return false;
  function t(i: number): Token { return tokens[i]!; }
}

const PREPOSITIONS = new Set(['of', 'over', 'from', 'about', 'with', 'for', 'into', 'against', 'amid', 'despite', 'under', 'among', 'without', 'like', 'in', 'on', 'at', 'across', 'within', 'between', 'throughout', 'per', 'via']);
/** Plural nouns without an -s, which agree with a base-form verb ("people say"). */
const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'media', 'public', 'military', 'personnel', 'clergy', 'youth', 'leadership', 'administration', 'government', 'team', 'family', 'majority', 'minority', 'crowd', 'press', 'jury', 'committee', 'panel', 'board', 'party', 'union', 'group', 'campaign']);

/**
 * "271 pledged delegates", "the number of reported cases", "a reported $1.2 million": an -ed form
 * after a number, a determiner or a preposition and before a noun modifies that noun.
 */
function participleModifier(tokens: Token[], k: number, verb: VerbCue): boolean {
  if (!verb.form.endsWith('ed')) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || next.quote >= 0) return false;
  const before = prev.kind === 'word' && (prev.pos === 'NUM' || DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) && prev.lower !== 'that';
  if (!before) return false;
  if (next.kind === 'punct') return next.text === '$';
  return next.kind === 'word' && !next.cap && (next.pos === 'NOUN' || next.pos === 'NUM') && !PRONOUNS.has(next.lower) && !DETERMINERS.has(next.lower);
}

/**
 * "a wrongful death claim", "a news report": a base form right after a singular common noun
 * cannot be its verb (it would be "claims"), so the two words are one noun.
 */
function compoundNoun(tokens: Token[], k: number, verb: VerbCue): boolean {
  if (!verb.base) return false;
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word' || prev.cap || prev.pos !== 'NOUN' || PLURAL_NOUNS.has(prev.lower)) return false;
  if (prev.lower.endsWith('s') && prev.lower !== 'news') return false;
  const p2 = tokens[k - 2];
  if (!p2 || p2.kind !== 'word' || !(p2.pos === 'ADJ' || p2.pos === 'NOUN' || DETERMINERS.has(p2.lower))) return false;
  // "Critics of the plan say": the noun ends a prepositional phrase inside a plural subject.
  let j = k - 2;
  while (j > 0 && tokens[j]!.kind === 'word' && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' || DETERMINERS.has(tokens[j]!.lower)) && k - j < 6) j--;
  return !(tokens[j]?.kind === 'word' && PREPOSITIONS.has(tokens[j]!.lower));
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
