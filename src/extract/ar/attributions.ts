// Arabic attributions, sentence by sentence, with the discourse state (who spoke last, which
// roles and sources were introduced) carried across sentences.
//
// Patterns (each general, driven by the cue lexicon in data/ar/cues.json):
// - verb-first "وقال X إن …", "أكد X أن", "وقال X في بيان «…»"; subject-first "X قال", "كان X قد أعلن";
// - implicit subjects "وشدد على أن …", "وأضاف:" → the last speaker of the same gender;
// - participles continuing an attribution ", مشيرا إلى أن …" → the governing speaker;
// - relays "نقلت X عن Y (قوله) إن" (speaker Y via X), "حسب/بحسب/وفقا لـ X" (via, or a REPORT);
// - relative clauses "…، الأمر الذي ينفيه ترامب" → content is the preceding clause;
// - nested cues inside another statement's content → child statements (`parentIndex`).
import type { Document, DraftStatement, Sentence } from '../pipeline.ts';
import type { ActorRegistry, Mention } from '../actors.ts';
import type { CueType } from '../types.ts';
import { tokenize, type Token } from './tokens.ts';
import {
  ACCORDING, AUXILIARIES, COMPLEMENTS, DUAL_REFERENCES, OWN_STATE, RELATIVE_HEADS, RELATIVE_PRONOUNS, ROLE_WORDS, STATEMENT_NOUNS,
  matchCue, matchRelayVerb, type CueMatch, type Gender,
} from './lexicon.ts';
import { speakerFromPhrase, stripPrefixes, type SpeakerContext, type SpeakerResult } from './speakers.ts';
import { Discourse } from './discourse.ts';
import { contentAbout, frontedTopic } from './about.ts';
import {
  COMMA, DASH, RELATIVES, SENTENCE_END, endsSentence, frameAfterVerb, frontedPhraseEnd, isColon, isIn, isComplement, isContentQuote, isJoinedCue, isParticipleCue, type Frame,
} from './phrases.ts';
import {
  RELAY_QUOTE, authoredText, isAnaphoricObject, frontedAuthor, isImpersonal, lightFrame, nounFrame, postposedSource, startsPostposedSource,
  type LightFrame, type NounFrame, type PostposedSource,
} from './frames.ts';

interface State {
  ctx: SpeakerContext;
  doc: Document;
  /** Who spoke and who is spoken about (discourse.ts): implicit and pronoun subjects resolve there. */
  discourse: Discourse;
  drafts: DraftStatement[];
}

interface Local {
  draft: number;
  cueTok: number;
  contentFrom: number;
  contentTo: number;
  depth: number;
  speaker: string | null;
  gender: Gender | null;
  speakerText: string | null;
}

/** The most tokens a content clause is followed for: longer ones exceed the 800-character statement bound anyway. */
const MAX_CONTENT_TOKENS = 250;
/** The most tokens between a verb and its complement (the subject phrase). */
const MAX_SUBJECT_TOKENS = 25;

const PREP_MARKERS = new Set(['الي', 'علي', 'عن', 'من']);
/** Subordinating words after which a verb starts its own clause ("بينما دعت واشنطن"). */
const CONJUNCTIONS = new Set(['بينما', 'فيما', 'وفيما', 'حين', 'حيث', 'عندما', 'لان', 'اذ', 'اذا', 'بعدما', 'كما', 'وكما', 'عندها', 'حينما', 'ريثما']);

/** The cue at `j` is followed at once (or after أيضا/كذلك) by its own complement: a marker, a colon or its preposition. */
function startsOwnComplement(tokens: Token[], j: number): boolean {
  let n = j + 1;
  if (tokens[n]?.word && /^(ايضا|كذلك|مجددا)$/.test(tokens[n]!.w)) n++;
  const next = tokens[n];
  if (isComplement(next) || isColon(next)) return true;
  const entry = matchCue(tokens[j]!.w)?.entry;
  if (!entry || !next?.word) return false;
  return entry.preps.some((p) => (p.length > 1 ? next.w === p : next.w.startsWith(p) && next.w.length > 3));
}

/** Where the content clause starting at `from` ends (exclusive token index). */
function contentStop(tokens: Token[], from: number, depth: number): number {
  const limit = Math.min(tokens.length, from + MAX_CONTENT_TOKENS);
  for (let j = from; j < limit; j++) {
    const t = tokens[j]!;
    if (t.depth < depth) return j;
    if (t.depth > depth) continue;
    if (endsSentence(tokens, j)) return j;
    if (j > from && isParticipleCue(t) && !COMPLEMENTS.has(tokens[j - 1]!.w)) return j;
    // "… وأكدت أن …": a cue joined by و and followed by its own complement starts a new statement.
    if (j > from + 2 && isJoinedCue(t) && startsOwnComplement(tokens, j)) return j;
    if (!t.word && COMMA.has(t.w)) {
      const next = tokens[j + 1];
      if (!next?.word) continue;
      if (isParticipleCue(next)) return j;
      if (ACCORDING.has(next.w) || next.w === 'نقلا' || startsPostposedSource(tokens, j + 1) || lightFrame(tokens, j + 1)) return j;
      if (RELATIVE_HEADS.has(next.w) && RELATIVE_PRONOUNS.has(tokens[j + 2]?.w ?? '')) return j;
      const cue = matchCue(next.w);
      if (cue && cue.prefix > 0 && cue.entry.form !== 'participle') return j;
    }
  }
  return limit;
}

/** Skips the markers between a subject and what was said: ":", "إن/أن/بأن", "إلى أن", "على أن". */
function skipMarkers(tokens: Token[], k: number): { start: number; marked: boolean; prep: boolean } {
  let j = k;
  let marked = false;
  let prep = false;
  for (let guard = 0; guard < 4 && j < tokens.length; guard++) {
    const t = tokens[j]!;
    if (isColon(t) || (!t.word && COMMA.has(t.w))) {
      if (isColon(t)) marked = true;
      j++;
    } else if (t.word && PREP_MARKERS.has(t.w) && (isComplement(tokens[j + 1]) || tokens[j + 1]?.quote === 'open' || isColon(tokens[j + 1]))) {
      j++;
    } else if (isComplement(t)) {
      marked = true;
      j++;
      break;
    } else break;
  }
  if (!marked && tokens[j]?.quote === 'open') marked = true;
  if (!marked && tokens[j]?.word && PREP_MARKERS.has(tokens[j]!.w)) prep = true;
  return { start: j, marked, prep };
}

/** The first token of the clause the verb at `i` belongs to (looking back across commas, not across complements). */
function clauseStart(tokens: Token[], i: number): number {
  let j = i - 1;
  const floor = Math.max(0, i - 20);
  while (j >= floor) {
    const t = tokens[j]!;
    if (!t.word && (SENTENCE_END.has(t.w) || t.w === ':' || t.w === '؛' || t.quote === 'open')) break;
    if (isComplement(t)) break;
    if (t.depth < tokens[i]!.depth) break;
    j--;
  }
  let c = j + 1;
  while (c < i && (tokens[c]!.word ? AUXILIARIES.has(tokens[c]!.w) : COMMA.has(tokens[c]!.w))) c++;
  return c;
}

function isClauseInitial(tokens: Token[], i: number, match: CueMatch): boolean {
  if (match.prefix > 0) return true;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.word && /^(قد|كما|ثم|لكن|ولكن|بدوره|بدورها|وقد|فقد|لقد|لم|ولم)$/.test(tokens[j]!.w)) j--;
  // "فكتب يقول: …", "وأضاف يقول": an imperfect speech verb right after a speech verb shares its subject.
  if (j === i - 1 && j >= 0 && tokens[j]!.word && /^[يت]/.test(tokens[i]!.w) && matchCue(tokens[j]!.w)) return true;
  return j < 0 || !tokens[j]!.word || isComplement(tokens[j]) || CONJUNCTIONS.has(tokens[j]!.w) || RELATIVES.has(tokens[j]!.w);
}

/** Index of the token the mention starts in (binary search: tokens are in text order), or -1. */
function mentionTokenIndex(tokens: Token[], m: Mention): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (m.start < t.s) hi = mid - 1;
    else if (m.start >= t.e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function isPrepositionalMention(tokens: Token[], m: Mention): boolean {
  const t = tokens[mentionTokenIndex(tokens, m)];
  if (!t) return false;
  const prev = tokens[mentionTokenIndex(tokens, m) - 1];
  return (m.start > t.s && /^(و?[لب])/.test(t.w)) || (!!prev && prev.word && (prev.w === 'ل' || prev.w === 'الي' || prev.w === 'مع'));
}

/** Actors the content is about: its mentions, "both sides", "our country", nisbas, an object pronoun's antecedent. */
function aboutOf(state: State, tokens: Token[], from: number, to: number, speaker: string | null, extra: string[]): string[] {
  const { registry } = state.ctx;
  if (to <= from) return extra;
  const s = tokens[from]!.s;
  const e = tokens[to - 1]!.e;
  const out = new Set<string>(extra);
  for (const m of registry.mentionsWithin(s, e)) out.add(m.actor);
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    const forms = stripPrefixes(t.w);
    const dual = forms.map((w) => DUAL_REFERENCES[w]).find(Boolean);
    if (dual) {
      const seen: string[] = [];
      for (const m of registry.mentionsBefore(t.s, 40)) {
        const kind = registry.get(m.actor)?.kind;
        if (dual !== 'ANY' && kind !== dual) continue;
        if (dual === 'ANY' && kind !== 'PERSON' && kind !== 'STATE') continue;
        if (!seen.includes(m.actor)) seen.push(m.actor);
        if (seen.length === 2) break;
      }
      if (seen.length === 2) seen.forEach((a) => out.add(a));
    }
    if (/^(ب)?ان(ه)$/.test(t.w)) {
      // "ممن يرون أنه انتخب …": "he" is the person named before.
      const a = antecedent(registry, t.s, speaker);
      if (a) out.add(a);
    }
    if (forms.some((w) => OWN_STATE.has(w)) && speaker) {
      const a = registry.get(speaker);
      const own = a?.kind === 'STATE' ? a.id : (a?.state ?? a?.speaksFor?.[0]);
      if (own) out.add(own);
    }
    for (const w of forms) {
      const st = registry.stateByDemonym(w);
      if (st) out.add(st);
    }
  }
  const outlet = state.doc.outlet ? registry.lookupName(state.doc.outlet)[0] : undefined;
  const aboutCtx = { registry, text: state.doc.text, publishedAt: state.doc.publishedAt, outletState: (outlet && registry.get(outlet)?.state) ?? null, mode: state.ctx.mode, groups: state.ctx.forces };
  for (const a of contentAbout(aboutCtx, tokens, from, to, speaker)) out.add(a);
  if (speaker) out.delete(speaker);
  return [...out];
}

/** The person an object pronoun ("اتهمه", "بأنه") points back to: the last male/female person named before. */
function antecedent(registry: ActorRegistry, offset: number, exclude: string | null): string | null {
  for (const m of registry.mentionsBefore(offset, 30)) {
    if (m.actor !== exclude && registry.get(m.actor)?.kind === 'PERSON') return m.actor;
  }
  return null;
}

function quotedShare(tokens: Token[], from: number, to: number): number {
  let inside = 0;
  let total = 0;
  const base = tokens[from]?.depth ?? 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    total += t.e - t.s;
    if (t.depth > base) inside += t.e - t.s;
  }
  return total === 0 ? 0 : inside / total;
}

/** Content token range after the markers: a quotation (with quoted continuations) or the clause. */
function contentRange(tokens: Token[], start: number, depth: number): { from: number; to: number; direct: boolean } | null {
  if (start >= tokens.length) return null;
  const t = tokens[start]!;
  if (t.quote === 'open' && isContentQuote(tokens, start)) {
    let end = Math.min(t.closes, tokens.length - 1);
    // «…» و«…» / «…»، «…»: one statement in several quoted parts.
    for (;;) {
      const a = tokens[end + 1];
      const b = tokens[end + 2];
      if (a && (a.w === 'و' || COMMA.has(a.w)) && b?.quote === 'open') end = Math.min(b.closes, tokens.length - 1);
      else if (a?.quote === 'open' && a.w !== '"') end = Math.min(a.closes, tokens.length - 1);
      else break;
    }
    const stop = contentStop(tokens, end + 1, depth);
    // A quote continued by indirect words before the clause ends ("«…» ممن يعارضون داعش") keeps them.
    const to = stop > end + 1 && stop - (end + 1) <= 12 ? stop : end + 1;
    return { from: start, to, direct: true };
  }
  const to = contentStop(tokens, start, depth);
  if (to <= start) return null;
  return { from: start, to, direct: quotedShare(tokens, start, to) >= 0.5 };
}

function pushDraft(
  state: State,
  locals: Local[],
  tokens: Token[],
  sentence: Sentence,
  opts: {
    cueTok: number;
    cue: string;
    cueType: CueType;
    speaker: SpeakerResult;
    content: { from: number; to: number; direct: boolean };
    addressees?: string[];
    via?: string[];
    aboutExtra?: string[];
    spanFrom?: number;
  },
): void {
  const { content } = opts;
  const contentFromOff = tokens[content.from]!.s;
  const contentToOff = tokens[content.to - 1]!.e;
  const spanStart = Math.min(tokens[opts.spanFrom ?? opts.cueTok]!.s, opts.speaker.start >= sentence.start ? opts.speaker.start : Infinity, contentFromOff);
  const spanEnd = Math.max(contentToOff, tokens[opts.cueTok]!.e);
  const speakerKind = state.ctx.registry.get(opts.speaker.actor)?.kind;
  if ((speakerKind === 'GROUP' || speakerKind === 'OTHER') && state.ctx.mode === 'extract') {
    if (opts.speaker.start >= sentence.start && opts.speaker.end <= sentence.end) state.ctx.registry.addMention(opts.speaker.actor, [opts.speaker.start, opts.speaker.end], 'reference');
  }
  const draft: DraftStatement = {
    speaker: opts.speaker.actor,
    speakerText: opts.speaker.text,
    cue: opts.cue,
    cueType: opts.cueType,
    contentSpan: [contentFromOff, contentToOff],
    direct: content.direct,
    // The discovery pass only needs speakers (and statement extents for nesting and pronouns).
    about: state.ctx.mode === 'discover' ? [] : aboutOf(state, tokens, content.from, content.to, opts.speaker.actor, [...(opts.aboutExtra ?? []), ...frontedTopic(state.ctx.registry, tokens, opts.cueTok)]),
    addressees: (opts.addressees ?? []).filter((a) => a !== opts.speaker.actor),
    via: (opts.via ?? []).filter((a) => a !== opts.speaker.actor),
    span: [spanStart, spanEnd],
    parentIndex: null,
  };
  state.drafts.push(draft);
  locals.push({
    draft: state.drafts.length - 1,
    cueTok: opts.cueTok,
    contentFrom: content.from,
    contentTo: content.to,
    depth: tokens[opts.cueTok]!.depth,
    speaker: opts.speaker.actor,
    gender: opts.speaker.gender,
    speakerText: opts.speaker.text,
  });
}

/** Prepositional mentions in a phrase: addressees ("لـ«عكاظ»", "لوكالة الصحافة الفرنسية"); media among them also relay. */
function addresseesIn(state: State, tokens: Token[], from: number, to: number, speaker: string | null): { addressees: string[]; via: string[] } {
  const addressees: string[] = [];
  const via: string[] = [];
  if (to <= from) return { addressees, via };
  const { registry } = state.ctx;
  for (const m of registry.mentionsWithin(tokens[from]!.s, tokens[to - 1]!.e)) {
    if (m.actor === speaker || !isPrepositionalMention(tokens, m)) continue;
    // Said *to* someone: ل ("لوكالة", "للصحفيين"), not بـ ("ببغداد" is where).
    const tok = tokens[mentionTokenIndex(tokens, m)];
    if (tok && /^و?ب/.test(tok.w) && m.start > tok.s) continue;
    addressees.push(m.actor);
    if (registry.get(m.actor)?.kind === 'MEDIA') via.push(m.actor);
  }
  // "لـ«الشرق الأوسط»": a quoted outlet after a bare ل.
  for (let j = from; j < to - 1; j++) {
    if (tokens[j]!.w === 'ل' && tokens[j + 1]!.quote === 'open') {
      const open = tokens[j + 1]!;
      const close = Math.min(open.closes, to);
      if (close <= j + 2) continue;
      const name = state.doc.text.slice(tokens[j + 2]!.s, tokens[close - 1]!.e);
      const ids = [`صحيفة ${name}`, `وكالة ${name}`, `قناة ${name}`, name].map((n) => registry.lookupName(n)[0]).filter(Boolean) as string[];
      const id = ids[0] ?? registry.register({ name, kind: 'MEDIA' }).id;
      registry.addMention(id, [tokens[j + 2]!.s, tokens[close - 1]!.e]);
      if (id !== speaker && !addressees.includes(id)) addressees.push(id);
      if (registry.get(id)?.kind === 'MEDIA' && !via.includes(id)) via.push(id);
    }
  }
  return { addressees, via };
}

const NAMES = new WeakMap<Sentence, Set<number>>();

/** Start offsets of the names in a sentence (computed once per sentence and pass). */
function sentenceNames(registry: ActorRegistry, sentence: Sentence): Set<number> {
  let names = NAMES.get(sentence);
  if (!names) {
    names = new Set(registry.mentionsWithin(sentence.start, sentence.end).map((m) => m.start));
    NAMES.set(sentence, names);
  }
  return names;
}

function handleCue(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, match: CueMatch): void {
  const { entry } = match;
  const { ctx } = state;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (entry.negatedOnly && !(prev?.word && /^(لم|ولم)$/.test(prev.w))) return;
  if (isImpersonal(tokens, i)) return; // "يذكر أن": the journalist's own formula
  // "ذُكر في الاتفاق أن", "أُعلن أن": a damma on the first letter of a past verb makes it passive (no speaker).
  if (entry.form === 'past') {
    const written = state.doc.text.slice(t.s, t.e);
    if (/^.\u064F/.test(match.prefix > 0 ? written.replace(/^[وف][\u064B-\u0652]*/, '') : written)) return;
  }
  // "إشارة", "إشادة", "إفادة": a noun in ة, not a verb with an object pronoun (the folded forms are alike).
  if (match.objectSuffix && /ة[\u064B-\u0652]*$/.test(state.doc.text.slice(t.s, t.e))) return;
  const inQuote = t.depth > 0;
  const insideContent = locals.some((l) => i >= l.contentFrom && i < l.contentTo);
  if (entry.topLevelOnly && (inQuote || insideContent)) return;
  if (entry.initialOnly && !(match.prefix > 0 || !prev?.word)) return;
  const cueText = state.doc.text.slice(t.s, t.e);

  // Participles: ", مشيرا إلى أن …" continue the governing attribution.
  if (entry.form === 'participle') {
    // The attribution it continues: the last one before it at its depth, skipping statements nested
    // in a content the participle is outside of ("قال X إن Y اتفقا على …، مشيرا" continues X).
    const governing = [...locals].reverse().find((l) => l.cueTok < i && l.depth === t.depth && !locals.some((p) => p !== l && l.cueTok >= p.contentFrom && l.cueTok < p.contentTo && i >= p.contentTo));
    let speaker: SpeakerResult | null = governing?.speaker
      ? { actor: governing.speaker, text: governing.speakerText ?? '', start: -1, end: -1, gender: governing.gender }
      : null;
    if (!speaker) {
      // "وقاطع الائتلاف … مشككا …": the subject of the sentence's first verb.
      const first = ctx.registry.mentionsWithin(sentence.start, t.s)[0];
      const k = first ? mentionTokenIndex(tokens, first) : -1;
      if (first && k >= 0 && k <= 3 && !isPrepositionalMention(tokens, first)) {
        speaker = { actor: first.actor, text: state.doc.text.slice(first.start, first.end), start: first.start, end: first.end, gender: entry.gender };
      }
      // "… وأعلنها وزير الخارجية جون كيري داعيا": the person or body named right before.
      const adjacent = ctx.registry.mentionsBefore(t.s, 1)[0];
      const kind = adjacent ? ctx.registry.get(adjacent.actor)?.kind : undefined;
      if (!speaker && adjacent && prev && adjacent.end === prev.e && (kind === 'PERSON' || kind === 'ORGANIZATION') && !isPrepositionalMention(tokens, adjacent)) {
        speaker = { actor: adjacent.actor, text: state.doc.text.slice(adjacent.start, adjacent.end), start: adjacent.start, end: adjacent.end, gender: entry.gender };
      }
    }
    // "وصرح اللاعب، على موقع النادي، قائلا: …": a cue verb whose complement is the participle itself.
    if (!speaker) speaker = verbBeforeParticiple(state, locals, tokens, sentence, i, entry.gender);
    if (!speaker && tokens.slice(0, i).every((x) => !x.word)) {
      // A participle opening its sentence ("… غدا. مؤكدا أن …"): the splitter cut the attribution it continues.
      const h = state.discourse.lastSpeaker(entry.gender);
      if (h) speaker = { actor: h.actor, text: h.text, start: -1, end: -1, gender: h.gender };
    }
    let mk = skipMarkers(tokens, i + 1);
    if (!mk.marked && !mk.prep) {
      // "مشددا أثناء لقائه الوزير، أمس، على أن …": circumstances and addressees before the complement.
      const frame = frameAfterVerb(tokens, i, entry, sentenceNames(ctx.registry, sentence), true);
      const c = frame.complement;
      if (c && !frame.object && (c.kind === 'clause' || c.kind === 'colon' || c.kind === 'quote')) mk = { start: c.start, marked: true, prep: false };
      else if (c && !frame.object && c.kind === 'prep' && c.at > i + 1) mk = { start: c.at, marked: false, prep: true };
    }
    if (!speaker && mk.marked && (isColon(tokens[mk.start - 1]) || tokens[mk.start]?.quote === 'open')) {
      // "واستشهد بالوضع في اليونان قائلا: «…»": quoted words after a clause with no subject of its own.
      speaker = implicitSpeaker(state, locals, tokens, i, entry.gender);
    }
    if (!speaker) return;
    if (!mk.marked && !entry.object && !mk.prep) return;
    if (entry.requires && !mk.marked && !entry.requires.some((r) => tokens[mk.start]?.w === r || tokens[mk.start]?.w.startsWith(r))) return;
    const content = contentRange(tokens, mk.start, t.depth);
    if (!content) return;
    pushDraft(state, locals, tokens, sentence, { cueTok: i, cue: cueText, cueType: entry.type, speaker, content });
    return;
  }

  // Relative clauses: "…، الأمر الذي ينفيه ترامب", "وهو ما نفاه": the content is what precedes.
  const relative = prev?.word && RELATIVE_PRONOUNS.has(prev.w) && tokens[i - 2]?.word && RELATIVE_HEADS.has(tokens[i - 2]!.w);
  if (prev?.word && (prev.w === 'ممن' || prev.w === 'من')) return;
  if (prev?.word && prev.w === 'كما' && match.objectSuffix) return;
  if (relative) {
    const end = Math.min(tokens.length, i + 1 + 6);
    let k = i + 1;
    while (k < end && tokens[k]!.word) k++;
    const speaker = speakerFromPhrase(ctx, tokens, i + 1, k, entry.gender);
    if (!speaker) return;
    let from = i - 2;
    while (from > 0 && !(tokens[from - 1]!.word === false && SENTENCE_END.has(tokens[from - 1]!.w))) from--;
    let to = i - 2;
    while (to > from && !tokens[to - 1]!.word) to--;
    if (to <= from) return;
    pushDraft(state, locals, tokens, sentence, {
      cueTok: i, cue: cueText, cueType: entry.type, speaker, content: { from, to, direct: false }, spanFrom: from,
    });
    return;
  }

  const clauseInitial = isClauseInitial(tokens, i, match);
  const names = sentenceNames(ctx.registry, sentence);
  let speaker: SpeakerResult | null = null;
  let explicit = true;
  let frame: Frame;

  const fronted = frontedAuthor(tokens, clauseStart(tokens, i), i);
  const authored = fronted ? null : authoredText(tokens, i);
  let via: string[] = [];
  if (fronted) {
    // "وفي تصريح للدكتور X قال إن": the author of the fronted statement speaks (a medium there is the addressee).
    const author = speakerFromPhrase(ctx, tokens, fronted[0], fronted[1], entry.gender, false, true);
    if (author && ctx.registry.get(author.actor)?.kind !== 'MEDIA') speaker = author;
  }
  if (speaker) {
    frame = frameAfterVerb(tokens, i, entry, names, true);
  } else if (authored) {
    // "نشرت المجلة تحليلا للباحثة X رأت فيه أن": the author speaks, the publisher relays.
    speaker = speakerFromPhrase(ctx, tokens, authored.author[0], authored.author[1], entry.gender, false, true);
    if (!speaker) return;
    const c = clauseStart(tokens, authored.noun);
    const publisher = c < authored.noun - 1 ? speakerFromPhrase(ctx, tokens, c + 1, authored.noun, null) : null;
    if (publisher && publisher.actor !== speaker.actor) via = [publisher.actor];
    frame = frameAfterVerb(tokens, i + 1, entry, names, true);
  } else if (tokens[i + 1]?.word && /^(فيه|فيها)$/.test(tokens[i + 1]!.w) && prev?.word && STATEMENT_NOUNS.has(prev.w)) {
    // "أصدرت X بيانا قالت فيه": the subject of the clause's first verb.
    const c = clauseStart(tokens, i - 1);
    speaker = speakerFromPhrase(ctx, tokens, c + 1, i - 1, entry.gender);
    if (!speaker) return;
    frame = frameAfterVerb(tokens, i + 1, entry, names, true);
  } else if (!clauseInitial) {
    // Subject first ("موسكو انتقدت", "كان لافروف قد أعلن"): the phrase opening the clause, or the
    // one after the nearest comma ("…، فالمسؤولون الأمريكيون … أكدوا").
    const c = clauseStart(tokens, i);
    // "وعن مستوى التنسيق … قال:": a fronted topic is no subject; the verb's own subject follows it or is implicit.
    const frontedTopicOnly = frontedPhraseEnd(tokens, c, i) > 0;
    let comma = i - 1;
    while (comma > 0 && i - comma < 12 && !(COMMA.has(tokens[comma]!.w) && tokens[comma]!.depth === t.depth)) comma--;
    if (comma > 0 && COMMA.has(tokens[comma]!.w) && comma > c) speaker = speakerFromPhrase(ctx, tokens, comma + 1, i, entry.gender, true);
    else if (comma > 0 && COMMA.has(tokens[comma]!.w) && !frontedTopicOnly) speaker = speakerFromPhrase(ctx, tokens, comma + 1, i, entry.gender, true);
    if (!speaker && c < i && !frontedTopicOnly) speaker = speakerFromPhrase(ctx, tokens, c, i, entry.gender, true);
    frame = frameAfterVerb(tokens, i, entry, names, !!speaker);
    if (!speaker && frame.subject) {
      // Verb-subject order after an adverbial ("والآن … أكدت الإدارة الأمريكية أن").
      speaker = speakerFromPhrase(ctx, tokens, frame.subject[0], frame.subject[1], entry.gender, true);
    }
    if (!speaker && frontedTopicOnly && !frame.subject && !inQuote && !insideContent) {
      speaker = implicitSpeaker(state, locals, tokens, i, entry.gender);
      explicit = false;
    }
    if (!speaker) return;
  } else if (prev?.word && /^(ان|بان)(ه|ها)$/.test(prev.w)) {
    // "إنه أبلغ كيري بأن": the pronoun is the subject — the enclosing speaker, or the one before.
    const enclosing = [...locals].reverse().find((l) => i >= l.contentFrom && i <= l.contentTo);
    const h = enclosing?.speaker ? { actor: enclosing.speaker, text: enclosing.speakerText ?? '', gender: enclosing.gender } : state.discourse.lastSpeaker(entry.gender);
    if (h) speaker = { actor: h.actor, text: h.text, start: -1, end: -1, gender: h.gender };
    // "إلا أنه شدد على …", "غير أنها أكدت": a contrast between two statements of one speaker, not reported content.
    explicit = !!tokens[i - 2]?.word && /^(الا|غير|بيد)$/.test(tokens[i - 2]!.w);
    frame = frameAfterVerb(tokens, i, entry, names, true);
    if (!speaker) return;
  } else {
    frame = frameAfterVerb(tokens, i, entry, names, false);
    if (frame.subject) speaker = speakerFromPhrase(ctx, tokens, frame.subject[0], frame.subject[1], entry.gender);
    if (!speaker && match.prefix === 0 && prev && COMMA.has(prev.w)) {
      // "ائتلافا … مقرها الولايات المتحدة، قال إن": the subject before the comma.
      const c = clauseStart(tokens, i - 1);
      if (c < i - 1) speaker = speakerFromPhrase(ctx, tokens, c, i - 1, entry.gender, true);
      if (speaker) frame = frameAfterVerb(tokens, i, entry, names, true);
    }
    if (!speaker) {
      // An implicit subject: no subject phrase between the verb and its complement.
      if (frame.subject) {
        const nounish = tokens.slice(frame.subject[0], frame.subject[1]).filter((x) => x.word && x.depth === t.depth && !/^[لب]/.test(x.w));
        if (nounish.length > 0) return;
      }
      const insideParent = [...locals].reverse().find((l) => i >= l.contentFrom && i < l.contentTo);
      // "وأكد أن X تعتبر …، وقال": a verb joined by و after the content goes on with the content's
      // speaker (implicitSpeaker's enclosing statement), not with the content's own subject.
      // The verb's gender must fit that speaker ("قال إن الحكومة … وأعلنت" is the government's).
      const conjoined = match.prefix > 0 && !inQuote && !!insideParent?.speaker && (!entry.gender || !insideParent.gender || entry.gender === insideParent.gender);
      if (conjoined) {
        speaker = { actor: insideParent.speaker!, text: insideParent.speakerText ?? '', start: -1, end: -1, gender: entry.gender };
        explicit = false;
      } else if (insideParent && (!inQuote || prev?.quote === 'open')) {
        // A verb inside reported content whose subject opened that content: "أن الإدارة الأمريكية …، أكدت",
        // "إن الشركة، بعد مفاوضات …، أعلنت", "إن الوزيرين «أكدا …»".
        const first = ctx.registry.mentionsWithin(tokens[insideParent.contentFrom]!.s, t.s)[0];
        if (first && mentionTokenIndex(tokens, first) - insideParent.contentFrom <= 2) {
          speaker = { actor: first.actor, text: state.doc.text.slice(first.start, first.end), start: first.start, end: first.end, gender: entry.gender };
        } else {
          const from = insideParent.contentFrom;
          let end = from;
          while (end < i && tokens[end]!.word) end++;
          if (end > from && end - from <= 6 && (end === i || COMMA.has(tokens[end]!.w) || tokens[end]!.quote === 'open')) {
            speaker = speakerFromPhrase(ctx, tokens, from, end, entry.gender);
          }
        }
      }
      if (!speaker && prev?.word && RELATIVES.has(prev.w)) {
        // "مطر الكواري الذي قال …": the person or body the relative clause describes.
        const before = ctx.registry.mentionsBefore(prev.s, 1)[0];
        const kind = before ? ctx.registry.get(before.actor)?.kind : undefined;
        if (before && tokens[i - 2]?.e === before.end && (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'GROUP')) {
          speaker = { actor: before.actor, text: state.doc.text.slice(before.start, before.end), start: before.start, end: before.end, gender: entry.gender };
        }
      }
      if (!speaker) {
        if (inQuote || insideContent) return;
        const h = implicitSpeaker(state, locals, tokens, i, entry.gender);
        if (!h) return;
        speaker = { ...h, gender: entry.gender };
        explicit = false;
      }
    }
  }

  const comp = frame.complement;
  const k = comp ? comp.at : Math.min(tokens.length, (frame.subject?.[1] ?? i + 1));
  const marked = !!comp && (comp.kind === 'clause' || comp.kind === 'colon' || comp.kind === 'quote');
  const quoteBefore = !!prev && (prev.quote === 'close' || (COMMA.has(prev.w) && tokens[i - 2]?.quote === 'close'));
  const afterFrame = comp ? comp.start : k;
  const nothingAfter = !comp && (!tokens[afterFrame] || SENTENCE_END.has(tokens[afterFrame]!.w) || (frame.subject?.[1] ?? 0) >= tokens.length);
  if (!(quoteBefore && nothingAfter)) {
    if (!comp) return;
    if (entry.requires && comp.kind !== 'prep' && !marked) return;
    // "قلل من …", "سلط الضوء على …", "أفاد عن …": a required word must stand between the verb and a nominal complement.
    if (entry.requires && comp.kind === 'prep' && !tokens.slice(i + 1, comp.start + 1).some((x) => x.word && entry.requires!.some((r) => x.w === r || (r.length === 1 && x.w.startsWith(r))))) return;
    if (entry.requires && comp.kind === 'clause' && !entry.requires.some((r) => COMPLEMENTS.has(r) || r.length === 1 || tokens.slice(Math.max(i + 1, comp.at - 1), comp.at + 1).some((x) => x.w === r || x.w.startsWith(r)))) return;
  }
  if (entry.quotedOnly && !(comp && (comp.kind === 'quote' || tokens[comp.start]?.quote === 'open'))) return;
  if ((inQuote || insideContent) && !marked && !explicit) return;
  if (comp?.kind === 'masdar' && match.objectSuffix) return; // "وأعلنها": the object is a pronoun, what was said is elsewhere
  // "اتُّهم بالتعاون …", "اتهم بالمر بقتل …": a verb that needs an object, with none before its preposition, is passive.
  if (entry.needsObject && comp?.kind === 'prep' && !frame.object && !match.objectSuffix && (!frame.subject || comp.at === frame.subject[0])) return;
  // "لم يؤكد الأمر": an anaphoric object says nothing of its own.
  if (comp?.kind === 'masdar' && isAnaphoricObject(tokens, comp.start)) return;
  if (comp && isParticipleCue(tokens[comp.start])) return;

  // A nominal complement keeps its preposition ("دعا إلى رحيل …"): the preposition is part of what
  // was asked or stressed, and the annotation's keys start with it. A quotation after it stays a quotation.
  const contentFrom = comp?.kind === 'prep' && tokens[comp.start]?.quote !== 'open' ? comp.at : comp?.start ?? 0;
  let content = comp && !(quoteBefore && nothingAfter) && comp.start < tokens.length ? contentRange(tokens, contentFrom, t.depth) : null;
  // The quote before the cue ("«…»، قال X."): the cue splits or ends the quotation.
  if ((!content || content.to <= content.from) && prev) {
    const close = prev.quote === 'close' ? i - 1 : COMMA.has(prev.w) && tokens[i - 2]?.quote === 'close' ? i - 2 : -1;
    if (close >= 0) {
      const open = tokens.findIndex((x) => x.closes === close);
      if (open >= 0) content = { from: open, to: close + 1, direct: true };
    }
  }
  if (!content) return;
  if (prev?.word && RELATIVES.has(prev.w) && tokens[i - 2] && DASH.has(tokens[i - 2]!.w)) {
    // "-الذي قالت الشرطة إنه …-": the aside ends at its closing dash.
    const dash = tokens.findIndex((x, n) => n > content!.from && n < content!.to && DASH.has(x.w));
    if (dash > content.from) content = { ...content, to: dash };
  }
  const objectFrom = frame.object ? frame.object[1] : k;

  // Addressees and relays named between the verb and the content.
  const phrase = addresseesIn(state, tokens, i + 1, Math.max(k, objectFrom), speaker.actor);
  const addressees = [...phrase.addressees];
  const aboutExtra: string[] = [];
  let cueType = entry.type;
  const speakerKind = ctx.registry.get(speaker.actor)?.kind;
  if (entry.mediaType && speakerKind === 'MEDIA') cueType = entry.mediaType;
  if (!clauseInitial || entry.remind || entry.addressee) {
    // The object right after the verb ("ذكر ترامب بأن", "أبلغ كيري بأن") is the addressee.
    const objs = ctx.registry.mentionsWithin(t.e, tokens[Math.max(i + 1, Math.min(k, tokens.length) - 1)]?.e ?? t.e)
      .filter((m) => m.actor !== speaker!.actor && !isPrepositionalMention(tokens, m));
    if ((entry.remind || entry.addressee) && objs[0]) {
      addressees.push(objs[0].actor);
      if (entry.remind && tokens[k]?.word && tokens[k]!.w.startsWith('ب')) cueType = 'REMIND';
    }
  }
  if (match.objectSuffix === 'm' || match.objectSuffix === 'f') {
    const a = antecedent(ctx.registry, t.s, speaker.actor);
    if (a) aboutExtra.push(a);
  }
  pushDraft(state, locals, tokens, sentence, {
    cueTok: i, cue: cueText, cueType, speaker, content, addressees, via: [...via, ...phrase.via], aboutExtra,
    spanFrom: clauseInitial ? i : undefined,
  });
}

/**
 * The speaker of a finite cue verb earlier in the sentence that made no statement because its
 * complement is the participle at `i` ("وصرح X، على موقع النادي، قائلا", "وأوضح الفارق … قائلا"):
 * its subject phrase, or its implicit subject.
 */
function verbBeforeParticiple(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, gender: Gender): SpeakerResult | null {
  const depth = tokens[i]!.depth;
  for (let v = i - 1; v >= 0 && i - v <= 30; v--) {
    const t = tokens[v]!;
    if (t.depth !== depth) continue;
    if (!t.word) {
      if (endsSentence(tokens, v) || t.w === '؛') return null;
      continue;
    }
    if (isComplement(t)) return null;
    const m = matchCue(t.w);
    if (!m || m.entry.form === 'participle' || locals.some((l) => l.cueTok === v)) continue;
    if (!isClauseInitial(tokens, v, m)) return null;
    const frame = frameAfterVerb(tokens, v, m.entry, sentenceNames(state.ctx.registry, sentence), false);
    if (frame.subject && frame.subject[1] <= i) {
      const s = speakerFromPhrase(state.ctx, tokens, frame.subject[0], subjectEnd(tokens, frame.subject[0], frame.subject[1]), m.entry.gender);
      if (s) return s;
      // A first phrase that is no speaker is the verb's object ("وأوضح الفارق بين …"): the subject is implicit.
    }
    return implicitSpeaker(state, locals, tokens, v, m.entry.gender ?? gender);
  }
  return null;
}

/** The sentence's statements so far, as the discourse model reads them. */
const sentenceStatements = (locals: Local[]) =>
  locals.filter((l) => l.speaker).map((l) => ({ actor: l.speaker!, text: l.speakerText ?? '', gender: l.gender, cueTok: l.cueTok, contentFrom: l.contentFrom, contentTo: l.contentTo }));

/** A speaker for a frame with no subject of its own: the statement it sits in, else the discourse's implicit subject. */
function implicitSpeaker(state: State, locals: Local[], tokens: Token[], i: number, gender: Gender | null): SpeakerResult | null {
  const enclosing = [...locals].reverse().find((l) => l.speaker && i >= l.contentFrom && i < l.contentTo);
  const h = enclosing
    ? { actor: enclosing.speaker!, text: enclosing.speakerText ?? '', gender: enclosing.gender }
    : state.discourse.implicitSubject(tokens, i, gender, sentenceStatements(locals));
  return h ? { actor: h.actor, text: h.text, start: -1, end: -1, gender: h.gender } : null;
}

// The lexicon's role words, read with every clitic reading ("ورئيس" is و + رئيس).
const isRoleLike = (t: Token | undefined): boolean => !!t?.word && isIn(ROLE_WORDS, t.w);

/** The first token of a subject phrase that belongs to it (circumstances and adverbs after it are cut off). */
function subjectEnd(tokens: Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.word && /^(خلال|اثناء|امس|اليوم|مجددا|ايضا|كذلك|عقب|بعد|قبل|امام|لدي|الي|علي|عن)$/.test(t.w)) return j;
    if (!t.word && COMMA.has(t.w) && !isRoleLike(tokens[j + 1])) return j;
  }
  return to;
}

/** "جدد الرئيس تأكيده على أن …", "واكتفى بالقول إن …": true when a statement was made. */
function handleLight(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, lf: LightFrame): boolean {
  const { ctx } = state;
  let speaker: SpeakerResult | null = null;
  if (lf.subject) {
    const end = subjectEnd(tokens, lf.subject[0], lf.subject[1]);
    speaker = speakerFromPhrase(ctx, tokens, lf.subject[0], end, lf.gender);
    if (!speaker) return false;
  } else speaker = implicitSpeaker(state, locals, tokens, i, lf.gender);
  if (!speaker) return false;
  const mk = skipMarkers(tokens, lf.noun + 1);
  const next = tokens[lf.noun + 1];
  // What was said: a marked clause or quotation, or (for the verb's own noun) a preposition + masdar.
  const nominal = !mk.marked && lf.owned && !!next?.word && (mk.prep || /^(ل|ب|الي|علي|من)/.test(next.w)) && !matchCue(next.w);
  if (!mk.marked && !nominal) return false;
  const content = contentRange(tokens, mk.marked ? mk.start : lf.noun + 1, tokens[i]!.depth);
  if (!content) return false;
  pushDraft(state, locals, tokens, sentence, {
    cueTok: i, cue: `${state.doc.text.slice(tokens[i]!.s, tokens[i]!.e)} ${state.doc.text.slice(tokens[lf.noun]!.s, tokens[lf.noun]!.e)}`, cueType: lf.type, speaker, content,
  });
  return true;
}

/** "إثر إعلان الشركة أنها …": the noun's genitive speaks. Not when the noun belongs to a verb's own frame. */
function handleNounFrame(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, nf: NounFrame): void {
  if (locals.some((l) => i > l.cueTok && i < l.contentFrom)) return;
  const speaker = speakerFromPhrase(state.ctx, tokens, nf.subject[0], nf.subject[1], null);
  if (!speaker) return;
  const mk = skipMarkers(tokens, nf.marker);
  if (!mk.marked) return;
  const content = contentRange(tokens, mk.start, tokens[i]!.depth);
  if (!content) return;
  pushDraft(state, locals, tokens, sentence, {
    cueTok: i, cue: state.doc.text.slice(tokens[i]!.s, tokens[i]!.e), cueType: nf.type, speaker, content, spanFrom: i,
  });
}

/**
 * "…، بحسب ما أفاد مسؤول في الشركة", "…، كما ذكر مصدر أمني": the source speaks the clause before
 * it (or relays the statement made there). Returns the token to go on after, or -1 when the verb
 * has its own complement ("كما أكد الوزير أن …" is an ordinary statement).
 */
function handlePostposed(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, pp: PostposedSource): number {
  const { ctx } = state;
  const names = sentenceNames(ctx.registry, sentence);
  const frame = frameAfterVerb(tokens, pp.verb, pp.match.entry, names, false);
  if (frame.complement && frame.complement.kind !== 'masdar') return -1;
  if (!frame.subject) return -1;
  const source = speakerFromPhrase(ctx, tokens, frame.subject[0], frame.subject[1], pp.match.entry.gender, false, true);
  if (!source) return -1;
  const after = Math.max(frame.subject[1], ...frame.addressees.map((a) => a[1]), ...frame.circumstances.map((c) => c[1]));
  const depth = tokens[i]!.depth;
  const previous = [...locals].reverse().find((l) => l.cueTok < i && l.depth === depth && l.contentTo >= i - 1);
  if (previous) {
    const d = state.drafts[previous.draft]!;
    if (previous.speaker !== source.actor && !d.via.includes(source.actor)) d.via.push(source.actor);
    return after;
  }
  let cTo = i;
  while (cTo > 0 && !tokens[cTo - 1]!.word && tokens[cTo - 1]!.quote !== 'close') cTo--;
  let cFrom = cTo;
  while (cFrom > 0 && !(tokens[cFrom - 1]!.depth === depth && !tokens[cFrom - 1]!.word && (SENTENCE_END.has(tokens[cFrom - 1]!.w) || tokens[cFrom - 1]!.w === '؛'))) cFrom--;
  let content: { from: number; to: number; direct: boolean } | null = null;
  if (cTo - cFrom >= 3) content = { from: cFrom, to: cTo, direct: quotedShare(tokens, cFrom, cTo) >= 0.5 };
  else {
    // Fronted: "وبحسب ما أعلن الجيش، فإن …" — what follows.
    const mk = skipMarkers(tokens, after);
    content = contentRange(tokens, mk.start, depth);
  }
  if (!content || content.to - content.from < 3) return after;
  const viaPhrase = addresseesIn(state, tokens, pp.verb + 1, after, source.actor);
  const media = viaPhrase.via;
  let cueType = pp.match.entry.type;
  if (pp.match.entry.mediaType && ctx.registry.get(source.actor)?.kind === 'MEDIA') cueType = pp.match.entry.mediaType;
  pushDraft(state, locals, tokens, sentence, {
    cueTok: pp.verb, cue: state.doc.text.slice(tokens[i]!.s, tokens[pp.verb]!.e), cueType, speaker: source, content,
    addressees: viaPhrase.addressees, via: media, spanFrom: Math.min(content.from, i),
  });
  return after;
}

/** "نقلت وكالة X عن Y قوله إن …": Y said it, X relayed it. */
function handleRelay(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number, gender: Gender): void {
  const { ctx } = state;
  const limit = Math.min(tokens.length, i + 14);
  let an = -1;
  for (let j = i + 1; j < limit; j++) if (tokens[j]!.word && tokens[j]!.w === 'عن') { an = j; break; }
  if (an < 0) return;
  let k = an + 1;
  const kLimit = Math.min(tokens.length, an + 1 + MAX_SUBJECT_TOKENS);
  while (k < kLimit && !(tokens[k]!.word && RELAY_QUOTE.has(tokens[k]!.w)) && !isComplement(tokens[k]) && !isColon(tokens[k]) && !(tokens[k]!.quote === 'open' && isContentQuote(tokens, k)) && !SENTENCE_END.has(tokens[k]!.w)) k++;
  const speaker = speakerFromPhrase(ctx, tokens, an + 1, k, null, false, true);
  if (!speaker) return;
  let viaIds: string[] = [];
  const viaMentions = ctx.registry.mentionsWithin(tokens[i]!.e, tokens[an]!.s);
  if (viaMentions[0]) viaIds = [viaMentions[0].actor];
  else {
    const c = clauseStart(tokens, i);
    const before = c < i ? speakerFromPhrase(ctx, tokens, c, i, gender) : null;
    if (before) viaIds = [before.actor];
    else {
      const h = state.discourse.lastSpeaker(gender);
      if (h) viaIds = [h.actor];
    }
  }
  const saying = k < tokens.length && tokens[k]!.word && RELAY_QUOTE.has(tokens[k]!.w);
  if (saying) k++;
  const mk = skipMarkers(tokens, k);
  // "عن سكان قولهم انقطعت المياه": after قولهم the words are theirs even without أن/إن.
  if (!mk.marked && !(saying && tokens[mk.start]?.word)) return;
  const content = contentRange(tokens, mk.start, tokens[i]!.depth);
  if (!content) return;
  pushDraft(state, locals, tokens, sentence, {
    cueTok: i, cue: state.doc.text.slice(tokens[i]!.s, tokens[an]!.e), cueType: 'SAY', speaker, content, via: viaIds,
  });
}

/** "حسب وكالة رويترز" after an attribution: a relay; on its own: a REPORT by that source. */
function handleAccording(state: State, locals: Local[], tokens: Token[], sentence: Sentence, i: number): void {
  const { ctx } = state;
  let from = i + 1;
  if (tokens[from]?.word && tokens[from]!.w === 'ل') from++;
  // "بحسب ما نقلت وكالة …": the source follows the relaying verb.
  if (tokens[from]?.word && tokens[from]!.w === 'ما' && tokens[from + 1]?.word && (matchRelayVerb(tokens[from + 1]!.w) || matchCue(tokens[from + 1]!.w))) from += 2;
  let to = from;
  while (to < tokens.length && to - from < 8 && (tokens[to]!.word || tokens[to]!.quote) && !SENTENCE_END.has(tokens[to]!.w)) to++;
  if (to <= from) return;
  const source = speakerFromPhrase(ctx, tokens, from, to, null, true, true);
  if (!source) return;
  // "وبحسب شهود عيان فإن …": the source's own statement follows, whatever was said before it.
  let after = to;
  while (after < tokens.length && !tokens[after]!.word && COMMA.has(tokens[after]!.w)) after++;
  const ownClause = tokens[after]?.word && /^(فان|ان)$/.test(tokens[after]!.w);
  // "أن القوات - وبحسب قناة X - قد أحبطت …": an aside inside a clause reports that clause.
  const aside = !!tokens[i - 1] && DASH.has(tokens[i - 1]!.w) && !!tokens[to] && DASH.has(tokens[to]!.w);
  if (ownClause || aside) {
    const cFrom = ownClause ? after + 1 : clauseStart(tokens, i - 1);
    const cTo = contentStop(tokens, ownClause ? after + 1 : to + 1, tokens[i]!.depth);
    if (cTo - cFrom >= 3) {
      pushDraft(state, locals, tokens, sentence, {
        cueTok: i, cue: state.doc.text.slice(tokens[i]!.s, tokens[i]!.e), cueType: 'REPORT', speaker: source,
        content: { from: cFrom, to: cTo, direct: quotedShare(tokens, cFrom, cTo) >= 0.5 }, spanFrom: Math.min(cFrom, i),
      });
      return;
    }
  }
  const previous = [...locals].reverse().find((l) => l.cueTok < i && l.depth === tokens[i]!.depth);
  if (previous && previous.speaker !== source.actor) {
    const d = state.drafts[previous.draft]!;
    if (!d.via.includes(source.actor)) d.via.push(source.actor);
    return;
  }
  if (previous) return;
  // Standalone: the clause before (or after) the phrase is what the source reports.
  let cFrom = 0;
  let cTo = i;
  while (cTo > cFrom && !tokens[cTo - 1]!.word && tokens[cTo - 1]!.quote !== 'close') cTo--;
  if (cTo - cFrom < 3) {
    cFrom = to;
    while (cFrom < tokens.length && !tokens[cFrom]!.word && tokens[cFrom]!.quote !== 'open') cFrom++;
    cTo = contentStop(tokens, cFrom, tokens[i]!.depth);
  }
  if (cTo - cFrom < 3) return;
  pushDraft(state, locals, tokens, sentence, {
    cueTok: i, cue: state.doc.text.slice(tokens[i]!.s, tokens[i]!.e), cueType: 'REPORT', speaker: source,
    content: { from: cFrom, to: cTo, direct: quotedShare(tokens, cFrom, cTo) >= 0.5 }, spanFrom: Math.min(cFrom, i),
  });
}

function processSentence(state: State, sentence: Sentence): void {
  const tokens = tokenize(state.doc.text, sentence.start, sentence.end);
  state.discourse.enter(tokens);
  NAMES.delete(sentence); // the discovery pass may have added names since
  const locals: Local[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const pp = postposedSource(tokens, i);
    if (pp) {
      const next = handlePostposed(state, locals, tokens, sentence, i, pp);
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    if (ACCORDING.has(t.w) && (t.w !== 'وفق' || tokens[i + 1]?.w.startsWith('ل'))) {
      handleAccording(state, locals, tokens, sentence, i);
      continue;
    }
    if (t.w === 'نقلا' && tokens[i + 1]?.w === 'عن') {
      const previous = [...locals].reverse().find((l) => l.cueTok < i);
      const src = speakerFromPhrase(state.ctx, tokens, i + 2, Math.min(tokens.length, i + 8), null, false, true);
      if (previous && src) state.drafts[previous.draft]!.via.push(src.actor);
      continue;
    }
    const relay = matchRelayVerb(t.w);
    if (relay) {
      handleRelay(state, locals, tokens, sentence, i, relay);
      continue;
    }
    const lf = lightFrame(tokens, i);
    if (lf && handleLight(state, locals, tokens, sentence, i, lf)) {
      i = lf.noun;
      continue;
    }
    const match = matchCue(t.w);
    if (match) handleCue(state, locals, tokens, sentence, i, match);
    else {
      const nf = nounFrame(tokens, i);
      if (nf) handleNounFrame(state, locals, tokens, sentence, i, nf);
    }
  }
  // Nesting: a statement whose cue lies inside another's content is its child.
  for (const child of locals) {
    let best: Local | null = null;
    for (const parent of locals) {
      if (parent === child) continue;
      if (child.cueTok >= parent.contentFrom && child.cueTok < parent.contentTo) {
        if (!best || parent.contentTo - parent.contentFrom < best.contentTo - best.contentFrom) best = parent;
      }
    }
    if (best) state.drafts[child.draft]!.parentIndex = best.draft;
  }
  for (const l of locals) {
    if (state.drafts[l.draft]!.parentIndex == null && l.speaker) {
      state.discourse.spoke({ actor: l.speaker, text: l.speakerText ?? '', gender: l.gender });
    }
  }
}

function newState(doc: Document, registry: ActorRegistry, mode: SpeakerContext['mode']): State {
  const ctx: SpeakerContext = { text: doc.text, registry, publishedAt: doc.publishedAt, roles: new Map(), groups: new Map(), forces: new Map(), mode };
  const discourse = new Discourse(ctx);
  ctx.antecedent = (gender, offset) => discourse.pronoun(gender, offset);
  return { ctx, doc, discourse, drafts: [] };
}

/** First pass: registers people and organisations introduced as speakers, so later short mentions resolve. */
export function discoverArabicActors(doc: Document, registry: ActorRegistry): void {
  const state = newState(doc, registry, 'discover');
  for (const sentence of doc.sentences) processSentence(state, sentence);
}

export function findArabicStatements(doc: Document, registry: ActorRegistry): DraftStatement[] {
  const state = newState(doc, registry, 'extract');
  for (const sentence of doc.sentences) processSentence(state, sentence);
  interviewAnswers(state);
  return state.drafts;
}

const QUESTION = /^\s*(?:•(?!•)|س\s*[:：-]|سؤال\s*[:：])/;
const ANSWER = /^\s*(?:••|ج\s*[:：-]|جواب\s*[:：])\s*/;
/** Longest answer part: statements over 800 characters are not statements for the scorer or for readers. */
const MAX_ANSWER_PART = 700;

/**
 * Interviews ("• question" / "•• answer", "س:" / "ج:"): each answer is the interviewee's own words
 * (a direct statement), split at sentence ends into parts of readable length. The interviewee is
 * the person quoted most in the introduction. Questions are the journalist's: nothing in them is kept.
 */
function interviewAnswers(state: State): void {
  const { doc } = state;
  const paragraphs = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = paragraphs.get(s.paragraph) ?? [];
    list.push(s);
    paragraphs.set(s.paragraph, list);
  }
  const roles: Array<{ sentences: Sentence[]; kind: 'q' | 'a' | 'other' }> = [];
  let inAnswer = false;
  for (const sentences of paragraphs.values()) {
    const first = sentences[0]!.text;
    if (QUESTION.test(first)) {
      roles.push({ sentences, kind: 'q' });
      inAnswer = false;
    } else if (ANSWER.test(first)) {
      roles.push({ sentences, kind: 'a' });
      inAnswer = true;
    } else roles.push({ sentences, kind: inAnswer ? 'a' : 'other' });
  }
  if (roles.filter((r) => r.kind === 'a').length < 2 || !roles.some((r) => r.kind === 'q')) return;
  const within = (d: DraftStatement, kind: 'q' | 'a' | 'other') =>
    roles.some((r) => r.kind === kind && d.span[0] >= r.sentences[0]!.start && d.span[0] < r.sentences.at(-1)!.end);
  const counts = new Map<string, number>();
  for (const d of state.drafts) {
    if (d.speaker && within(d, 'other') && state.ctx.registry.get(d.speaker)?.kind === 'PERSON') counts.set(d.speaker, (counts.get(d.speaker) ?? 0) + 1);
  }
  const interviewee = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!interviewee) return;
  const actor = state.ctx.registry.get(interviewee)!;
  const kept = state.drafts.filter((d) => !within(d, 'q'));
  state.drafts.length = 0;
  state.drafts.push(...kept.map((d) => ({ ...d, parentIndex: null })));
  for (const r of roles) {
    if (r.kind !== 'a') continue;
    let part: Sentence[] = [];
    const flush = () => {
      if (part.length === 0) return;
      const text = doc.text;
      let start = part[0]!.start;
      const bullet = ANSWER.exec(text.slice(start, part[0]!.end));
      if (bullet) start += bullet[0].length;
      const end = part.at(-1)!.end;
      if (end - start > 10) {
        const parentIndex = state.drafts.length;
        state.drafts.push({
          speaker: interviewee, speakerText: actor.name, cue: bullet ? bullet[0].trim() : '••', cueType: 'SAY',
          contentSpan: [start, end], direct: true, about: [], addressees: [], via: [], span: [part[0]!.start, end], parentIndex: null,
        });
        const tokens = tokenize(text, start, end);
        state.drafts[parentIndex]!.about = aboutOf(state, tokens, 0, tokens.length, interviewee, []);
        for (let k = 0; k < parentIndex; k++) {
          const d = state.drafts[k]!;
          if (d.parentIndex == null && d.span[0] >= start && d.span[1] <= end) d.parentIndex = parentIndex;
        }
      }
      part = [];
    };
    for (const s of r.sentences) {
      if (part.length > 0 && s.end - part[0]!.start > MAX_ANSWER_PART) flush();
      part.push(s);
    }
    flush();
  }
}
