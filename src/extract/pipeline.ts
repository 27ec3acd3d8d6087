// The contract between the shared stages and the language modules (ar/, en/).
// Shared stages build a Document (cleanup, language, sentences, normalised text) and an
// ActorRegistry (gazetteer + known actors + mentions found in the text); a LanguageExtractor
// turns them into DraftStatements; assemble.ts gives them ids, dates and a stable order.
import type { CueType, Language, Span } from './types.ts';
import type { ActorRegistry } from './actors.ts';

export interface Sentence {
  /** UTF-16 offsets into Document.text (the original text). */
  start: number;
  end: number;
  /** Document.text.slice(start, end), as written. */
  text: string;
  /** Index of the paragraph (a line block of the body) the sentence belongs to. */
  paragraph: number;
}

export interface Document {
  /** The text exactly as given; every offset points into it. */
  text: string;
  language: Language;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD or null; relative dates resolve against it. */
  publishedAt: string | null;
  /** The parts of the text that are the article body (title, byline, related links, share lines excluded). */
  body: Span[];
  /** Sentences of the body, in text order. */
  sentences: Sentence[];
}

/** One attribution as a language module finds it; assemble.ts turns it into an ExtractedStatement. */
export interface DraftStatement {
  /** Actor id (registered in the registry) or null when the source stays unresolved. */
  speaker: string | null;
  /** The words naming the speaker, as written (may be a pronoun's antecedent text). */
  speakerText: string | null;
  /** The cue as written ("قال", "denied", "according to"). */
  cue: string;
  cueType: CueType;
  /** Offsets of the content in Document.text; content = text.slice(...contentSpan) after trimming. */
  contentSpan: Span;
  direct: boolean;
  about: string[];
  addressees: string[];
  via: string[];
  /**
   * YYYY-MM-DD when the language module already resolved the date; undefined lets assemble.ts look
   * for a relative date expression in the attribution span (dates.ts); null means "no date".
   */
  date?: string | null;
  /** The whole attribution (speaker + cue + content) in Document.text. */
  span: Span;
  /** Index, in the returned array, of the statement this one is nested in. */
  parentIndex?: number | null;
}

export interface LanguageExtractor {
  language: Language;
  /** Optional extra actor recognition (titles, roles, new names) before statements are found. */
  findActors?(doc: Document, registry: ActorRegistry): void;
  findStatements(doc: Document, registry: ActorRegistry): DraftStatement[];
}
