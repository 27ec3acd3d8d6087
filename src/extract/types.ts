// The extraction contract (see README, "Extraction output"): what `claimgraph extract --format json`
// prints and what the graph layer stores. Offsets are UTF-16 indices into the text as given.

export type Language = 'ar' | 'en';

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'STATE' | 'GROUP' | 'MEDIA' | 'OTHER';

export const CUE_TYPES = [
  'SAY', 'STRESS', 'ADD', 'NOTE', 'EXPLAIN', 'ANNOUNCE', 'CONFIRM', 'DENY', 'ACCUSE', 'CLAIM',
  'CALL', 'WARN', 'THREATEN', 'PROMISE', 'REMIND', 'BELIEVE', 'DESCRIBE', 'REPORT', 'ASK',
  'AGREE', 'REJECT', 'CONDEMN', 'WELCOME', 'CRITICIZE',
] as const;
export type CueType = (typeof CUE_TYPES)[number];

export type Span = [start: number, end: number];

export interface ExtractedActor {
  /** Stable across articles and languages: بوتين and Putin share one id. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: Span[];
  /** Actor-to-actor facts the extractor knows, e.g. the Kremlin speaks for Russia. Optional. */
  speaksFor?: string[];
  /** For described/collective speakers (GROUP): the actor ids they describe ("critics of Trump"). */
  describes?: string[];
  /**
   * 'article': a generic description ("الوزارة", "مصادر مطلعة", "a senior official") that means
   * someone only within this article; the graph keeps one such actor per article, never one node
   * for every article's "ministry". Absent: the actor is the same wherever it is named.
   */
  scope?: 'article';
}

export interface ExtractedStatement {
  id: string;
  speaker: string | null;
  speakerText: string | null;
  cue: string;
  cueType: CueType;
  content: string;
  direct: boolean;
  about: string[];
  addressees: string[];
  via: string[];
  date: string | null;
  span: Span;
  parent: string | null;
}

export interface Extraction {
  language: Language;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  actors: ExtractedActor[];
  statements: ExtractedStatement[];
}

/** An actor the caller already knows (e.g. from the graph), so the gazetteer grows with the data. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export interface ExtractOptions {
  /** 'auto' (default) detects Arabic or English. */
  language?: Language | 'auto';
  /** YYYY-MM-DD; relative dates ("on Saturday", "أمس") resolve to the past day relative to it. */
  publishedAt?: string;
  knownActors?: KnownActor[];
}
