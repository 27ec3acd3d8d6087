// Described speakers: a noun phrase that describes its source instead of naming it ("the
// moderator", "a congressional report", "several supporters of reform", "many"). When no named
// actor answers for it, it becomes an actor of its own, scoped to the article (`scope: 'article'`:
// every article's "the lawsuit" is its own node), describing the actors named inside it ("a
// producer for Yahoo Studios" describes Yahoo Studios) and, for a definite description, the one
// it refers back to ("the senator" -> the person introduced as Sen.). Repeated descriptions of one
// referent ("the report" ... "the report") share one id.
// Also here: the person in focus after a sentence (unitSubject, for pronouns), coordinated named
// subjects (coordinatedSpeaker) and pronouns that point forward (forwardSubject).
import type { ActorKind } from '../types.ts';
import { slugify, type ActorRegistry } from '../actors.ts';
import data from '../data/en/coref.json' with { type: 'json' };
import type { Token } from './tokens.ts';
import type { ActorFacts } from './names.ts';
import type { Salience } from './speakers.ts';
import { GROUP_NOUNS, NAME_TITLES, ORG_WORDS, PERSON_TITLES, PRONOUNS, ROLE_NOUNS, TIME_WORDS, WEEKDAYS } from './lexicon.ts';

const DOCUMENT_NOUNS = new Set(data.documentNouns);
const QUANTIFIERS = new Set(data.quantifiers);
const PHRASE_STOPS = new Set(data.phraseStops);
const PARTY_NOUNS = new Set(data.partyNouns);
const TITLE_WORDS = new Map(Object.entries(data.titleWords).filter(([k]) => !k.startsWith('_')) as Array<[string, string]>);
const ROLE_SYNONYMS = new Map(Object.entries(data.roleSynonyms).filter(([k]) => !k.startsWith('_')) as Array<[string, string[]]>);

/** Whether an actor introduced with these title words can be "the <role>" later. */
function hasRole(titles: ReadonlySet<string> | undefined, role: string): boolean {
  if (!titles) return false;
  const accepted = new Set([role, ...(ROLE_SYNONYMS.get(role) ?? [])]);
  for (const t of titles) if (accepted.has(t) || accepted.has(TITLE_WORDS.get(t) ?? TITLE_WORDS.get(`${t}.`) ?? '')) return true;
  return false;
}
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Longest description kept (in words); the central name check allows no more than 8. */
const MAX_WORDS = 8;
/** Among how many of the people last in focus "the senator" looks for one introduced as a senator. */
const ROLE_WINDOW = 3;
/** How far back (characters) "the company" looks for the organisation it refers to. */
const ORG_LOOKBACK = 3000;
const PERSON_SUFFIX = /(?:er|or|ist|ian|man|woman|person|ant|ent)$/;

/** A common noun; capitalised only as the phrase's first word ("Critics said") or a party noun ("the Republican"). */
const isNounLike = (t: Token, first: boolean) => t.kind === 'word' && (!t.cap || first || PARTY_NOUNS.has(t.lower)) && (PARTY_NOUNS.has(t.lower) || t.pos === 'NOUN' || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower));

/** The words of tokens[a..b) that form the description: up to a clause, an aside or an apposition. */
function descriptionEnd(tokens: Token[], a: number, b: number): number {
  let e = a;
  while (e < b) {
    const t = tokens[e]!;
    if (t.kind !== 'word') break;
    // A verb ends the phrase; a capitalised "verb" is part of a name ("The Associated Press").
    if (e > a && (PHRASE_STOPS.has(t.lower) || (!t.cap && (t.pos === 'VERB' || t.pos === 'AUX')))) break;
    // A time adjunct is no part of the description ("a congressional report on Wednesday").
    if (e > a && t.pos === 'ADP' && tokens[e + 1] && (WEEKDAYS.has(tokens[e + 1]!.lower) || TIME_WORDS.has(tokens[e + 1]!.lower))) break;
    if (e - a >= MAX_WORDS) break;
    e++;
  }
  // Not on a preposition, determiner or conjunction ("a producer for").
  while (e > a && /^(ADP|DET|CCONJ|SCONJ|PART|PRON)$/.test(tokens[e - 1]!.pos) && !QUANTIFIERS.has(tokens[e - 1]!.lower)) e--;
  return e;
}

/**
 * Described and collective speakers are GROUP actors (the contract's convention: "a senior aide",
 * "officials"), organisations named by their common noun ORGANIZATION, documents OTHER.
 */
function kindOf(head: Token): ActorKind {
  const w = head.lower;
  if (ORG_WORDS.has(w)) return 'ORGANIZATION';
  if (DOCUMENT_NOUNS.has(w)) return 'OTHER';
  return 'GROUP';
}

/** A singular noun for one person ("candidate", "neurosurgeon", "spokeswoman"). */
function personHead(head: Token): boolean {
  const w = head.lower;
  if (/[^s]s$/.test(w) || QUANTIFIERS.has(w) || ORG_WORDS.has(w) || DOCUMENT_NOUNS.has(w)) return false;
  return PARTY_NOUNS.has(w) || PERSON_TITLES.has(w) || NAME_TITLES.has(w) || ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || PERSON_SUFFIX.test(w);
}

/**
 * The article-scoped actor for the description tokens[a..b), or null when the words are not a
 * description (a pronoun, a capitalised name, no noun).
 */
/** "the Republican", "the Democrat": a party member described by the party noun. */
export function isPartyDescription(tokens: Token[], a: number, b: number): boolean {
  return b - a === 2 && tokens[a]!.lower === 'the' && PARTY_NOUNS.has(tokens[a + 1]!.lower);
}

export function describedSpeaker(
  text: string, tokens: Token[], a: number, b: number, registry: ActorRegistry, facts: ActorFacts, salience: Salience,
  alsoDescribes: readonly string[] = [],
): string | null {
  while (a < b && tokens[a]!.kind !== 'word') a++;
  if (a >= b) return null;
  const first = tokens[a]!;
  if (PRONOUNS.has(first.lower) && b - a === 1) return null;
  // Not a noun phrase: it starts with a preposition, a verb or a pronoun ("off the island",
  // "voting in ...", "something ..."), or runs words together as page furniture does ("postsGet").
  const second = tokens[a + 1];
  const verbFirst = first.pos === 'VERB' && (/(?:ing|ed)$/.test(first.lower) || (!!second && /^(ADP|PART|DET|PRON)$/.test(second.pos)));
  const pronounFirst = first.pos === 'PRON' && !POSSESSIVES.has(first.lower) && !QUANTIFIERS.has(first.lower);
  if (verbFirst || pronounFirst || /^(ADP|AUX|SCONJ|CCONJ)$/.test(first.pos)) return null;
  const e = descriptionEnd(tokens, a, b);
  if (e === a) return null;
  const words = tokens.slice(a, e);
  if (words.some((t) => PRONOUNS.has(t.lower) || /\p{Ll}\p{Lu}/u.test(t.text))) return null;
  // The head: the last noun before a preposition ("supporters of reform" -> supporters).
  let head: Token | undefined;
  for (const t of words) {
    if (t.pos === 'ADP' && head) break;
    if (isNounLike(t, t === first) || (QUANTIFIERS.has(t.lower) && !head)) head = t;
  }
  if (!head) return null;
  const from = ARTICLES.has(first.lower) && e - a > 1 ? a + 1 : a;
  const start = tokens[from]!.start;
  const end = tokens[e - 1]!.end;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const describes = [...new Set([...registry.mentionsWithin(tokens[a]!.start, end).map((m) => m.actor), ...alsoDescribes])];
  const kind = kindOf(head);
  /** The person a definite description refers back to: one node per referent ("the candidate" said twice of two people). */
  let referent: string | null = null;
  // "the candidate", "the retired neurosurgeon": a definite singular person description refers
  // back to a person in focus, preferably one introduced with that role word.
  if (personHead(head) && first.lower === 'the' && describes.length === 0) {
    const role = head.lower;
    const at = tokens[a]!.start;
    // Without a matching title, only a bare description refers back ("the businessman"); one with
    // words after its noun ("the employee of four years") introduces someone new.
    const bare = words[words.length - 1] === head;
    const antecedent = salience.lastPerson(at, (id) => hasRole(facts.titles.get(id), role), ROLE_WINDOW) ?? (bare ? salience.lastPerson(at) : null);
    if (antecedent) {
      describes.push(antecedent);
      referent = antecedent;
    }
  }
  // "the company", "the agency": the latest organisation named before, one whose name has the
  // noun first ("the agency" -> "the Environmental Protection Agency").
  if (kind === 'ORGANIZATION' && first.lower === 'the' && describes.length === 0) {
    const before = registry.mentionsWithin(Math.max(0, tokens[a]!.start - ORG_LOOKBACK), tokens[a]!.start).reverse()
      .filter((m) => { const k = registry.get(m.actor)?.kind; return (k === 'ORGANIZATION' || k === 'MEDIA') && !registry.get(m.actor)?.scope; });
    const named = before.find((m) => registry.get(m.actor)!.name.toLowerCase().includes(head.lower)) ?? before[0];
    if (named) describes.push(named.actor);
  }
  const actor = registry.register({
    id: `described-${slugify(name)}${referent ? `-${referent}` : ''}`,
    name,
    kind,
    scope: 'article',
    ...(describes.length ? { describes } : {}),
  });
  registry.addMention(actor.id, [start, end], 'reference');
  return actor.id;
}

/** Words before a name that make it the object of a phrase, not a subject in focus. */
const OBJECT_MARKERS = new Set(['ADP', 'PART']);

/**
 * The person in focus after a sentence, for later pronouns: the first person named outside
 * quotations who is not the object of a preposition ("a former aide to Governor Marsh" keeps the
 * aide in focus; "The morning after the storm, at a shelter, Mayor Ruiz was tired" finds Ruiz past
 * the fronted adverbials).
 */
export function unitSubject(tokens: Token[], first: number, last: number, registry: ActorRegistry): { actor: string; start: number } | null {
  if (first >= last) return null;
  const mentions = registry.mentionsWithin(tokens[first]!.start, tokens[last - 1]!.end);
  if (mentions.length === 0) return null;
  let k = first;
  // Failing a subject, a person in a genitive "of" phrase ("The support of McCain ... while he
  // said"); not one after other prepositions ("speeches for Cruz").
  let fallback: { actor: string; start: number } | null = null;
  for (const m of mentions) {
    const a = registry.get(m.actor);
    if (a?.kind !== 'PERSON' || a.scope) continue;
    while (k < last && tokens[k]!.start < m.start) k++;
    if (k >= last || tokens[k]!.quote >= 0) continue;
    let p = k - 1;
    while (p >= first && tokens[p]!.kind === 'word' && (NAME_TITLES.has(tokens[p]!.lower) || PERSON_TITLES.has(tokens[p]!.lower) || tokens[p]!.cap) && !OBJECT_MARKERS.has(tokens[p]!.pos)) p--;
    const before = p >= first ? tokens[p]! : undefined;
    if (before && before.kind === 'word' && OBJECT_MARKERS.has(before.pos) && before.lower !== "'s") {
      if (before.lower === 'of') fallback ??= { actor: m.actor, start: m.start };
      continue;
    }
    return { actor: m.actor, start: m.start };
  }
  return fallback;
}

const COORDINATORS = new Set(['and', 'nor', 'or', '&']);
const COORDINATION_LEADS = new Set(['neither', 'both', 'either']);

/**
 * "Neither Cruz nor Christie", "Mara Ortega, Paul Vance and Lena Cho": named people coordinated
 * as one subject speak together. The statement has one speaker, so it is a GROUP of them (scoped to
 * the article) that describes each; null when the phrase is not such a coordination.
 */
export function coordinatedSpeaker(text: string, tokens: Token[], a: number, b: number, registry: ActorRegistry): string | null {
  if (b - a < 3) return null;
  const from = COORDINATION_LEADS.has(tokens[a]!.lower) ? a + 1 : a;
  const mentions = registry.mentionsWithin(tokens[from]!.start, tokens[b - 1]!.end).filter((m) => registry.get(m.actor)?.kind === 'PERSON');
  if (mentions.length < 2 || mentions[0]!.start !== tokens[from]!.start || mentions[mentions.length - 1]!.end !== tokens[b - 1]!.end) return null;
  // Between two names only commas and coordinators; one coordinator at least.
  let coordinated = false;
  let k = from;
  for (let i = 0; i < mentions.length; i++) {
    while (k < b && tokens[k]!.end <= mentions[i]!.end) k++;
    const next = mentions[i + 1];
    if (!next) break;
    while (k < b && tokens[k]!.start < next.start) {
      const t = tokens[k]!;
      if (COORDINATORS.has(t.lower)) coordinated = true;
      else if (!(t.kind === 'punct' && t.text === ',')) return null;
      k++;
    }
  }
  const ids = [...new Set(mentions.map((m) => m.actor))];
  if (!coordinated || ids.length < 2) return null;
  const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
  const actor = registry.register({ id: `described-${slugify(name)}`, name, kind: 'GROUP', scope: 'article', describes: ids });
  registry.addMention(actor.id, [tokens[a]!.start, tokens[b - 1]!.end], 'reference');
  return actor.id;
}

/** Subordinators that open a fronted clause whose pronoun may point forward ("After he left, Swanson said"). */
const FRONTED = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'because']);
/** How many tokens a fronted clause may run before its comma. */
const FRONTED_MAX = 30;

/**
 * Cataphora: a pronoun in a fronted subordinate clause with nothing before it to refer to is the
 * subject of the main clause after the comma ("After he blasted the film, Pastor Kevin Swanson
 * set his sights on ..."). Returns that person when `accept` takes it.
 */
export function forwardSubject(tokens: Token[], pronounAt: number, registry: ActorRegistry, accept: (id: string) => boolean): string | null {
  let s = pronounAt - 1;
  while (s >= 0 && pronounAt - s < FRONTED_MAX && tokens[s]!.kind === 'word') s--;
  const opener = tokens[s + 1];
  if (!opener || !FRONTED.has(opener.lower) || (s >= 0 && tokens[s]!.kind !== 'break' && !/^[.!?]$/.test(tokens[s]!.text))) return null;
  let c = pronounAt + 1;
  while (c < tokens.length && c - pronounAt < FRONTED_MAX && !(tokens[c]!.kind === 'punct' && tokens[c]!.text === ',')) {
    if (tokens[c]!.kind === 'break' || /^[.!?;]$/.test(tokens[c]!.text)) return null;
    c++;
  }
  if (c >= tokens.length || tokens[c]!.text !== ',') return null;
  const subject = unitSubject(tokens, c + 1, Math.min(tokens.length, c + 9), registry);
  return subject && accept(subject.actor) ? subject.actor : null;
}
