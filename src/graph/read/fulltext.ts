// Full-text (Lucene) query strings built from user text. The text always travels as a Cypher
// parameter; escaping here only keeps Lucene's own syntax (AND, quotes, wildcards) from turning a
// search for `C++ "news"` into a parse error or a different question.
import type { Language } from '../../extract/types.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneEscape(text: string): string {
  return text.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/** Every word must occur (any order): the escaped words joined with AND. Null when no word is left. */
export function allWordsQuery(text: string): string | null {
  const words = text
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map(luceneEscape)
    // Lowercase boolean keywords would be words, uppercase ones operators: quote every word.
    .map((w) => `"${w}"`);
  return words.length > 0 ? words.join(' AND ') : null;
}

/** The words as one phrase. Null when empty. */
export function phraseQuery(text: string): string | null {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  return trimmed.length > 0 ? `"${luceneEscape(trimmed)}"` : null;
}

const ARABIC = /[\u0600-\u06FF]/u;

/** Which analyzer reads this text best: Arabic script -> 'ar', else 'en'. */
export function analyzerLanguage(text: string): Language {
  return ARABIC.test(text) ? 'ar' : 'en';
}

export const ACTOR_INDEX: Record<Language, string> = { ar: 'actor_names_ar', en: 'actor_names_en' };
export const STATEMENT_INDEX: Record<Language, string> = { ar: 'statement_content_ar', en: 'statement_content_en' };
