// The English word lists (data/en/*.json) as look-up sets, built once at module load (pure data,
// no I/O beyond the JSON import).
import type { CueType } from '../types.ts';
import cueData from '../data/en/cues.json' with { type: 'json' };
import words from '../data/en/lexicon.json' with { type: 'json' };

export interface VerbCue {
  type: CueType;
  /** The lemma (first form): cues of one verb share it. */
  lemma: string;
  form: string;
  /** told/reminded: the first noun phrase after the verb is the addressee. */
  addressee: boolean;
  /** Weak cues (noted, stressed...) count only with a reported clause or quotation after them. */
  needsContent: boolean;
  /** Cues that are statements only with a "that" clause (believes, suggested...). */
  needsThat: boolean;
  /** Cues that are statements only with a quotation close by ("called it 'a disaster'"). */
  needsQuote: boolean;
  /** "described X as ...". */
  needsAs: boolean;
  /** The content must be a clause or a quotation, not a noun phrase ("added 150,000 jobs"). */
  needsClause: boolean;
  /** Words right after the cue (or its addressee) that make it no statement ("told him to leave"). */
  notFollowedBy: ReadonlySet<string>;
  /** A "to" right after the cue must open an infinitive ("agreed to republish", not "agreed to a truce"). */
  toInfinitive: boolean;
  /** "a book called 'Home'", "what she called 'a maze'": a quotation right after the cue may be a name. */
  naming: boolean;
  participle: boolean;
  base: boolean;
}

export interface PhraseCue {
  words: string[];
  type: CueType;
  kind?: string;
}

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const VERB_CUES = new Map<string, VerbCue>();
for (const v of cueData.verbs as Array<{ type: CueType; forms: string[]; addressee?: boolean; needsContent?: boolean; needsThat?: boolean; needsQuote?: boolean; needsAs?: boolean; needsClause?: boolean; notFollowedBy?: string[]; toInfinitive?: boolean; naming?: boolean }>) {
  const lemma = v.forms[0]!;
  for (const form of v.forms) {
    if (VERB_CUES.has(form)) continue;
    VERB_CUES.set(form, {
      type: v.type,
      lemma,
      form,
      addressee: v.addressee ?? false,
      needsContent: v.needsContent ?? false,
      needsThat: v.needsThat ?? false,
      needsQuote: v.needsQuote ?? false,
      needsAs: v.needsAs ?? false,
      needsClause: v.needsClause ?? false,
      notFollowedBy: new Set(v.notFollowedBy ?? []),
      toInfinitive: v.toInfinitive ?? false,
      naming: v.naming ?? false,
      participle: form.endsWith('ing'),
      base: form === lemma,
    });
  }
}

export const PHRASE_CUES: PhraseCue[] = (cueData.phrases as PhraseCue[]).slice().sort((a, b) => b.words.length - a.words.length);
export const NOUN_FORMS = set(cueData.nounForms);

export const PERSON_TITLES = set(words.personTitles);
export const NAME_TITLES = set(words.nameTitles);
export const HONORIFIC_GENDER = new Map(Object.entries(words.honorifics as Record<string, string>));
export const ROLE_NOUNS = set(words.roleNouns);
export const GROUP_NOUNS = set(words.groupNouns);
export const DETERMINERS = set(words.determiners);
export const PRONOUNS = new Map(Object.entries(words.pronouns as Record<string, string>));
export const RELATIVE_PRONOUNS = set(words.relativePronouns);
export const AUXILIARIES = set(words.auxiliaries);
export const NEGATIONS = set(words.negations);
export const WEEKDAYS = set(words.weekdays);
export const TIME_WORDS = set(words.timeWords);
export const CLAUSE_STOPS = set(words.clauseStops);
export const INTRO_WORDS = set(words.introWords);
export const CAPITAL_STOPWORDS = set(words.capitalStopwords);
export const ORG_WORDS = set(words.orgWords);
export const MEDIA_NAMES = set(words.mediaWords);
export const MALE_NAMES = set(words.maleFirstNames);
export const FEMALE_NAMES = set(words.femaleFirstNames);
/** What someone issues or carries that says something ("a statement saying", "a banner reading"). */
export const DOCUMENT_NOUNS = set(words.documentNouns);
