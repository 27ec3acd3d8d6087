// How often an Arabic name, transliterated, gives the id an English article gives the same person:
// every built-in person with both an Arabic and an English name, each transliterated by a table
// built WITHOUT that person (leave one out: the table learns word pairs from the gazetteer, so
// testing on a person it learned from would flatter it). The npm transliterators are measured the
// same way when installed (they are not dependencies: `npm install --no-save any-ascii
// transliteration arabic-name-to-en` first).
//
//   node --import tsx bench/transliteration.ts
import { createRequire } from 'node:module';
import { slugify } from '../src/extract/actors.ts';
import { GAZETTEER } from '../src/extract/gazetteer.ts';
import { Transliterator } from '../src/extract/transliterate.ts';

// People of Arab states: the names an Arabic-first actor mostly has (foreign names written in
// Arabic, فلاديمير بوتين, are reported apart: no table guesses their vowels).
const ARAB_STATES = new Set(['syria', 'saudi-arabia', 'palestine', 'egypt', 'jordan', 'qatar', 'united-arab-emirates', 'lebanon', 'iraq', 'yemen']);
const everyone = GAZETTEER.filter((e) => e.kind === 'PERSON' && e.names.ar?.length && e.names.en?.length);
let people = everyone;
const latinSlug = (s: string) => slugify(s.replace(/[\u0600-\u06FF]/gu, ''));

function score(name: string, romanise: (entryIndex: number, arabic: string) => string): void {
  let exact = 0;
  const misses: string[] = [];
  people.forEach((e, i) => {
    const targets = new Set(e.names.en!.map(latinSlug));
    const got = latinSlug(romanise(i, e.names.ar![0]!));
    if (targets.has(got)) exact++;
    else if (misses.length < 5) misses.push(`${e.names.ar![0]} -> ${got} (want ${e.names.en![0]})`);
  });
  console.log(`${name.padEnd(22)} ${exact}/${people.length} = ${((100 * exact) / people.length).toFixed(1)}%   e.g. ${misses.slice(0, 3).join('; ')}`);
}

const require = createRequire(import.meta.url);
const optional = (id: string) => {
  try {
    return require(id);
  } catch {
    return null;
  }
};
const anyAscii = optional('any-ascii');
const translit = optional('transliteration');
const arabicNameToEn = optional('arabic-name-to-en');

for (const [label, group] of [
  ['people of Arab states', everyone.filter((e) => e.state && ARAB_STATES.has(e.state))],
  ['other people', everyone.filter((e) => !e.state || !ARAB_STATES.has(e.state))],
] as const) {
  people = group;
  console.log(`\n${label}: ${people.length} built-in people; share whose Arabic name gives the English name's id`);
  score('claimgraph (table)', (i, ar) => new Transliterator(GAZETTEER.filter((e) => e !== people[i])).name(ar));
  if (anyAscii) score('any-ascii', (_, ar) => (anyAscii.default ?? anyAscii)(ar));
  if (translit) score('transliteration', (_, ar) => translit.transliterate(ar));
  if (arabicNameToEn) score('arabic-name-to-en', (_, ar) => arabicNameToEn(ar));
}
if (!anyAscii && !translit && !arabicNameToEn) console.log('\n(npm transliterators not installed: see the header to compare)');
