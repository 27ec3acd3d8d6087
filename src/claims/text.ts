// The words of a report, as the claim matcher compares them.
//
//   contentWords(text, language) -> string[]   folded, light-stemmed content words, in order
//   numbersIn(text) -> string[]                 the numerals (Arabic-Indic digits read as ASCII), sorted, unique
//   isNegated(text, language) -> boolean        an odd number of negation words
//   anchorTerms(text, language) -> string[]     language-free anchors named in the text (months,
//                                               places: data/anchors.json), as ids, sorted, unique
//
// Folding is the extractor's (src/extract/normalize.ts): a name spelled أ/ا or ى/ي matches however
// the outlet wrote it. Stemming is deliberately light (Arabic conjunction and article prefixes,
// English plural s): outlets carrying one utterance change its wording a little, not its roots.
import { foldKey } from '../extract/normalize.ts';
import type { Language } from '../extract/types.ts';
import words from './data/words.json' with { type: 'json' };
import anchors from './data/anchors.json' with { type: 'json' };

const STOP: Record<Language, Set<string>> = { ar: new Set(words.ar.stop), en: new Set(words.en.stop) };
const NEGATION: Record<Language, Set<string>> = { ar: new Set(words.ar.negation), en: new Set(words.en.negation) };

/** Arabic-Indic and Extended Arabic-Indic digits as ASCII; digit group separators dropped. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 48))
    .replace(/(\d)[,\u066C](?=\d{3}\b)/gu, '$1')
    .replace(/(\d)\u066B(?=\d)/gu, '$1.');
}

function rawTokens(text: string, language: Language): string[] {
  let folded = foldKey(asciiDigits(text));
  // "won't", "didn't": the negation is a word of its own.
  if (language === 'en') folded = folded.replace(/n't\b/gu, ' not');
  return folded.split(/[^\p{L}\p{N}.]+|(?<!\d)\.|\.(?!\d)/u).filter((t) => t.length > 0);
}

// و (and), ف (so), ب/ل (with/for) before the article ال: "والرئيس", "بالاتفاق", "للحكومة".
const AR_PREFIX = /^(?:[وف]?(?:ال|بال|كال|لل)|[وف](?=\S{3,}))/u;
// Dual/plural/feminine endings that vary between outlets reporting the same words.
const AR_SUFFIX = /(?:ين|ون|ان|ات|ه|ها|هم)$/u;

function stemArabic(token: string): string {
  let t = token;
  if (t.length > 4) t = t.replace(AR_PREFIX, '');
  if (t.length > 4) t = t.replace(AR_SUFFIX, '');
  return t;
}

function stemEnglish(token: string): string {
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

export function contentWords(text: string, language: Language): string[] {
  const stop = STOP[language];
  const out: string[] = [];
  for (const token of rawTokens(text, language)) {
    if (stop.has(token) || NEGATION[language].has(token)) continue;
    if (/^\d/u.test(token)) {
      out.push(token);
      continue;
    }
    const stem = language === 'ar' ? stemArabic(token) : stemEnglish(token);
    if (stem.length < 2 || stop.has(stem)) continue;
    out.push(stem);
  }
  return out;
}

export function numbersIn(text: string): string[] {
  const found = asciiDigits(text).match(/\d+(?:\.\d+)?/gu) ?? [];
  return [...new Set(found.map((n) => n.replace(/^0+(?=\d)/u, '')))].sort();
}

export function isNegated(text: string, language: Language): boolean {
  let count = 0;
  for (const token of rawTokens(text, language)) if (NEGATION[language].has(token)) count++;
  return count % 2 === 1;
}

/** Folded name (words joined by one space) -> anchor id, per language; and the longest name in words. */
const ANCHOR_NAMES: Record<Language, Map<string, string>> = { ar: new Map(), en: new Map() };
let longestName = 1;
for (const entry of [...anchors.months, ...anchors.places]) {
  for (const language of ['ar', 'en'] as const) {
    for (const name of entry[language]) {
      const key = rawTokens(name, language).join(' ');
      ANCHOR_NAMES[language].set(key, entry.id);
      longestName = Math.max(longestName, key.split(' ').length);
    }
  }
}

// An Arabic word may carry one proclitic before a name: "بجنيف" (in Geneva), "والحديدة".
const AR_PROCLITIC = /^[وفبل](?=\S{3,})/u;

export function anchorTerms(text: string, language: Language): string[] {
  const names = ANCHOR_NAMES[language];
  const tokens = rawTokens(text, language);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const heads = language === 'ar' ? [...new Set([tokens[i]!, tokens[i]!.replace(AR_PROCLITIC, '')])] : [tokens[i]!];
    for (const head of heads) {
      for (let n = 1; n <= longestName && i + n <= tokens.length; n++) {
        const id = names.get([head, ...tokens.slice(i + 1, i + n)].join(' '));
        if (id) found.add(id);
      }
    }
  }
  return [...found].sort();
}
