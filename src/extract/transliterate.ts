// Arabic names in Latin script, for the ids of actors first seen in Arabic: "هشام مروة" gets the
// id hisham-marwa, the id an English article's "Hisham Marwa" gets, so both meet in one node.
//
// Why a table and not a library: the npm transliterators (any-ascii, transliteration,
// arabic-name-to-en) map letter by letter and Arabic does not write short vowels, so they give
// "hshm mrwh" / "Hsham Maroah" — never the spelling English news uses. bench/transliteration.ts
// measures it (built-in people of Arab states, leave one out): the table gives the English name's
// id for 39.5%, each of the three libraries for 0% (src/extract/data/names/README.md). Names
// are a small, repetitive vocabulary, so a word table does better: common name words
// (data/names/arabic-latin.json) plus every word pair the gazetteer's Arabic and English names
// line up on (كاميرون -> cameron), and a letter fallback for the rest.
import table from './data/names/arabic-latin.json' with { type: 'json' };
import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';
import { ARABIC_LETTER, foldKey } from './normalize.ts';

const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3]+/g;
const LETTERS: Record<string, string> = Object.fromEntries(Object.entries(table.letters).map(([k, v]) => [foldKey(k), v]));
/** Lower-case in a romanised name, as English news writes them (Mohammed bin Salman). */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al']);
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى']);

/** Arabic words of a name, folded, with عبد/أبو joined to the word after (عبد الله = عبدالله). */
function arabicUnits(name: string): string[] {
  const words = foldKey(name).match(ARABIC_WORD) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'عبد' || w === 'ابو') && words[i + 1]) out.push(w + words[++i]!);
    else out.push(w);
  }
  return out;
}

function latinWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s]+/)
    .map((w) => w.replace(/[^a-z'-]/g, '').replace(/'/g, ''))
    .filter(Boolean);
}

/**
 * Word pairs from people whose Arabic and English names have as many words, most votes first.
 * People only: an organisation's or a state's English name is a translation ("وزارة الخارجية" /
 * "Foreign Ministry"), and pairing its words would teach the table that وزارة is "foreign".
 */
export function wordPairs(entries: readonly GazetteerEntry[]): Map<string, Map<string, number>> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (e.kind !== 'PERSON') continue;
    for (const ar of e.names.ar ?? []) {
      const units = arabicUnits(ar);
      for (const en of e.names.en ?? []) {
        const latin = latinWords(en);
        if (latin.length !== units.length) continue;
        units.forEach((u, i) => {
          const byLatin = votes.get(u) ?? new Map<string, number>();
          byLatin.set(latin[i]!, (byLatin.get(latin[i]!) ?? 0) + 1);
          votes.set(u, byLatin);
        });
      }
    }
  }
  return votes;
}

/** The word table: the curated words, except where the gazetteer spells a word its own way twice or more. */
export function buildWordTable(entries: readonly GazetteerEntry[]): Map<string, string> {
  const words = new Map<string, string>();
  const best = new Map<string, [string, number]>();
  for (const [unit, byLatin] of wordPairs(entries)) {
    best.set(unit, [...byLatin].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!);
  }
  for (const [unit, [latin]] of best) words.set(unit, latin);
  for (const [ar, latin] of Object.entries(table.words)) {
    const key = foldKey(ar);
    if ((best.get(key)?.[1] ?? 0) < 2) words.set(key, latin);
  }
  return words;
}

/** Letter by letter, guessing the one short vowel Arabic most often leaves out (after the first consonant). */
function byLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    const last = i === word.length - 1;
    if (ch === 'ه' && last && i > 0 && word[i - 1] !== 'ل') out += 'a'; // folded taa marbuta
    else if (ch === 'و') out += i === 0 || (next && VOWEL_LETTERS.has(next)) ? 'w' : 'ou';
    else if (ch === 'ي') out += i === 0 || (next && VOWEL_LETTERS.has(next)) ? 'y' : 'i';
    else out += LETTERS[ch] ?? '';
    if (i === 0 && !VOWEL_LETTERS.has(ch) && next && !VOWEL_LETTERS.has(next) && ch !== 'ا') out += 'a';
  }
  return out;
}

export class Transliterator {
  private readonly words: Map<string, string>;

  constructor(entries: readonly GazetteerEntry[] = GAZETTEER) {
    this.words = buildWordTable(entries);
  }

  /** One Arabic word (folded), in Latin: the table, the table after ال ("الجبير" -> al-jubeir), or letters. */
  word(unit: string): string {
    const known = this.words.get(unit);
    if (known) return known;
    if (unit.startsWith('ال') && unit.length > 3) {
      const rest = this.words.get(unit.slice(2));
      return `al-${rest ?? byLetters(unit.slice(2))}`;
    }
    if (unit.startsWith('عبد') && unit.length > 4) return `abd-${this.word(unit.slice(3))}`;
    if (unit.startsWith('ابو') && unit.length > 4) return `abu-${this.word(unit.slice(3))}`;
    return byLetters(unit);
  }

  /** The name in Latin script, words capitalised ("هشام مروة" -> "Hisham Marwa"); Latin text is kept. */
  name(name: string): string {
    if (!ARABIC_LETTER.test(name)) return name;
    return arabicUnits(name)
      .map((u) => this.word(u))
      .filter(Boolean)
      .map((w) => (PARTICLES.has(w) ? w : w.replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/^Al-/, 'al-')))
      .join(' ');
  }
}

let shared: Transliterator | null = null;
/** The Latin form of an Arabic name with the built-in gazetteer's table (built on first use). */
export function transliterate(name: string): string {
  shared ??= new Transliterator();
  return shared.name(name);
}
