// Who a noun phrase names: an actor already known (gazetteer, earlier mention), a described or
// collective source ("مصادر دبلوماسية", "منتقدوه"), a new institution ("سفارة تايلاند"), a new
// person introduced by a title ("المهندس محمد فاروق طيفور"), or a role whose holder is known
// ("وزير الخارجية", "الرئيس الروسي").
import type { Actor, ActorRegistry, Mention } from '../actors.ts';
import type { ActorKind } from '../types.ts';
import type { Token } from './tokens.ts';
import { isIn, readings } from './phrases.ts';
import { slugify } from '../actors.ts';
import { ROLES } from '../gazetteer.ts';
import { judgeActorName } from '../name-phrase.ts';
import { matchCue } from './lexicon.ts';
import { foldKey, matchKey } from '../normalize.ts';
import {
  COLLECTIVE_HEADS, DEMONSTRATIVES, DOCUMENT_HEADS, FUNCTION_WORDS, INSTITUTION_HEADS, MEDIA_HEADS, ROLE_WORDS as LEXICON_ROLE_WORDS,
  type Gender,
} from './lexicon.ts';
import speakerWords from '../data/ar/speakers.json' with { type: 'json' };

const folded = (words: string[]) => new Set(words.map(matchKey));
/** Titles and roles (the lexicon's, with the feminine and professional ones of data/ar/speakers.json). */
const ROLE_WORDS = new Set([...LEXICON_ROLE_WORDS, ...folded(speakerWords.roleWords)]);
/** Honorifics before a title ("معالي الوزير", "سمو الأمير"): skipped, they name no one. */
const HONORIFICS = folded(speakerWords.honorifics);
/** Honorific pronouns ("وقال معاليه"): the person spoken of before. */
export const HONORIFIC_PRONOUNS = folded(speakerWords.honorificPronouns);
/** Subject pronouns that take up the discourse topic ("فهي تؤكد", "وهو يرى"), with their gender. */
export const TOPIC_PRONOUNS = new Map<string, Gender>(
  Object.entries(speakerWords.topicPronouns).map(([w, g]) => [matchKey(w), g as Gender]),
);
/** Nouns that open a genitive ("مستشفى الأمل", "شرطة المدينة"): never the first word of a person's name. */
const ORGANISATION_HEADS = folded(speakerWords.organisationHeads);
const GENITIVE_NOUNS = new Set([...ORGANISATION_HEADS, ...folded(speakerWords.placeHeads)]);
/** Words that open an apposition after a name ("X مالك الشركة", "X وهو رئيس …"). */
const APPOSITION_WORDS = folded(speakerWords.appositionWords);
/** Words that never stand inside a person's name ("ذي قار" is a place). */
const NAME_STOPS = folded(speakerWords.nameStops);
/** "نفس الآراء", "ذات الموقف": an object noun phrase, never a source. */
const NOT_SPEAKER_HEADS = folded(speakerWords.notSpeakerHeads);

export interface SpeakerContext {
  text: string;
  registry: ActorRegistry;
  publishedAt: string | null;
  /** role key ("وزير الخارجية|" + state) -> actor id, learnt from "role + name" phrases in this article. */
  roles: Map<string, string>;
  /** folded collective head without ال ("مصدر") -> the last group actor with that head. */
  groups: Map<string, string>;
  /** folded force head without ال ("مقاومة") -> the last named group with it (about.ts: a bare "المقاومة"). */
  forces: Map<string, string>;
  /** The person or body an honorific pronoun ("معاليه") or a فهو/فهي points back to (the discourse model). */
  antecedent?: (gender: Gender | null, offset: number) => { actor: string; text: string } | null;
  /** 'discover': a first pass that only registers named people and organisations (so their later
   * short mentions are found by a re-scan); 'extract': everything, groups included. */
  mode: 'discover' | 'extract';
}

export interface SpeakerResult {
  actor: string;
  /** The words that name the speaker. */
  text: string;
  start: number;
  end: number;
  gender: Gender | null;
}

/** Every reading of a folded word without its proclitics (و/ف, ب/ل/ك, لل → ال): "وزير" is also "وزير", never only "زير". */
export const stripPrefixes = readings;


function withoutArticle(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

/**
 * "للمعارضة", "لوكالة", "بوزارة": the word is a preposition + a noun (an addressee or a
 * circumstance, never a subject). Names that merely begin with ل/ب ("لافروف", "بوتين") are not.
 */
function hasPrepositionPrefix(ctx: SpeakerContext, t: Token): boolean {
  const w = t.w.replace(/^[وف](?=[لب])/, '');
  if (w.startsWith('لل')) return true;
  if (!/^[لب]/.test(w)) return false;
  const rest = w.slice(1);
  if (COLLECTIVE_HEADS.has(rest) || INSTITUTION_HEADS.has(rest) || ROLE_WORDS.has(rest)) return true;
  const lead = t.w.length - rest.length;
  return ctx.registry.mentionsWithin(t.s, t.e + 200).some((m) => m.start === t.s + lead);
}

/** The mentions whose span starts inside token `t` (a mention may skip the token's prefix). */
export function mentionAtToken(mentions: Mention[], t: Token): Mention | undefined {
  return mentions.find((m) => m.start >= t.s && m.start < t.e);
}

function isPrepositional(t: Token, m: Mention): boolean {
  // "للائتلاف", "لوكالة", "بوزارة": the mention starts after a ل/ب prefix of its token.
  const lead = t.w[0];
  return m.start > t.s && (lead === 'ل' || lead === 'ب' || (lead === 'و' && (t.w[1] === 'ل' || t.w[1] === 'ب')));
}

const STOP_NAME = new Set(['،', ',', ':', '؛', ';', '.', '(', ')']);

function phraseText(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]!.s, tokens[to - 1]!.e).replace(/\s+/g, ' ').trim();
}

/** The end (exclusive) of a descriptive noun phrase starting at `from`: stops at punctuation, a ل-phrase, time words. */
function descriptiveEnd(tokens: Token[], from: number, limit: number, maxWords = 8): number {
  let j = from + 1;
  let words = 1;
  while (j < limit && words < maxWords) {
    const t = tokens[j]!;
    if (t.quote === 'open') {
      j = Math.min(t.closes + 1, limit);
      words++;
      continue;
    }
    if (!t.word && STOP_NAME.has(t.w)) break;
    if (t.word && (t.w === 'ل' || t.w === 'ب' || /^(امس|اليوم|يوم|قوله|قولها|قولهم|كان|كانت|كانوا|قد|ان|بان)$/.test(t.w))) break;
    if (t.word && t.w.startsWith('ل') && !t.w.startsWith('لل') && j > from + 1) break;
    j++;
    if (t.word) words++;
  }
  return j;
}

function statesByDemonym(registry: ActorRegistry, tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    for (const w of stripPrefixes(t.w)) {
      const s = registry.stateByDemonym(w);
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

function register(ctx: SpeakerContext, input: { id?: string; name: string; kind: ActorKind; describes?: string[]; state?: string; aliases?: string[] }): Actor | null {
  const id = input.id ?? slugify(foldKey(input.name));
  const existing = ctx.registry.get(id);
  if (existing) return existing;
  if (ctx.mode === 'discover' && (input.kind === 'GROUP' || input.kind === 'OTHER')) return null;
  return ctx.registry.register({ ...input, id });
}

/** The role key of a phrase: its first two role words ("وزير الخارجية", "امين عام") and the state its nisba names. */
function roleKeyOf(ctx: SpeakerContext, tokens: Token[], from: number, to: number): { key: string; state: string | null } | null {
  const words: string[] = [];
  for (let j = from; j < to && words.length < 2; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    const base = stripPrefixes(t.w)[0]!;
    if (ROLE_WORDS.has(base) || (words.length === 1 && /^ال/.test(base) && !ctx.registry.stateByDemonym(base))) words.push(base);
    else if (words.length > 0) break;
  }
  if (words.length === 0) return null;
  const state = statesByDemonym(ctx.registry, tokens, from, to)[0] ?? null;
  return { key: words.join(' '), state };
}

function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!date) return !to; // without a date, the current holder
  return (!from || from <= date) && (!to || date < to);
}

/** A known holder of the role: one learnt in this article first, then the gazetteer's (mentioned ones preferred). */
function resolveRole(ctx: SpeakerContext, key: string, state: string | null, offset: number): string | null {
  // A shorter mention of a role learnt in full ("المتحدث" after "المتحدث باسم الشرطة X"): a bare definite role word.
  const learnt = ctx.roles.get(`${key}|${state ?? ''}`) ?? (state ? undefined : [...ctx.roles.entries()].reverse().find(([k]) => k.startsWith(`${key}|`) || (key.startsWith('ال') && !key.includes(' ') && k.startsWith(`${key} `)))?.[1]);
  if (learnt) return learnt;
  const roleIds = Object.entries(ROLES)
    .filter(([, def]) => (def.ar ?? []).some((w) => foldKey(w) === key || foldKey(w) === `ال${key}` || `ال${foldKey(w)}` === key))
    .map(([id]) => id);
  if (roleIds.length === 0) return null;
  if (!state) {
    // A bare definite role ("الرئيس", "الوزير"): the person of the article who holds it (at its date).
    if (!key.startsWith('ال')) return null;
    const seen = new Set<string>();
    for (const m of ctx.registry.mentionsBefore(offset, 200)) {
      if (seen.has(m.actor)) continue;
      seen.add(m.actor);
      const a = ctx.registry.get(m.actor);
      if (a?.kind === 'PERSON' && a.roles?.some((r) => roleIds.includes(r.role) && inRange(ctx.publishedAt, r.from, r.to))) return a.id;
    }
    return null;
  }
  const holders = ctx.registry.all().filter((a) =>
    a.roles?.some((r) => roleIds.includes(r.role) && r.of === state && inRange(ctx.publishedAt, r.from, r.to)),
  );
  if (holders.length === 0) {
    const any = ctx.registry.all().filter((a) => a.roles?.some((r) => roleIds.includes(r.role) && r.of === state));
    const mentioned = ctx.registry.mentionsBefore(offset, 200).find((m) => any.some((a) => a.id === m.actor));
    return mentioned?.actor ?? null;
  }
  const mentioned = ctx.registry.mentionsBefore(offset, 200).find((m) => holders.some((a) => a.id === m.actor));
  return mentioned?.actor ?? holders[0]!.id;
}

/** `w` is the token's match key (letters folded: أ -> ا); `raw` its text as written. */
function looksLikeName(w: string, raw: string): boolean {
  if (w.length < 2 || /\d/.test(w)) return false;
  if (FUNCTION_WORDS.has(w) || ROLE_WORDS.has(w) || COLLECTIVE_HEADS.has(w) || INSTITUTION_HEADS.has(w)) return false;
  if (/^(لل|بال|وال|فال|كال)/.test(w)) return false;
  // A proclitic preposition before a hamza-initial word (كأهم "as the most important", بأن, لأمريكا):
  // a prefixed word, not a name (only the written form tells كأهم from the name كامل).
  if (/^[كبل][أإآ]/.test(raw)) return false;
  return /^[\u0621-\u064A]+(?:\.[\u0621-\u064A]+)*$/.test(w);
}

/**
 * A new person's name inside a phrase: the last run of 2-4 name-like words after a title/role
 * ("المهندس محمد فاروق طيفور"), or an appositive name before a comma ("رامي الدالاتي، وهو").
 */
function findNewName(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[]): { from: number; to: number } | null {
  const runs: Array<{ from: number; to: number; afterRole: boolean }> = [];
  let j = from;
  while (j < to) {
    const t = tokens[j]!;
    if (t.quote === 'open') {
      j = t.closes + 1;
      continue;
    }
    const inMention = mentions.some((m) => m.start < t.e && m.end > t.s);
    if (opensName(ctx, t) && !inMention) {
      const start = j;
      while (j < to && j - start < 4 && isInnerNameWord(ctx, tokens[j])) j++;
      let back = start - 1;
      // An appositive after a comma: "مديرة «…»، ميليسا سبربر،".
      if (tokens[back] && (tokens[back]!.w === '،' || tokens[back]!.w === ',')) back--;
      const prev = tokens[back];
      const afterRole = !!prev && (prev.quote === 'close' || (prev.word && (isIn(ROLE_WORDS, prev.w) || !!ctx.registry.stateByDemonym(prev.w) || mentions.some((m) => m.end === prev.e))));
      runs.push({ from: start, to: j, afterRole });
    } else {
      j++;
    }
  }
  // A role, or a nationality before the name ("الألماني بير ميرتساكر مدافع الفريق").
  const roleBefore = tokens.slice(from, to).some((t) => t.word && isIn(ROLE_WORDS, t.w)) || (!!tokens[from]?.word && !!ctx.registry.stateByDemonym(tokens[from]!.w) && tokens[from]!.w.startsWith('ال'));
  const candidates = runs.filter((r) => r.to - r.from >= 2 && r.to - r.from <= 4);
  const titled = candidates.filter((r) => r.afterRole).at(-1);
  if (titled && roleBefore) return titled;
  const first = candidates[0];
  // A bare name as the subject ("رامي الدالاتي، وهو …"): a first name never carries the article.
  if (first && !tokens[first.from]!.w.startsWith('ال') && first.from === from && (tokens[first.to]?.w === '،' || tokens[first.to]?.w === ',' || first.to === to)) return first;
  return null;
}

/**
 * Analyses the noun phrase tokens[from, to) as a speaker. `verbGender` helps pick a gender for
 * new actors; `offset` is where the phrase is (for role resolution "the most recent holder").
 */
export function speakerFromPhrase(
  ctx: SpeakerContext,
  tokens: Token[],
  from: number,
  to: number,
  verbGender: Gender | null,
  /** Subject-first and "according to" phrases: the head word itself must name the source. */
  strictHead = false,
  /** "طبقا للتقرير", "عن مصدر": a source may carry a preposition; a subject may not ("أكدت للمعارضة"). */
  allowPrefixedHead = false,
): SpeakerResult | null {
  // Skip time adverbs and statement nouns before the subject ("قال أمس", "قال في بيان").
  while (from < to && tokens[from]!.word && (/^(امس|اليوم|ايضا|كذلك|بدوره|بدورها|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/.test(tokens[from]!.w) || (isIn(HONORIFICS, tokens[from]!.w) && from + 1 < to))) from++;
  if (from >= to) return null;
  const head = tokens[from]!;
  if (head.word && (isIn(HONORIFIC_PRONOUNS, head.w) || TOPIC_PRONOUNS.has(head.w))) {
    // "وقال معاليه", "فهي تؤكد": the person the discourse is about.
    const a = ctx.antecedent?.(TOPIC_PRONOUNS.get(head.w) ?? verbGender, head.s);
    return a ? { actor: a.actor, text: a.text, start: head.s, end: head.e, gender: verbGender } : null;
  }
  const phraseStart = head.s;
  const phraseEnd = tokens[to - 1]!.e;
  const mentions = ctx.registry.mentionsWithin(phraseStart, phraseEnd);
  if (head.word && isIn(DEMONSTRATIVES, head.w)) return null;
  if (head.word && (head.w === 'في' || head.w === 'خلال' || head.w === 'عبر' || head.w === 'ل')) return null;
  // "فكتب يقول: …", "وخرج يقول إن": an imperfect speech verb after the verb is its circumstance
  // (the same subject speaking), never a subject.
  if (head.word && (isImperfectCue(head.w) || isIn(NOT_SPEAKER_HEADS, head.w))) return null;

  // A quoted name right after the verb: «الوكالة الوطنية للإعلام», «سانا».
  if (head.quote === 'open' && head.closes < to + 1 && head.closes - from <= 8) {
    const inner = mentions.find((m) => m.end <= tokens[head.closes]?.s!);
    if (inner) return { actor: inner.actor, text: phraseText(ctx.text, tokens, from, head.closes + 1), start: head.s, end: tokens[head.closes]!.e, gender: verbGender };
    const name = phraseText(ctx.text, tokens, from + 1, head.closes);
    if (name) {
      const isMedia = tokens.slice(from + 1, head.closes).some((t) => MEDIA_HEADS.has(t.w));
      const a = register(ctx, { name, kind: isMedia ? 'MEDIA' : 'ORGANIZATION' });
      if (a) return { actor: a.id, text: name, start: head.s, end: tokens[head.closes]!.e, gender: verbGender };
    }
  }

  const base = head.word ? stripPrefixes(head.w) : [];
  if (!allowPrefixedHead && head.word && hasPrepositionPrefix(ctx, head)) return null;
  /** Display text of tokens[from, end) without the head's conjunction/preposition prefix ("للتقرير" -> "التقرير"). */
  const named = (end: number, headBase: string): string => {
    const full = phraseText(ctx.text, tokens, from, end);
    if (head.w.startsWith('لل') && headBase.startsWith('ال') && full.startsWith('لل')) return `ال${full.slice(2)}`;
    const cut = head.w.length - headBase.length;
    if (cut <= 0) return full;
    const rest = full.slice(cut);
    return head.w.slice(cut - 1, cut + 1) === 'لل' || (headBase.startsWith('ال') && !head.w.slice(cut).startsWith('ال')) ? `ال${full.slice(cut + 1)}` : rest;
  };
  // Described and collective sources: "مصادر في «الجيش السوري الحر»", "مصدر روسي مطلع", "منتقدوه".
  const collective = base.find((w) => COLLECTIVE_HEADS.has(w) || /^(منتقدو|منتقدي|معارضو|معارضي|مؤيدو|مؤيدي|خصوم|حلفاء|مساعدو|مستشارو|مقربون من)/.test(w));
  if (collective) {
    const end = descriptiveEnd(tokens, from, to);
    const described = [
      ...mentions.filter((m) => m.end <= tokens[end - 1]!.e).map((m) => m.actor),
      ...statesByDemonym(ctx.registry, tokens, from + 1, end),
    ];
    const possessive = /^(منتقدو|منتقدي|معارضو|معارضي|مؤيدو|مؤيدي|خصوم|حلفاء|مساعدو|مستشارو)(ه|ها|هم)$/.exec(collective);
    if (possessive) {
      // "منتقدوه": critics of the person named last.
      const owner = ctx.registry.mentionsBefore(head.s, 30).find((m) => ctx.registry.get(m.actor)?.kind === 'PERSON');
      const ownerActor = owner ? ctx.registry.get(owner.actor) : undefined;
      if (ownerActor) {
        const label = ctx.text.slice(head.s, head.e).replace(/^[وف]/, '').replace(/(ه|ها|هم)$/, '');
        const ar = ownerActor.aliases.filter((a) => /[\u0600-\u06FF]/.test(a)).at(-1) ?? ownerActor.name;
        const a = register(ctx, { id: `${possessive[1] === 'منتقدو' || possessive[1] === 'منتقدي' ? 'critics' : slugify(possessive[1]!)}-of-${ownerActor.id}`, name: `${label} ${ar}`, kind: 'GROUP', describes: [ownerActor.id], aliases: possessive[1]!.startsWith('منتقد') ? [`critics of ${ownerActor.name}`] : [] });
        if (a) return { actor: a.id, text: ctx.text.slice(head.s, head.e), start: head.s, end: head.e, gender: verbGender };
      }
    }
    const headKey = withoutArticle(collective.replace(/(ه|ها|هم)$/, ''));
    const definiteBare = collective.startsWith('ال') && end === from + 1;
    if (definiteBare) {
      // "المصدر", "المصادر": the source named before.
      const prior = ctx.groups.get(headKey);
      if (prior) return { actor: prior, text: phraseText(ctx.text, tokens, from, end), start: phraseStart, end: tokens[end - 1]!.e, gender: verbGender };
    }
    const name = named(nameableEnd(ctx, from, end, (k) => named(k, collective)), collective);
    const kind: ActorKind = DOCUMENT_HEADS.has(collective) ? 'OTHER' : 'GROUP';
    const a = register(ctx, { name, kind, describes: [...new Set(described)] });
    if (!a) return null;
    ctx.groups.set(headKey, a.id);
    return { actor: a.id, text: name, start: phraseStart, end: tokens[end - 1]!.e, gender: verbGender };
  }

  // A new institution named by its head and the actor after it: "سفارة تايلاند", "منظمة العمل الدولية".
  const institution = base.find((w) => INSTITUTION_HEADS.has(w) || ORGANISATION_HEADS.has(withoutArticle(w)));
  const firstMention = mentions.find((m) => !isPrepositional(tokens.find((t) => t.s <= m.start && m.start < t.e) ?? head, m));
  if (institution && (!firstMention || firstMention.start > head.e)) {
    const headMention = mentionAtToken(mentions, head);
    if (!headMention) {
      const end = institution.startsWith('ال') ? adjectivesEnd(tokens, from + 1, to) : descriptiveEnd(tokens, from, to, 5);
      const stopAt = tokens.slice(from, end).findIndex((t, k) => k > 0 && t.word && /^(لدي|في|من|علي|عن|مع|الذي|التي)$/.test(t.w));
      const nameEnd = stopAt > 0 ? from + stopAt : end;
      const name = phraseText(ctx.text, tokens, from, nameEnd);
      const inside = mentions.filter((m) => m.end <= tokens[nameEnd - 1]!.e).map((m) => m.actor);
      const states = [...inside.filter((id) => ctx.registry.get(id)?.kind === 'STATE'), ...statesByDemonym(ctx.registry, tokens, from, nameEnd)];
      const isMedia = MEDIA_HEADS.has(institution);
      const a = register(ctx, { name, kind: isMedia ? 'MEDIA' : 'ORGANIZATION', ...(states[0] ? { state: states[0] } : {}) });
      if (a) return { actor: a.id, text: name, start: phraseStart, end: tokens[nameEnd - 1]!.e, gender: verbGender ?? 'f' };
    }
  }

  const isRole = (t: Token | undefined) => !!t?.word && isIn(ROLE_WORDS, t.w);
  const headIsRole = isRole(head) && !mentionAtToken(mentions, head);
  // A new name at the head of the phrase, before its apposition: "كمال البيطار، رئيس «…»،".
  const headName = headNameRun(ctx, tokens, from, to, mentions);
  if (strictHead) {
    const headMention = mentionAtToken(mentions, head);
    if (!headMention && !isRole(head) && !headName) return null;
  }
  const roleWords = tokens.slice(from, to).some((t) => isRole(t));
  const text = phraseText(ctx.text, tokens, from, to);
  const upTo = (m: Mention) => ctx.text.slice(phraseStart, m.end).replace(/\s+/g, ' ').trim();
  // A person named in the phrase (gazetteer or earlier article text), in the name's place: not one
  // inside the role's own genitive ("الناطق باسم مركز الملك سلمان" is the spokesman, not the king).
  const people = mentions.filter((m) => ctx.registry.get(m.actor)?.kind === 'PERSON');
  const person = people.find((m) => !isPrepositional(tokens.find((t) => t.s <= m.start && m.start < t.e) ?? head, m) && isNamePosition(ctx, tokens, from, m));
  if (person && (roleWords || person.start === head.s || person.start <= head.e)) {
    const role = roleKeyOf(ctx, tokens, from, to);
    if (role && person.start > head.s) ctx.roles.set(`${role.key}|${role.state ?? ''}`, person.actor);
    return { actor: person.actor, text: upTo(person), start: phraseStart, end: person.end, gender: verbGender };
  }
  if (firstMention && firstMention.start <= head.e && !headIsRole && !(roleWords && ctx.registry.get(firstMention.actor)?.kind === 'STATE')) {
    return { actor: firstMention.actor, text: upTo(firstMention), start: phraseStart, end: firstMention.end, gender: verbGender };
  }
  // A title or role with one name word ("العميد العسيري", "وأضاف الحداد"): the person of the article it names.
  const surname = articlePerson(ctx, tokens, from, to, mentions);
  if (surname) return { actor: surname.actor, text, start: phraseStart, end: phraseEnd, gender: verbGender };
  // A new person: a name at the head, after a role phrase ("وزير التجارة منير الجلاصي"), or after a title.
  const newName = headName ?? nameAfterRole(ctx, tokens, from, to, mentions) ?? findNewName(ctx, tokens, from, to, mentions);
  if (newName) {
    const name = phraseText(ctx.text, tokens, newName.from, newName.to);
    // A multi-word surname of a person named before ("دي فريس" after "يان دي فريس").
    const earlier = personEndingWith(ctx, matchKey(name), phraseStart);
    if (earlier) return { actor: earlier, text, start: phraseStart, end: phraseEnd, gender: verbGender };
    const last = tokens[newName.to - 1]!;
    const surname = ctx.text.slice(last.s, last.e);
    const aliases = newName.to - newName.from >= 2 && matchKey(surname).length >= 4 ? [surname] : [];
    const a = register(ctx, { name, kind: 'PERSON', aliases });
    if (a) {
      const role = roleKeyOf(ctx, tokens, from, to);
      if (role && newName.from > from) ctx.roles.set(`${role.key}|${role.state ?? ''}`, a.id);
      return { actor: a.id, text, start: phraseStart, end: phraseEnd, gender: verbGender };
    }
  }
  // A lone surname as the subject ("وقال فينجر"): the person the article named in full before, or a new one.
  const lone = to - from === 1 && head.word ? loneSurname(ctx, head) : null;
  if (lone) return { actor: lone.id, text, start: phraseStart, end: phraseEnd, gender: verbGender };
  // A role whose holder is known: "وزير الخارجية", "الرئيس الروسي", "أمين عام «الائتلاف»".
  if (roleWords) {
    const role = roleKeyOf(ctx, tokens, from, to);
    const holder = role ? resolveRole(ctx, role.key, role.state, phraseStart) : null;
    if (holder) return { actor: holder, text, start: phraseStart, end: phraseEnd, gender: verbGender };
    if (headIsRole) {
      // The role's name after a circumstance, between commas: "عضوة الكتلة في مجلس المدينة، ريما السعدي، إن".
      const late = appositiveNameAfter(ctx, tokens, to);
      if (late) {
        const name = phraseText(ctx.text, tokens, late.from, late.to);
        const last = tokens[late.to - 1]!;
        const a = register(ctx, { name, kind: 'PERSON', aliases: matchKey(ctx.text.slice(last.s, last.e)).length >= 4 ? [ctx.text.slice(last.s, last.e)] : [] });
        if (a) {
          if (role) ctx.roles.set(`${role.key}|${role.state ?? ''}`, a.id);
          return { actor: a.id, text: phraseText(ctx.text, tokens, from, late.to), start: phraseStart, end: last.e, gender: verbGender };
        }
      }
      // An unnamed role ("المندوب البرازيلي", "المتحدث باسم البلدية"): a described person.
      const described = describedRole(ctx, tokens, from, to, mentions, role);
      if (described) return { actor: described.id, text: described.name, start: phraseStart, end: phraseEnd, gender: verbGender };
      return null;
    }
    if (firstMention) return { actor: firstMention.actor, text, start: phraseStart, end: phraseEnd, gender: verbGender };
  }
  if (firstMention && firstMention.start <= tokens[Math.min(to - 1, from + 2)]!.e) {
    return { actor: firstMention.actor, text: upTo(firstMention), start: phraseStart, end: firstMention.end, gender: verbGender };
  }
  // An explicit plural subject nobody named before ("وقال المزارعون", "وقالت السلطات الأمريكية"):
  // a new group, never the previous speaker.
  const plural = pluralSubjectEnd(ctx, tokens, from, to, mentions);
  if (plural > from) {
    const name = named(plural, base.find((w) => w.startsWith('ال')) ?? head.w);
    const a = register(ctx, { name, kind: 'GROUP', describes: statesByDemonym(ctx.registry, tokens, from + 1, plural) });
    if (a) return { actor: a.id, text: name, start: phraseStart, end: tokens[plural - 1]!.e, gender: verbGender };
  }
  return null;
}

/** The end of "definite plural noun + nisbas" filling the phrase, or `from` when the phrase is not that. */
function pluralSubjectEnd(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[]): number {
  const head = tokens[from]!;
  const w = stripPrefixes(head.w).find((x) => x.startsWith('ال')) ?? '';
  if (!/^ال.{3,}(ون|ات)$/.test(w) || mentionAtToken(mentions, head) || FUNCTION_WORDS.has(w) || isIn(ROLE_WORDS, w)) return from;
  let k = from + 1;
  while (k < to && tokens[k]!.word && /^ال.{2,}(ي|يه|يون|يين|ات)$/.test(tokens[k]!.w)) k++;
  return k === to ? k : from;
}

/**
 * After a definite head ("النقابة", "الحكومة") only adjectives follow, never a genitive: a definite
 * noun takes none, so "واتهمت النقابة إدارة المستشفى" is the union and its object. Nisbas are the
 * adjectives a body's name carries ("الحكومة الكينية", "الهيئة الوطنية").
 */
function adjectivesEnd(tokens: Token[], j: number, to: number): number {
  while (j < to && tokens[j]!.word && /^ال.{2,}(ي|يه|يون|يين)$/.test(tokens[j]!.w)) j++;
  return j;
}

/**
 * The end of the longest part of a described phrase that names someone (name-phrase.ts, the check
 * every new actor passes): "مصدر لم تسمه بوزارة …" is "مصدر", "التقرير المؤلف من 382 صفحة" is
 * "التقرير المؤلف", "بيان المرور الذي خص به …" is "بيان المرور". The whole phrase when no part passes.
 */
function nameableEnd(ctx: SpeakerContext, from: number, end: number, display: (k: number) => string): number {
  const context = { isKnownName: (phrase: string) => ctx.registry.isKnownName(phrase) };
  for (let k = end; k > from; k--) {
    const last = display(k).split(' ').at(-1)!;
    if (k > from + 1 && /^(في|من|عن|الي|علي|مع|لدي|حول|بين|عند|منذ)$/.test(matchKey(last))) continue; // "… المحلية عن": cut inside a phrase
    if (judgeActorName(display(k), context).kind !== 'fragment') return k;
  }
  return end;
}

/** The most words of a circumstance between a role and its appositive name. */
const MAX_CIRCUMSTANCE = 8;

/**
 * A name between commas after the phrase that ended at `to`, past a short circumstance: the
 * phrase layer ends the subject at "في", the name comes after it ("…، أنوار مدلل، إن").
 */
function appositiveNameAfter(ctx: SpeakerContext, tokens: Token[], to: number): { from: number; to: number } | null {
  let j = to;
  const limit = Math.min(tokens.length, to + MAX_CIRCUMSTANCE);
  while (j < limit && tokens[j]!.word && !matchKey(tokens[j]!.w).match(/^(ان|بان|انه|انها)$/)) j++;
  if (j === to || j >= limit || !COMMAS.has(tokens[j]!.w)) return null;
  const start = j + 1;
  if (!opensName(ctx, tokens[start])) return null;
  let k = start;
  while (k < tokens.length && k - start < 4 && isInnerNameWord(ctx, tokens[k])) k++;
  if (k - start < 2 || !COMMAS.has(tokens[k]?.w ?? '')) return null;
  return { from: start, to: k };
}

const COMMAS = new Set(['،', ',']);

/**
 * A single name word as a subject: the person whose full name ends with it earlier in the text
 * ("مدرب الفريق آرسين فينجر … وقال فينجر"), registered with the surname as an alias, or else a new
 * person by that word. A word with the article counts only in a surname's nisba form (اليامي).
 */
function loneSurname(ctx: SpeakerContext, t: Token): Actor | null {
  const raw = ctx.text.slice(t.s, t.e);
  if (!isInnerNameWord(ctx, t) || isIn(ROLE_WORDS, t.w) || COLLECTIVE_HEADS.has(t.w) || INSTITUTION_HEADS.has(t.w)) return null;
  if (t.w.startsWith('ال') ? !/ي$/.test(t.w) : !opensName(ctx, t)) return null;
  const bare = raw.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const before = ctx.text.slice(0, t.s);
  for (let at = before.lastIndexOf(bare); at > 0; at = before.lastIndexOf(bare, at - 1)) {
    const prev = /([\u0621-\u064A]{2,})\s+$/.exec(before.slice(Math.max(0, at - 30), at));
    if (!prev || before[at + bare.length]?.match(/[\u0621-\u064A]/)) continue;
    const first = matchKey(prev[1]!);
    const firstTok: Token = { ...t, w: first };
    if (!opensName(ctx, firstTok) || isIn(ROLE_WORDS, first) || FUNCTION_WORDS.has(first) || matchCue(first)) continue;
    const full = `${prev[1]} ${bare}`;
    if (judgeActorName(full, { isKnownName: (p) => ctx.registry.isKnownName(p) }).kind === 'fragment') continue;
    return register(ctx, { name: full, kind: 'PERSON', aliases: [bare] });
  }
  return register(ctx, { name: bare, kind: 'PERSON' });
}

/** The person mentioned before `offset` whose full name ends with the folded words `key`. */
function personEndingWith(ctx: SpeakerContext, key: string, offset: number): string | null {
  const seen = new Set<string>();
  for (const m of ctx.registry.mentionsBefore(offset, 200)) {
    if (seen.has(m.actor)) continue;
    seen.add(m.actor);
    const a = ctx.registry.get(m.actor);
    if (a?.kind === 'PERSON' && [a.name, ...a.aliases].some((n) => matchKey(n).endsWith(` ${key}`))) return a.id;
  }
  // The first pass registers people before any of their mentions is found: look at them too.
  const fresh = ctx.registry.all().find((a) => a.kind === 'PERSON' && ctx.registry.isNew(a.id) && matchKey(a.name).endsWith(` ${key}`));
  return fresh?.id ?? null;
}

/** Institutions whose name a person's name may complete ("مركز الملك سلمان", "جامعة الملك سعود"). */
const NAMED_AFTER = new Set(['مركز', 'مؤسسه', 'جامعه', 'مستشفي', 'مدينه', 'مطار', 'قاعده', 'جائزه', 'برنامج', 'صندوق', 'مجمع', 'شارع', 'ميناء', 'معهد', 'كليه', 'مكتب', 'حمله', 'مبادره', 'باسم', 'عهد', 'حكومه', 'اداره', 'نظام', 'قوات', 'حزب', 'انصار', 'مؤيدي', 'منزل', 'زوجه', 'نجل', 'ابن', 'ابنه', 'شقيق']);

/** A person mention stands where the phrase's own name goes, not inside a genitive of its head. */
function isNamePosition(ctx: SpeakerContext, tokens: Token[], from: number, m: Mention): boolean {
  const p = tokens.findIndex((t) => t.s <= m.start && m.start < t.e);
  if (p <= from) return true;
  const prev = tokens[p - 1]!;
  if (!prev.word) return prev.w !== '(' && prev.quote !== 'open';
  const base = stripPrefixes(prev.w).map((w) => (w.startsWith('ال') ? w.slice(2) : w));
  return !base.some((w) => NAMED_AFTER.has(w));
}

function isNameWord(ctx: SpeakerContext, t: Token | undefined): boolean {
  return !!t?.word && looksLikeName(t.w, ctx.text.slice(t.s, t.e)) && !ctx.registry.stateByDemonym(t.w);
}

/** A word inside a person's name: name-like, and neither a genitive head ("شرطة") nor a place particle ("ذي"). */
function isInnerNameWord(ctx: SpeakerContext, t: Token | undefined): boolean {
  return isNameWord(ctx, t) && !isIn(GENITIVE_NOUNS, t!.w) && !NAME_STOPS.has(t!.w);
}

/**
 * A word that can be the first of a new person's name: a given name carries no article
 * ("المنطقة الرابعة" is no one) and no genitive head opens a name ("مستشفى الأمل").
 */
function opensName(ctx: SpeakerContext, t: Token | undefined): boolean {
  return isInnerNameWord(ctx, t) && !withoutArticle(t!.w).startsWith('ال') && !t!.w.startsWith('ال');
}

/** 2-4 name words opening the phrase, followed by a comma (an apposition) or ending it: "كمال البيطار، …". */
function headNameRun(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[]): { from: number; to: number } | null {
  const head = tokens[from];
  if (!opensName(ctx, head) || mentionAtToken(mentions, head!)) return null;
  let j = from;
  while (j < to && j - from < 4 && isInnerNameWord(ctx, tokens[j]) && !mentionAtToken(mentions, tokens[j]!) && !(j - from >= 2 && isIn(APPOSITION_WORDS, tokens[j]!.w))) j++;
  if (j - from < 2) return null;
  const next = tokens[j];
  // "كمال البيطار، رئيس …" or, without the comma, "سامر خليل قائد شرطة المدينة": the role is an apposition.
  if (j === to || (next && !next.word && (next.w === '،' || next.w === ',')) || (next?.word && (isIn(ROLE_WORDS, next.w) || isIn(APPOSITION_WORDS, next.w)))) return { from, to: j };
  return null;
}

/**
 * The name after a role phrase: the role, its genitives (definite nouns, quoted names, باسم …,
 * nisbas, known organisations and states), then the first words without the article that look
 * like a name ("وزير التجارة التونسي منير الجلاصي", "مديرة «مختبر التربة» هالة الرفاعي").
 */
function nameAfterRole(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[]): { from: number; to: number } | null {
  const head = tokens[from];
  if (!head?.word || !isIn(ROLE_WORDS, head.w)) return null;
  let j = from + 1;
  while (j < to) {
    const t = tokens[j]!;
    if (t.quote === 'open') {
      j = t.closes + 1;
      continue;
    }
    if (!t.word) {
      if (t.w === '،' || t.w === ',') {
        j++;
        continue;
      }
      return null;
    }
    if (mentionAtToken(mentions, t)) {
      const m = mentionAtToken(mentions, t)!;
      while (j < to && tokens[j]!.s < m.end) j++;
      continue;
    }
    if (opensName(ctx, t) && !isPrepositionalNoun(ctx, t, tokens[j + 1]) && t.w !== 'باسم') {
      let k = j;
      while (k < to && k - j < 4 && isInnerNameWord(ctx, tokens[k])) k++;
      if (k - j >= 2) return { from: j, to: k };
      return null;
    }
    j++;
  }
  return null;
}

/**
 * After a role, a ل/ب-initial word is a preposition + noun ("لوكالة", "لنظيره", "بوسائل الإعلام")
 * unless it reads as the first of two name words ("المتحدثة باسم الشرطة لمى حداد", "المدير باسل
 * عوض"): what is left after the letter is no known noun, it carries no pronoun suffix, and the
 * next word is a name word without the article.
 */
function isPrepositionalNoun(ctx: SpeakerContext, t: Token, next: Token | undefined): boolean {
  const w = t.w.replace(/^و/, '');
  if (!/^[لب]/.test(w)) return false;
  if (hasPrepositionPrefix(ctx, t)) return true;
  const rest = w.slice(1);
  if (rest.length < 2 || isIn(GENITIVE_NOUNS, rest) || MEDIA_HEADS.has(rest) || DOCUMENT_HEADS.has(rest) || FUNCTION_WORDS.has(rest)) return true;
  if (/^[\u0621-\u064A]{2,}(ه|ها|هم|هما|نا|كم)$/.test(ctx.text.slice(t.s, t.e))) return true;
  return !next || !isInnerNameWord(ctx, next) || next.w.startsWith('ال');
}

/** An imperfect form of a speech verb ("يقول", "تقول", "يؤكد"): a circumstance of another verb when it follows one. */
function isImperfectCue(w: string): boolean {
  return /^[يت]/.test(w) && !!matchCue(w);
}

/** An unnamed role as a described person: the role phrase as its name, the bodies and states in it as what it describes. */
function describedRole(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[], role: { key: string; state: string | null } | null): Actor | null {
  const end = descriptiveEnd(tokens, from, to, 6);
  const display = (k: number) => phraseText(ctx.text, tokens, from, k).replace(/^[وف](?=ال)/, '');
  const name = display(nameableEnd(ctx, from, end, display));
  if (!name || name.split(' ').length < 2) return null;
  const describes = [...new Set([...mentions.filter((m) => m.end <= tokens[end - 1]!.e).map((m) => m.actor), ...statesByDemonym(ctx.registry, tokens, from, end)])];
  const a = register(ctx, { name, kind: 'PERSON', describes });
  if (a && role) ctx.roles.set(`${role.key}|${role.state ?? ''}`, a.id);
  return a;
}

/** A folded name word without its article: "العسيري" and "عسيري" are one surname. */
function surnameKey(w: string): string {
  return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
}

/**
 * The phrase names one person of the article by a single name word (a surname or first name,
 * with or without ال, after a title or alone): the most recently mentioned person whose name
 * ends or starts with it. Article people come before any gazetteer or new reading.
 */
function articlePerson(ctx: SpeakerContext, tokens: Token[], from: number, to: number, mentions: Mention[]): { actor: string } | null {
  const words = tokens.slice(from, to).filter((t) => t.word && !mentions.some((m) => m.start < t.e && m.end > t.s));
  const nameWords = words.filter((t) => looksLikeName(t.w, ctx.text.slice(t.s, t.e)) && !ctx.registry.stateByDemonym(t.w));
  if (nameWords.length !== 1 || words.length - nameWords.length > 3) return null;
  const key = surnameKey(nameWords[0]!.w);
  if (key.length < 3) return null;
  const seen = new Set<string>();
  for (const m of ctx.registry.mentionsBefore(tokens[from]!.s, 400)) {
    if (seen.has(m.actor)) continue;
    seen.add(m.actor);
    const a = ctx.registry.get(m.actor);
    if (!a || a.kind === 'STATE') continue;
    for (const n of [a.name, ...a.aliases]) {
      const parts = matchKey(n).split(' ');
      // Only people are named by a part of their name; any actor by its whole one-word name («عسيري»).
      if (a.kind !== 'PERSON' && !(parts.length === 1 && surnameKey(parts[0]!) === key)) continue;
      if (parts.length >= 1 && (surnameKey(parts.at(-1)!) === key || (parts.length >= 2 && parts[0] === key))) return { actor: a.id };
    }
  }
  return null;
}
