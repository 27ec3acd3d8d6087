// Who a speaker noun phrase names: a pronoun (resolved by salience and gender), a named actor
// ("Defense Secretary Ash Carter", "Mr. Lou"), a role already tied to a named actor ("the finance
// minister"), or a described/collective speaker ("a senior Trump aide", "U.S. officials") that
// becomes a GROUP actor describing whom the phrase names.
import type { ActorRegistry } from '../actors.ts';
import { ROLES } from '../gazetteer.ts';
import { slugify } from '../actors.ts';
import type { Token } from './tokens.ts';
import type { ActorFacts, Gender } from './names.ts';
import { demonymState, fullerName } from './names.ts';
import { coordinatedSpeaker, describedSpeaker, forwardSubject, isPartyDescription } from './coref.ts';
import { CAPITAL_STOPWORDS, NAME_TITLES, DETERMINERS, GROUP_NOUNS, INTRO_WORDS, MEDIA_NAMES, ORG_WORDS, PRONOUNS, ROLE_NOUNS } from './lexicon.ts';

export interface SpeakerRef {
  id: string | null;
  /** Offsets of the words naming the speaker. */
  start: number;
  end: number;
  pronoun: string | null;
  /** The words as written when they are not text[start..end] (an inherited subject). */
  text?: string;
}

/** Actors recently in focus (speakers, sentence subjects), for pronoun resolution. */
export class Salience {
  private readonly recent: Array<{ id: string; at: number }> = [];
  constructor(private readonly registry: ActorRegistry, private readonly facts: ActorFacts) {}

  note(id: string | null, at: number): void {
    if (id) this.recent.push({ id, at });
  }

  /**
   * The most recent person in focus before `at` that passes `accept`, among the last `window`
   * people in focus (a role word picks among the people just discussed, not one from far back).
   */
  lastPerson(at: number, accept: (id: string) => boolean = () => true, window = Infinity): string | null {
    const seen = new Set<string>();
    for (let k = this.recent.length - 1; k >= 0 && seen.size < window; k--) {
      const r = this.recent[k]!;
      if (r.at > at) continue;
      const a = this.registry.get(r.id);
      if (a?.kind !== 'PERSON' || a.scope) continue;
      if (accept(a.id)) return a.id;
      seen.add(a.id);
    }
    return null;
  }

  /** Most recent compatible actor before `at` for a pronoun. */
  resolve(pronoun: string, at: number): string | null {
    const want = PRONOUNS.get(pronoun);
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k]!;
      if (r.at > at) continue;
      let a = this.registry.get(r.id);
      if (!a) continue;
      // A description ("the retired surgeon") stands for the person it was resolved to; one
      // resolved to nobody is not a pronoun's antecedent (the golds' and readers' reading: a
      // pronoun picks up the named person in focus).
      if (a.scope === 'article' && a.kind !== 'ORGANIZATION' && (want === 'm' || want === 'f')) {
        const to = a.describes?.length === 1 ? this.registry.get(a.describes[0]!) : undefined;
        if (!to || to.kind !== 'PERSON') continue;
        a = to;
      }
      if (want === 'm' || want === 'f') {
        if (a.kind !== 'PERSON') continue;
        const g: Gender = this.facts.gender.get(a.id) ?? '';
        if (g && g !== want) continue;
        return a.id;
      }
      if (want === 'n') {
        if (a.kind === 'PERSON' || a.kind === 'GROUP') continue;
        return a.id;
      }
      if (want === 'p') {
        if (a.kind === 'GROUP') return a.id;
        continue;
      }
      return null;
    }
    return null;
  }
}

/** Words before a name that single out a member rather than attach a modifier ("experts like X"). */
const EXAMPLE_WORDS = new Set(["'s", 'like', 'including', 'such', 'as']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

const STOP_HEAD = new Set(['of', 'for', 'from', 'with', 'like', 'who', 'which', 'that', 'familiar', 'in', 'at', 'on', 'to', 'by', 'seen', 'close', 'interviewed', 'involved', 'briefed', 'speaking', 'said', 'and']);

/**
 * Resolves the speaker words tokens[a..b) (inclusive-exclusive) to an actor, registering new
 * actors (named people, groups) as needed.
 */
export function resolveSpeaker(
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  registry: ActorRegistry,
  facts: ActorFacts,
  salience: Salience,
): SpeakerRef | null {
  // Trim intro words and punctuation at the edges.
  while (a < b && (tokens[a]!.kind !== 'word' || (INTRO_WORDS.has(tokens[a]!.lower) && b - a > 1 && tokens[a]!.lower !== 'some' && !DETERMINERS.has(tokens[a]!.lower)))) a++;
  while (b > a && tokens[b - 1]!.kind !== 'word') b--;
  if (a >= b) return null;
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const first = tokens[a]!;
  // "this time she", "On Thursday he", "The only mistake he": an adverbial or a head noun kept
  // before a subject pronoun; the pronoun is the speaker.
  const lastTok = tokens[b - 1]!;
  if (b - a > 1 && SUBJECT_PRONOUNS.has(lastTok.lower) && !tokens.slice(a, b - 1).some((t) => t.kind !== 'word' || t.lower === 'and' || t.lower === 'or')) {
    return resolveSpeaker(text, tokens, b - 1, b, registry, facts, salience);
  }
  if (b - a === 1 && PRONOUNS.has(first.lower)) {
    if (first.lower === 'i' || first.lower === 'we') return { id: null, start, end, pronoun: first.lower };
    const want = PRONOUNS.get(first.lower);
    const agrees = (id: string) => {
      const actor = registry.get(id);
      const g = facts.gender.get(id) ?? '';
      return actor?.kind === 'PERSON' && (want !== 'm' && want !== 'f' ? false : !g || g === want);
    };
    const id = salience.resolve(first.lower, start) ?? forwardSubject(tokens, a, registry, agrees);
    return { id, start, end, pronoun: first.lower };
  }
  const mentions = registry.mentionsWithin(start, end);
  const together = mentions.length >= 2 ? coordinatedSpeaker(text, tokens, a, b, registry) : null;
  if (together) return { id: together, start, end, pronoun: null };
  if (isPartyDescription(tokens, a, b)) {
    const id = describedSpeaker(text, tokens, a, b, registry, facts, salience);
    if (id) return { id, start, end, pronoun: null };
  }
  // The head word of a described phrase: the first role noun before a modifier ("of", "who").
  let head: Token | null = null;
  let headAt = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (k > a && STOP_HEAD.has(t.lower)) break;
    // Role nouns are lower case, except the first word of a sentence ("Officials said").
    if ((!t.cap || (k === a && !tokens[k + 1]?.cap)) && ROLE_NOUNS.has(t.lower)) { head = t; headAt = k; }
  }
  // "Mr. Kasich's campaign", "Trump's opponents": the noun after the possessive is the head, a
  // group or organisation around the named actor.
  const poss = tokens.slice(a, b).findIndex((t) => t.lower === "'s");
  // Only a possessive of the phrase's own head: not one inside an apposition ("X, chief of the
  // division's voting section").
  if (poss > 0 && a + poss + 1 < b && tokens.slice(a, a + poss).every((t) => t.kind === 'word') && tokens.slice(a + poss + 1, b).every((t) => t.kind === 'word' && !t.cap)) {
    const owner = mentions.filter((m) => m.end <= tokens[a + poss]!.start).map((m) => m.actor);
    if (owner.length > 0) {
      const name = text.slice(tokens[a]!.start, end).replace(/^(?:the|a|an)\s+/i, '');
      const actor = registry.register({ id: `group-${slugify(name)}`, name, kind: 'GROUP', describes: [...new Set(owner)] });
      return { id: actor.id, start, end, pronoun: null };
    }
  }
  // A name closing the phrase is its head: "top Republican donor Sheldon Adelson", "spokesman Lu Kang".
  // Not a name after a preposition or participle: "a panel of reporters led by Chris Matthews" is the panel.
  const heads = (m: { start: number }) => !tokens.slice(a, b).some((t) => t.end <= m.start && (t.pos === 'ADP' || t.pos === 'VERB') && !EXAMPLE_WORDS.has(t.lower));
  const closing = mentions.find((m) => m.end === end && registry.get(m.actor)?.kind === 'PERSON' && heads(m));
  if (closing) return { id: closing.actor, start, end, pronoun: null };
  const startsLower = !first.cap || DETERMINERS.has(first.lower);
  if (!startsLower || !head) {
    // A name: prefer a person mentioned in the phrase, else its first mention.
    const person = mentions.find((m) => registry.get(m.actor)?.kind === 'PERSON' && (!startsLower || heads(m)));
    const pick = person ?? mentions.find((m) => m.start === start) ?? (head ? undefined : mentions.find((m) => !startsLower || heads(m)));
    if (pick && (!head || person)) return { id: pick.actor, start, end, pronoun: null };
    if (!head) {
      const id = registerName(text, tokens, a, b, registry) ?? describedSpeaker(text, tokens, a, b, registry, facts, salience);
      return { id, start, end, pronoun: null };
    }
  }
  // "the finance minister", "the candidate": a role the article tied to one named actor.
  if (head && first.lower === 'the' && headAt - a <= 3) {
    const words = tokens.slice(a + 1, headAt + 1).map((t) => t.lower);
    for (const [id, titles] of [...facts.titles].reverse()) {
      if (words.every((w) => titles.has(w) || demonymState(registry, w))) {
        salience.note(id, start);
        return { id, start, end, pronoun: null };
      }
    }
  }
  // "the Russian president", "the U.S. secretary of state": whoever held that role then.
  if (first.lower === 'the' && b - a <= 6) {
    const holder = roleHolder(tokens, a + 1, b, registry, facts);
    if (holder) {
      salience.note(holder, start);
      return { id: holder, start, end, pronoun: null };
    }
  }
  if (head && (GROUP_NOUNS.has(head.lower) || head.lower.endsWith('s'))) {
    const describes = [...new Set(mentions.map((m) => m.actor))];
    for (let k = a; k < b; k++) {
      const st = demonymState(registry, tokens[k]!.text);
      if (st && !describes.includes(st)) describes.push(st);
    }
    // Headed by a common noun ("officials", "other leaders"): a description, kept for this article.
    const id = describedSpeaker(text, tokens, a, b, registry, facts, salience, describes);
    if (id) return { id, start, end, pronoun: null };
  }
  // An organisation named by its common noun ("the ministry", "the report"): the latest such
  // organisation mentioned, else leave it to the words.
  // "The Russian defense ministry", "the foreign ministry": an organisation described by its
  // common noun; a bare "the ministry" refers back to the latest one (below).
  if (head && ORG_WORDS.has(head.lower) && !GROUP_NOUNS.has(head.lower) && b - a >= 3 && headAt === b - 1) {
    const from = a + (DETERMINERS.has(first.lower) ? 1 : 0);
    const name = text.slice(tokens[from]!.start, head.end);
    let state: string | undefined;
    for (let k = from; k < headAt; k++) state ??= demonymState(registry, tokens[k]!.text);
    const titled = name.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const known = registry.lookupName(name)[0] ?? registry.lookupName(titled)[0];
    const actor = known ? registry.get(known)! : registry.register({ name, kind: 'ORGANIZATION', ...(state ? { state, speaksFor: [state] } : {}) });
    registry.addMention(actor.id, [tokens[from]!.start, head.end]);
    return { id: actor.id, start, end, pronoun: null };
  }
  if (head) {
    // (Not an earlier description: a repeated one is resolved afresh below.)
    const org = registry.mentionsWithin(Math.max(0, start - 3000), start).reverse().find((m) => registry.get(m.actor)?.kind !== 'PERSON' && !registry.get(m.actor)?.scope && registry.get(m.actor)?.name.toLowerCase().includes(head!.lower));
    if (org) return { id: org.actor, start, end, pronoun: null };
  }
  // A description ("the Ohio governor", "the employee of four years") is its own source; a name
  // inside it is what it describes, not the speaker.
  const described = startsLower && head ? describedSpeaker(text, tokens, a, b, registry, facts, salience) : null;
  return { id: described ?? mentions[0]?.actor ?? describedSpeaker(text, tokens, a, b, registry, facts, salience), start, end, pronoun: null };
}

/** A capitalised phrase nobody registered yet: a new person or organisation. */
function registerName(text: string, tokens: Token[], a: number, b: number, registry: ActorRegistry): string | null {
  // Only the capitalised part names it ("Rachel Berg, a philanthropist" -> "Rachel Berg").
  // "the National Association of ...": the article is not part of the name.
  while (a + 1 < b && DETERMINERS.has(tokens[a]!.lower) && !tokens[a]!.cap && tokens[a + 1]!.cap) a++;
  while (a < b && NAME_TITLES.has(tokens[a]!.lower) && a + 1 < b && tokens[a + 1]!.cap) a++;
  let e = a;
  while (e < b && tokens[e]!.kind === 'word' && (tokens[e]!.cap || /^\p{Lu}\.$/u.test(tokens[e]!.text) || tokens[e]!.lower === 'of')) e++;
  while (e > a && !tokens[e - 1]!.cap) e--;
  if (e === a) return null;
  // A lone participle ("Appearing before supporters, ...") or a capitalised place word of a
  // dateline ("WASHINGTON") names nobody either.
  if (e - a === 1 && (tokens[a]!.pos === 'VERB' || tokens[a]!.pos === 'ADJ' || /^\p{Lu}{6,}$/u.test(tokens[a]!.text))) return null;
  // A capitalised word modifying a common noun of the phrase ("Local radio", "Federal
  // investigators") is an adjective: the phrase is a description.
  if (e - a === 1 && e < b && tokens[e]!.kind === 'word' && !tokens[e]!.cap && tokens[e]!.pos === 'NOUN') return null;
  // A lone demonym or function word ("Chinese", "Some") names nobody.
  if (e - a === 1 && (demonymState(registry, tokens[a]!.text) || CAPITAL_STOPWORDS.has(tokens[a]!.lower) || DETERMINERS.has(tokens[a]!.lower))) return null;
  while (a < e && DETERMINERS.has(tokens[a]!.lower)) a++;
  if (a >= e) return null;
  const name = text.slice(tokens[a]!.start, tokens[e - 1]!.end);
  const lower = name.toLowerCase();
  const known = registry.lookupName(name);
  if (known.length) return known[0]!;
  // The last words of a person named in full earlier in the article ("Suu Kyi" after "Aung San Suu Kyi").
  const tail = fullerName(registry, name, tokens[a]!.start);
  if (tail) {
    registry.addMention(tail, [tokens[a]!.start, tokens[e - 1]!.end]);
    return tail;
  }
  const words = tokens.slice(a, e).map((t) => t.lower);
  // "Republicans", "Palestinians": a capitalised plural names a group of people.
  const plural = e - a === 1 && /[^s]s$/.test(words[0]!);
  const kind = MEDIA_NAMES.has(lower) ? 'MEDIA' : words.some((w) => ORG_WORDS.has(w)) ? 'ORGANIZATION' : plural ? 'GROUP' : 'PERSON';
  const surname = tokens[e - 1]!.text;
  const actor = registry.register({ name, kind, aliases: kind === 'PERSON' && e - a > 1 ? [surname] : [] });
  registry.addMention(actor.id, [tokens[a]!.start, tokens[e - 1]!.end]);
  return actor.id;
}

/** Role words ("foreign minister") -> role keys, from the shared roles.json. */
const ROLE_KEYS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [key, def] of Object.entries(ROLES)) for (const w of def.en ?? []) m.set(w.toLowerCase(), key);
  return m;
})();

/**
 * The actor holding a role of a state named by a demonym or a state name, on the article date
 * when known: "the Russian president" -> Putin, "the American secretary of state" -> Kerry (2016).
 */
function roleHolder(tokens: Token[], a: number, b: number, registry: ActorRegistry, facts: ActorFacts): string | null {
  let state: string | undefined;
  let k = a;
  const t = tokens[k]!;
  state = demonymState(registry, t.text);
  if (!state) {
    const ids = registry.lookupName(t.text);
    const st = ids.map((id) => registry.get(id)).find((x) => x?.kind === 'STATE');
    if (st) state = st.id;
  }
  if (!state) return null;
  k++;
  if (tokens[k]?.lower === "'s") k++;
  const words = tokens.slice(k, b).filter((x) => x.kind === 'word').map((x) => x.lower).join(' ');
  const role = ROLE_KEYS.get(words);
  if (!role) return null;
  const day = facts.publishedAt ?? null;
  const holders = registry.all().filter((x) => x.roles?.some((r) => r.role === role && r.of === state && (!day || ((!r.from || r.from <= day) && (!r.to || day < r.to)))));
  if (holders.length === 0) return null;
  // Prefer one the article names; else the one whose holding started last (the current one).
  const named = holders.find((h) => registry.mentionsWithin(0, tokens[a]!.start).some((m) => m.actor === h.id));
  if (named) return named.id;
  const latest = holders.sort((x, y) => (latestFrom(y, role, state!) > latestFrom(x, role, state!) ? 1 : -1))[0]!;
  return latest.id;
}

function latestFrom(actor: { roles?: Array<{ role: string; of?: string; from?: string }> }, role: string, state: string): string {
  return (actor.roles ?? []).filter((r) => r.role === role && r.of === state).map((r) => r.from ?? '').sort().pop() ?? '';
}
