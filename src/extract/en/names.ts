// English actor recognition beyond the gazetteer: people introduced with a title or role
// ("Defense Secretary Ash Carter", "spokesman Lu Kang", "Sen. Ted Cruz"), capitalised name
// sequences with person evidence (a known first name, a middle initial), organisations named with
// an organisation word, and later short mentions ("Mr. Lou", "Carter") of those people.
import type { ActorRegistry } from '../actors.ts';
import type { Token } from './tokens.ts';
import {
  CAPITAL_STOPWORDS, FEMALE_NAMES, ROLE_NOUNS, HONORIFIC_GENDER, MALE_NAMES, NAME_TITLES, ORG_WORDS, PERSON_TITLES,
} from './lexicon.ts';
import { genderOfFirstName, isFirstName, type Gender } from './first-names.ts';

export { genderOfFirstName, type Gender };

/** What the English side learns about actors in one article (gender, titles) for coreference. */
export interface ActorFacts {
  /** YYYY-MM-DD of the article, to pick who held a role then ("the Russian president"). */
  publishedAt?: string | null;
  gender: Map<string, Gender>;
  /** Lower-cased role words an actor was introduced with ("secretary", "minister"), by actor id. */
  titles: Map<string, Set<string>>;
}

const PARTICLES = new Set(['bin', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'del', 'di', 'ibn', 'abu', 'du', 'st.']);

const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
const isCapWord = (t: Token) => t.kind === 'word' && t.cap && !/^\p{Lu}{2,}$/u.test(t.text.replace(/\./g, '')) || (t.kind === 'word' && t.cap && t.text.length <= 4 && /\./.test(t.text));

/** Finds runs of capitalised words ("Jacob J. Lew", "Secretary of State John Kerry"). */
export function capitalRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.cap) {
      let e = k + 1;
      while (e < tokens.length) {
        const u = tokens[e]!;
        if (u.kind === 'word' && (u.cap || isInitial(u))) { e++; continue; }
        // "of" / particles inside a name when a capitalised word follows.
        const v = tokens[e + 1];
        if (u.kind === 'word' && (u.lower === 'of' || PARTICLES.has(u.lower)) && v && v.kind === 'word' && v.cap && u.end + 1 >= u.start) { e += 2; continue; }
        if (u.kind === 'punct' && u.text === '-' && v && v.cap && u.start === tokens[e - 1]!.end) { e += 2; continue; }
        break;
      }
      runs.push([k, e]);
      k = e;
    } else k++;
  }
  return runs;
}

// The registry's demonym look-up walks every actor; English asks for many words, so remember answers.
const demonymCache = new WeakMap<ActorRegistry, Map<string, string | undefined>>();
export function demonymState(registry: ActorRegistry, word: string): string | undefined {
  let cache = demonymCache.get(registry);
  if (!cache) demonymCache.set(registry, (cache = new Map()));
  const key = word.toLowerCase();
  if (cache.has(key)) return cache.get(key);
  // Only capitalised adjectives can be demonyms in English ("Chinese", "Russian").
  const st = /^\p{Lu}/u.test(word) || /^[a-z]/.test(word) ? registry.stateByDemonym(word) : undefined;
  cache.set(key, st);
  return st;
}

/**
 * A first name as person evidence: the curated news names always; the long lists only where the
 * tagger reads the word as a proper noun, since they hold words like "May", "Will" and "Grant".
 */
function firstNameEvidence(t: Token): boolean {
  if (FEMALE_NAMES.has(t.lower) || MALE_NAMES.has(t.lower)) return true;
  return t.pos === 'PROPN' && isFirstName(t.text);
}

export function newFacts(publishedAt: string | null = null): ActorFacts {
  return { publishedAt, gender: new Map(), titles: new Map() };
}

function noteTitle(facts: ActorFacts, id: string, words: string[]): void {
  if (words.length === 0) return;
  const s = facts.titles.get(id) ?? new Set<string>();
  for (const w of words) s.add(w.toLowerCase().replace(/\.$/, ''));
  facts.titles.set(id, s);
}

function noteGender(facts: ActorFacts, id: string, g: Gender): void {
  if (g && !facts.gender.get(id)) facts.gender.set(id, g);
}

/**
 * Person evidence after a name: an age (", 67,") or an apposition whose head is a person noun
 * (", the director of the clinic," ", a hydrologist at ...").
 */
const PERSON_NOUN = /(?:er|or|ist|ian|man|woman|ant|ent|ee|ive|ic)$/;

function personApposition(tokens: Token[], e: number): boolean {
  if (tokens[e]?.text !== ',') return false;
  const next = tokens[e + 1];
  if (!next) return false;
  if (/^\d{1,3}$/.test(next.text) && tokens[e + 2]?.text === ',') return true;
  if (!/^(a|an|the)$/.test(next.lower)) return false;
  for (let k = e + 2; k < Math.min(tokens.length, e + 8); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.pos === 'ADP') break;
    if (!t.cap && !ORG_WORDS.has(t.lower) && (NAME_TITLES.has(t.lower) || (ROLE_NOUNS.has(t.lower) && PERSON_NOUN.test(t.lower)))) return true;
  }
  return false;
}

/** How far back (characters) a short name looks for the full name it stands for. */
const FULL_NAME_LOOKBACK = 40_000;

/**
 * The person named earlier (before `at`) whose full name ends with these words: "Suu Kyi" after
 * "Aung San Suu Kyi", "Hardy" after "Paul Hardy". The latest such mention wins.
 */
export function fullerName(registry: ActorRegistry, words: string, at: number): string | null {
  // Within one article's reach: the look-up stays cheap on very long texts.
  const m = registry.mentionsWithin(Math.max(0, at - FULL_NAME_LOOKBACK), at).reverse().find((x) => {
    const p = registry.get(x.actor);
    return p?.kind === 'PERSON' && !p.scope && p.name.length > words.length && p.name.endsWith(` ${words}`);
  });
  return m?.actor ?? null;
}

/**
 * Recognises people and organisations in the body and records their mentions in the registry.
 * `facts` collects gender and titles for later pronoun and role resolution.
 */
export function findEnglishActors(text: string, tokens: Token[], registry: ActorRegistry, facts: ActorFacts, inBody: (offset: number) => boolean = () => true): void {
  const runs = capitalRuns(tokens).filter(([s]) => inBody(tokens[s]!.start));
  const looked = new Map<string, string[]>();
  const lookup = (name: string) => {
    let ids = looked.get(name);
    if (!ids) looked.set(name, (ids = registry.lookupName(name)));
    return ids;
  };
  const people: Array<{ id: string; parts: string[] }> = [];
  /** Capitalised runs that looked like names but had no person evidence (yet). */
  const unproven: Array<{ parts: string[]; start: number; end: number }> = [];
  for (const [s, runEnd] of runs) {
    let e = runEnd;
    let a = s;
    const titleWords: string[] = [];
    // Sentence-initial function words ("But", "The") are not part of a name.
    while (a < e && CAPITAL_STOPWORDS.has(tokens[a]!.lower)) a++;
    const prev = tokens[s - 1];
    const prevTitle = prev && prev.kind === 'word' && !prev.cap && NAME_TITLES.has(prev.lower) ? prev.lower : null;
    if (prevTitle) titleWords.push(prevTitle);
    // Leading titles: "Defense Secretary", "Sen.", "Secretary of State", "Rear Admiral".
    let b = a;
    while (b < e - 1 && (PERSON_TITLES.has(tokens[b]!.lower) || (tokens[b]!.lower === 'of' && b > a) || (b === a && demonymState(registry, tokens[b]!.text)))) b++;
    // A title of its own words before a first name ("Maricopa County Recorder Helen Purcell"):
    // the name starts at the first name, when what is before it is no first name itself.
    if (e - b >= 3 && !firstNameEvidence(tokens[b]!)) {
      for (let j = Math.max(b + 1, e - 3); j <= e - 2; j++) {
        const before = tokens.slice(b, j);
        if (before.some((t) => isInitial(t) || t.kind !== 'word') || tokens.slice(j, e).some((t) => ORG_WORDS.has(t.lower))) continue;
        if (tokens[j]!.kind === 'word' && firstNameEvidence(tokens[j]!)) { b = j; break; }
      }
    }
    if (b > a) for (let k = a; k < b; k++) titleWords.push(tokens[k]!.lower);
    if (a >= e) continue;
    // A lone capitalised word with no title ("Beijing", "Trump") is the gazetteer's or the
    // short-name pass's business: nothing to learn here (and this keeps the loop cheap).
    if (e - b === 1 && titleWords.length === 0) continue;
    let nameToks = tokens.slice(b, e).filter((t) => t.kind === 'word');
    if (nameToks.length === 0) continue;
    // "Marco Rubio of Florida", "Bernie Sanders of Vermont": a person and the place they
    // represent; the name ends before "of".
    const of = nameToks.findIndex((t) => t.lower === 'of');
    if (of >= 2 && firstNameEvidence(nameToks[0]!) && !nameToks.some((t) => ORG_WORDS.has(t.lower))) {
      e = nameToks[of]!.i;
      nameToks = nameToks.slice(0, of);
    }
    const lowerWords = tokens.slice(a, e).map((t) => t.lower);
    const hasOrgWord = lowerWords.some((w) => ORG_WORDS.has(w));
    const name = text.slice(tokens[b]!.start, tokens[e - 1]!.end);
    const known = lookup(name);
    if (known.length > 0) {
      const id = known[0]!;
      noteTitle(facts, id, titleWords);
      for (const w of titleWords) noteGender(facts, id, (HONORIFIC_GENDER.get(w) ?? '') as Gender);
      registry.addMention(id, [tokens[b]!.start, tokens[e - 1]!.end]);
      continue;
    }
    if (hasOrgWord && titleWords.length === 0) {
      // "Top Republican Party donor Sheldon Adelson": a modifier of a role, not an organisation.
      const after = tokens[e];
      const modifier = after && after.kind === 'word' && !after.cap && ROLE_NOUNS.has(after.lower);
      if (e - a >= 2 && a === s && !modifier) {
        const orgName = text.slice(tokens[a]!.start, tokens[e - 1]!.end);
        if (registry.lookupName(orgName).length === 0) {
          const actor = registry.register({ name: orgName, kind: 'ORGANIZATION' });
          registry.addMention(actor.id, [tokens[a]!.start, tokens[e - 1]!.end]);
        }
      }
      continue;
    }
    if (nameToks.some((t) => ORG_WORDS.has(t.lower))) continue;
    // The last words of a person named in full earlier ("Aung San Suu Kyi" ... "Suu Kyi"): the same person.
    const fuller = nameToks.length >= 2 ? fullerName(registry, text.slice(nameToks[0]!.start, nameToks[nameToks.length - 1]!.end), nameToks[0]!.start) : null;
    if (fuller) {
      registry.addMention(fuller, [nameToks[0]!.start, nameToks[nameToks.length - 1]!.end]);
      continue;
    }
    const first = nameToks[0]!.text;
    const knownFirst = firstNameEvidence(nameToks[0]!);
    const firstGender = knownFirst ? genderOfFirstName(first) : '';
    const hasInitial = nameToks.some(isInitial);
    // Place names and party words before a name ("Texas", "Republican") are not titles on their own.
    const realTitle = titleWords.some((w) => NAME_TITLES.has(w) || NAME_TITLES.has(w.replace(/\.$/, '')) || HONORIFIC_GENDER.has(w));
    const evidence = realTitle || knownFirst || (hasInitial && nameToks.length >= 2) || (nameToks.length >= 2 && personApposition(tokens, e));
    if (!evidence || nameToks.length > 4) {
      if (nameToks.length >= 2 && nameToks.length <= 5) unproven.push({ parts: nameToks.map((t) => t.text), start: nameToks[0]!.start, end: nameToks[nameToks.length - 1]!.end });
      continue;
    }
    if (nameToks.length === 1 && titleWords.every((w) => !HONORIFIC_GENDER.has(w) && !/^(sen|rep|gov|gen|dr|president|senator|governor|secretary|minister|spokesman|spokeswoman|rabbi|admiral)$/.test(w.replace(/\.$/, '')))) continue;
    if (nameToks.length === 1) {
      // "Mr. Lou": a short mention of someone named earlier, or a person known only by surname.
      const short = nameToks[0]!;
      const target = people.findLast((p) => p.parts.includes(short.text));
      // "Mr. Lew" after "Jacob J. Lew" (a gazetteer person named in full): the same person.
      const id = target?.id ?? fullerName(registry, short.text, short.start) ?? registry.register({ name: short.text, kind: 'PERSON' }).id;
      for (const w of titleWords) noteGender(facts, id, (HONORIFIC_GENDER.get(w) ?? '') as Gender);
      registry.addMention(id, [short.start, short.end]);
      continue;
    }
    const surname = nameToks[nameToks.length - 1]!.text;
    // Named in full earlier without evidence ("Aung San Suu Kyi's allies" ... "Suu Kyi, 70,"):
    // the person takes the full name, and the earlier words are a mention of them.
    const parts = nameToks.map((t) => t.text);
    const full = nameToks.length >= 2 ? unproven.find((u) => u.parts.length > parts.length && parts.every((w, i) => u.parts[u.parts.length - parts.length + i] === w)) : undefined;
    const fullName = full ? text.slice(full.start, full.end) : name;
    const actor = registry.register({ name: fullName, kind: 'PERSON', aliases: full ? [name, surname] : [surname] });
    people.push({ id: actor.id, parts: full ? full.parts : parts });
    if (full) registry.addMention(actor.id, [full.start, full.end]);
    registry.addMention(actor.id, [tokens[b]!.start, tokens[e - 1]!.end]);
    noteTitle(facts, actor.id, titleWords);
    noteGender(facts, actor.id, firstGender);
    for (const w of titleWords) noteGender(facts, actor.id, (HONORIFIC_GENDER.get(w) ?? '') as Gender);
  }
  // Gazetteer people: gender from their first name, when the lists know it.
  for (const m of registry.mentions()) {
    const a = registry.get(m.actor);
    if (a?.kind === 'PERSON' && !facts.gender.get(a.id)) noteGender(facts, a.id, genderOfFirstName(a.name.split(/\s+/)[0] ?? ''));
  }
  // Honorifics before a known person's mention ("Mrs. Clinton") fix the gender.
  for (let k = 0; k + 1 < tokens.length; k++) {
    const g = HONORIFIC_GENDER.get(tokens[k]!.lower);
    if (!g) continue;
    const next = tokens[k + 1]!;
    const ids = lookup(next.text);
    if (ids.length > 0) noteGender(facts, ids[0]!, g as Gender);
  }
  // Later short mentions of the people registered here ("Carter", "Mr. Lou"): surnames, and a
  // first part when the text uses it with an honorific (Chinese order: "Lou Jiwei" -> "Mr. Lou").
  const short = new Map<string, string>();
  for (const p of people) {
    short.set(p.parts[p.parts.length - 1]!, p.id);
  }
  // Gazetteer people named in full in this text: their surname alone refers to them too
  // ("Josh Earnest" ... "Earnest said"), even where the gazetteer avoids listing it.
  const ambiguous = new Set<string>();
  for (const m of registry.mentions()) {
    const a = registry.get(m.actor);
    if (a?.kind !== 'PERSON' || !inBody(m.start)) continue;
    const parts = text.slice(m.start, m.end).split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    if (!/^\p{Lu}/u.test(last)) continue;
    const prior = short.get(last);
    if (prior && prior !== a.id) ambiguous.add(last);
    else short.set(last, a.id);
  }
  for (const w of ambiguous) short.delete(w);
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!HONORIFIC_GENDER.has(tokens[k]!.lower)) continue;
    const next = tokens[k + 1]!;
    const p = people.find((x) => x.parts.length === 2 && x.parts[0] === next.text);
    if (p && !short.has(next.text)) short.set(next.text, p.id);
  }
  if (short.size === 0) return;
  for (const t of tokens) {
    if (!t.cap || t.kind !== 'word') continue;
    const id = short.get(t.text);
    if (id && inBody(t.start) && standsAlone(tokens, t.i)) registry.addMention(id, [t.start, t.end]);
  }
}

/**
 * A surname stands for its person only as a name of its own ("Carter said", "Sen. Brown"), not
 * inside a longer name ("the National Golf Foundation" is no mention of "Billy Casper Golf").
 */
function standsAlone(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const capWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.cap;
  if (next && capWord(next) && next.start - tokens[k]!.end <= 1) return false;
  // A capitalised function word before it ("Neither Cho", "But Carter") or a title is no name part.
  const namePart = (t: Token) => /^(PROPN|NOUN|ADJ|NUM)$/.test(t.pos) && !NAME_TITLES.has(t.lower) && !PERSON_TITLES.has(t.lower) && !HONORIFIC_GENDER.has(t.lower) && !CAPITAL_STOPWORDS.has(t.lower);
  if (prev && capWord(prev) && tokens[k]!.start - prev.end <= 1 && namePart(prev)) return false;
  return true;
}

export { isCapWord };
