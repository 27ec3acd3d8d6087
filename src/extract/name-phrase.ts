// Is a new actor's name a name? One central check for both languages, applied to every actor the
// language modules register that the gazetteer and the caller did not know (assemble.ts).
//   - 'name': a person, organisation or group named as such ("هشام مروة", "Hisham Marwa");
//   - 'description': a generic description of a source ("مصادر مطلعة", "الوزارة", "a senior
//     official", "the company"): real, but only within its article (it is scoped there, so every
//     article's "الوزارة" is its own node, never one node for every ministry of the corpus);
//   - 'fragment': text that is not a noun phrase naming anyone: it starts with a preposition, a
//     relay word, a verb or an object noun, contains a clause or a pronoun, is a religious formula,
//     or ends on a connector that needs a name after it ("… بن"). Such actors are dropped.
// The word lists are data (data/names/name-phrase.json); each names a class of words.
import lists from './data/names/name-phrase.json' with { type: 'json' };
import { ARABIC_LETTER, foldKey } from './normalize.ts';

export type NameVerdict = { kind: 'name' } | { kind: 'description' } | { kind: 'fragment'; reason: string };

const set = (words: readonly string[]) => new Set(words.map(foldKey));

const AR = {
  notFirst: set(lists.ar.notFirst),
  notInside: set(lists.ar.notInside),
  verbs: set(lists.ar.verbs),
  objectNouns: set(lists.ar.objectNouns),
  formulas: lists.ar.formulas.map(foldKey),
  truncatedEnds: set(lists.ar.truncatedEnds),
  notLast: set(lists.ar.notLast),
  descriptionHeads: set(lists.ar.descriptionHeads),
  genericBodies: set(lists.ar.genericBodies),
  genericModifiers: set(lists.ar.genericModifiers),
};
const EN = {
  notFirst: set(lists.en.notFirst),
  determiners: set(lists.en.determiners),
  descriptionHeads: set(lists.en.descriptionHeads),
  notInside: set(lists.en.notInside),
};

/**
 * Longest name (in words) taken as a name; longer phrases are clauses swept up with one. Seven, the
 * bound bench/actor-names.ts counts by: the new 8-word "names" of the real sample read as a
 * description with its clause ("محلل سياسي ... في إحدى الصحف ..."). Long official titles (an
 * 8-word coalition) are in the gazetteer, which is never judged here.
 */
const MAX_WORDS = 7;

const NAME = { kind: 'name' } as const;
const DESCRIPTION = { kind: 'description' } as const;
const fragment = (reason: string): NameVerdict => ({ kind: 'fragment', reason });

/** Words of a name as written (quotes and punctuation around them dropped). */
function rawWords(name: string): string[] {
  return name
    .split(/[\s\u00A0]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\u064B-\u065F\u0670]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/**
 * The word without a leading conjunction و/ف, when what is left is still a word. Two letters are
 * enough: the lists hold whole words, so "وفي" -> "في", "ومن" -> "من" only ever match a listed
 * preposition, never a name ("وليد" -> "ليد" is in no list).
 */
function withoutConjunction(folded: string): string {
  return (folded[0] === 'و' || folded[0] === 'ف') && folded.length > 2 ? folded.slice(1) : folded;
}

function inList(list: ReadonlySet<string>, folded: string): boolean {
  return list.has(folded) || list.has(withoutConjunction(folded));
}

/** A description head with or without the article: "متحدث" and "المتحدث" are one class member. */
function isDescriptionHead(folded: string): boolean {
  const bare = withoutConjunction(folded);
  return inList(AR.descriptionHeads, folded) || (bare.startsWith('ال') && bare.length > 4 && AR.descriptionHeads.has(bare.slice(2)));
}

export interface NameContext {
  /** Whether a phrase is the name of an actor already known (the gazetteer's, the caller's). */
  isKnownName?: (phrase: string) => boolean;
}

export function judgeActorName(name: string, context: NameContext = {}): NameVerdict {
  const words = rawWords(name);
  if (words.length === 0) return fragment('no words');
  return ARABIC_LETTER.test(name) ? judgeArabic(words, context) : judgeLatin(words);
}

function judgeArabic(raw: string[], context: NameContext): NameVerdict {
  const words = raw.map(foldKey);
  const first = words[0]!;
  const whole = words.join(' ');
  if (AR.formulas.some((f) => ` ${whole} `.includes(` ${f} `))) return fragment('a religious formula');
  if (inList(AR.notFirst, first)) return fragment('starts with a preposition, relay or function word');
  // A proclitic preposition on the first word: "بمملكة البحرين", "للتقرير", "كأهم".
  if (/^[وف]?(بال|لل|كال)[^\s]{3}/.test(first) || /^[وف]?[بلك][أإآ]/.test(raw[0]!)) return fragment('starts with a proclitic preposition');
  // "بمملكة البحرين": a preposition on a known name (only the known name tells ب from a first letter).
  if (context.isKnownName && /^[وف]?[بلك]/.test(first)) {
    const rest = [raw[0]!.replace(/^[وف]?[بلك]/, ''), ...raw.slice(1)].join(' ');
    if (context.isKnownName(rest)) return fragment('a preposition before a known name');
  }
  const unprefixed = first.replace(/^[وف]?[بلك]/, '');
  if (unprefixed !== first && [AR.genericBodies, AR.objectNouns, AR.descriptionHeads].some((l) => l.has(unprefixed))) {
    return fragment('a preposition before a noun');
  }
  // Tanween is written on indefinite common nouns and adverbs ("موقفاً", "دوليًا"), never on names.
  if (raw.some((w) => /[\u064B-\u064D]/.test(w))) return fragment('an indefinite noun or adverb (tanween)');
  if (words.some((w) => inList(AR.verbs, w))) return fragment('contains a verb');
  if (inList(AR.objectNouns, first)) return fragment('starts with an object noun');
  if (words.slice(1).some((w) => inList(AR.notInside, w))) return fragment('contains a clause, pronoun or demonstrative');
  if (AR.truncatedEnds.has(words.at(-1)!)) return fragment('ends on a connector (truncated)');
  if (words.length > 1 && AR.notLast.has(words.at(-1)!)) return fragment('ends on a preposition or relative (truncated)');
  // A pronoun suffix ("أولها", "وصفهم", "قيمته"): a noun of the sentence, not a name. Read on the
  // written form, where the pronoun ه is not the taa marbuta ة that folding turns into ه.
  if (raw.some((w) => /^[\u0621-\u064A]{2,}(ها|هم|هما|ته|تها|تهم)$/.test(w))) return fragment('a pronoun-suffixed word');
  // A number of its own ("… 3", "1554 سيارة") is a quantity of the sentence.
  if (raw.some((w) => /^[\d\u0660-\u0669]+$/.test(w))) return fragment('a number');
  if (words.length > MAX_WORDS) return fragment('too long for a name');
  // "مصادر مطلعة", "الشرطة ومسؤولون حكوميون": a source described, not named.
  const describing = (w: string) => inList(AR.genericBodies, w) || inList(AR.genericModifiers, w) || isDescriptionHead(w);
  if (isDescriptionHead(first) || words.every(describing)) return DESCRIPTION;
  // "بالهلال" inside a name: a prepositional phrase of the sentence ran on after it.
  if (words.slice(1).some((w) => /^[وف]?بال[\u0621-\u064A]{3,}$/.test(w))) {
    return fragment('a prepositional phrase after the name');
  }
  // "الهيئة" + an indefinite word that does not qualify it: two phrases run together.
  const second = words[1];
  if (second && first.startsWith('ال') && inList(AR.genericBodies, first) && !/^[وف]?(ال|لل)/.test(second) && !describing(second)) {
    return fragment('a generic noun followed by an unrelated word');
  }
  return NAME;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u.test(word);
}

function judgeLatin(words: string[]): NameVerdict {
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0]!;
  if (EN.notFirst.has(first) && !isCapitalised(words[0]!)) return fragment('starts with a preposition, relay or function word');
  if (words.length > MAX_WORDS) return fragment('too long for a name');
  const rest = EN.determiners.has(first) ? words.slice(1) : words;
  const restLower = rest.map((w) => w.toLowerCase());
  // "some", "many", "both" said: unnamed people of this article.
  if (rest.length === 0) return DESCRIPTION;
  if (restLower.some((w) => EN.notInside.has(w))) return fragment('contains a clause');
  const hasHead = restLower.some((w) => EN.descriptionHeads.has(w));
  // "a senior official", "the company", "advisers", "four contenders": a source described, not named.
  if (rest.every((w) => !isCapitalised(w))) return DESCRIPTION;
  if (rest.length === 1 && hasHead) return DESCRIPTION;
  if (EN.notFirst.has(lower.at(-1)!) || EN.determiners.has(lower.at(-1)!)) return fragment('ends on a function word (truncated)');
  return NAME;
}

/**
 * A fragment that starts as a name and runs on into the sentence ("ناصر العلياني سلّم",
 * "شهود عيان فإن القصف …"): its longest leading part that is a name (two words at least) or a
 * description. Null when no part is: the fragment starts wrong ("بحسب …") or is one word.
 */
export function nameWithin(name: string, context: NameContext = {}): { name: string; verdict: NameVerdict } | null {
  const words = name.split(/[\s\u00A0]+/).filter(Boolean);
  for (let k = Math.min(words.length - 1, MAX_WORDS); k >= 1; k--) {
    const part = words.slice(0, k).join(' ').replace(/[\s«"“(،,:]+$/u, '');
    const verdict = judgeActorName(part, context);
    if (verdict.kind === 'description' || (verdict.kind === 'name' && k >= 2)) return { name: part, verdict };
  }
  return null;
}
