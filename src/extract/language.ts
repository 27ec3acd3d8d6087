// Arabic or English, decided by letter counts (script) and, for Latin text, by English function
// words, so French or Spanish is refused instead of producing garbage.
import type { Language } from './types.ts';
import { ExtractionError } from './errors.ts';

const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'said', 'was', 'he', 'it',
  'as', 'at', 'by', 'his', 'be', 'are', 'from', 'has', 'have', 'not', 'this', 'an', 'they', 'who',
  'would', 'will', 'were', 'but', 'had', 'their', 'which', 'been', 'she', 'her', 'its', 'or', 'we',
]);

/** How many characters are sampled: detection never needs the whole of a 20 MB text. */
const SAMPLE = 20_000;

export interface LanguageGuess {
  language: Language | null;
  arabicLetters: number;
  latinLetters: number;
  otherLetters: number;
}

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) {
      if (/\p{L}/u.test(ch)) arabic++;
    } else if (c > 0x7f && /\p{L}/u.test(ch)) other++;
  }
  const letters = arabic + latin + other;
  let language: Language | null = null;
  if (letters >= 2) {
    if (arabic / letters >= 0.4) language = 'ar';
    else if (latin / letters >= 0.6) {
      const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
      const hits = words.filter((w) => ENGLISH_WORDS.has(w)).length;
      // Short English snippets ("Putin said") still pass; long non-English Latin text does not.
      if (words.length < 4 ? hits >= 1 || words.length <= 2 : hits / words.length >= 0.12) language = 'en';
    }
  }
  return { language, arabicLetters: arabic, latinLetters: latin, otherLetters: other };
}

/** The language to extract with: the requested one, or the detected one; throws when neither fits. */
export function detectLanguage(text: string, requested: Language | 'auto' = 'auto'): Language {
  if (requested === 'ar' || requested === 'en') return requested;
  if (text.trim().length === 0) throw new ExtractionError('EMPTY_INPUT', 'empty text: nothing to extract');
  const guess = guessLanguage(text);
  if (!guess.language) {
    throw new ExtractionError('UNSUPPORTED_LANGUAGE', 'unsupported language: only Arabic (ar) and English (en) texts can be extracted');
  }
  return guess.language;
}
