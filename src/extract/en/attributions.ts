// The English attribution patterns, applied to one clause unit at a time:
//   X said (that) C.            X told Y (that) C.          X said: "C"
//   "C," X said.   C, X said.   "C," said X.                 C, say experts like X, ...
//   according to X, C.          C, according to X.
//   ..., saying/adding that C   (the subject of the clause speaks)
//   ..., who said C             (the antecedent speaks)
//   C, which X denied. / C, a claim X denies.  (relative clauses: the preceding clause is the content)
// followed by quotations that continue a speaker ("'...,' he said. '...'", a paragraph opening
// with a quotation after a quoted speaker).
import type { ActorRegistry } from '../actors.ts';
import type { DraftStatement } from '../pipeline.ts';
import type { Token, Unit } from './tokens.ts';
import type { Cue } from './cues.ts';
import { findCues } from './cues.ts';
import type { ActorFacts } from './names.ts';
import { resolveSpeaker, Salience, type SpeakerRef } from './speakers.ts';
import { hasClause, subjectBefore, type SubjectPhrase } from './clause.ts';
import { AUXILIARIES, GROUP_NOUNS, ROLE_NOUNS, CLAUSE_STOPS, DETERMINERS, INTRO_WORDS, MEDIA_NAMES, PRONOUNS, RELATIVE_PRONOUNS, TIME_WORDS, WEEKDAYS } from './lexicon.ts';

const MAX_CONTENT = 790;
/** Verbs that come before their subject after a quotation ('"...," said X'). */
const INVERTING = new Set(['say', 'state', 'add', 'write', 'ask', 'explain', 'note', 'reply', 'recall', 'insist', 'warn', 'tweet', 'declare', 'announce', 'argue', 'suggest', 'tell', 'claim', 'assert', 'observe', 'remark', 'quip', 'comment', 'continue', 'conclude']);
const SENTENCE_ADVERBS = new Set(['yet', 'but', 'and', 'so', 'still', 'however', 'meanwhile', 'instead', 'also', 'then', 'now', 'later', 'earlier', 'indeed', 'thus', 'moreover', 'separately']);
const ADJUNCT_START = new Set(['on', 'in', 'at', 'during', 'earlier', 'later', 'after', 'before', 'yesterday', 'today', 'last', 'this', 'late', 'early', 'again', 'separately', 'privately', 'publicly', 'repeatedly', 'also', 'recently', 'previously', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "said on Friday he ...": skip a leading time expression so that the date stays in the frame. */
function skipTimeAdjunct(tokens: Token[], r: number, last: number): number {
  let k = r;
  for (let guard = 0; guard < 3 && k < last; guard++) {
    const t = tokens[k]!;
    const n = tokens[k + 1];
    if (WEEKDAYS.has(t.lower) || t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'earlier' || t.lower === 'later') { k++; continue; }
    if ((t.lower === 'on' || t.lower === 'last' || t.lower === 'this') && n && (WEEKDAYS.has(n.lower) || /^(week|month|year|weekend|night|morning)$/.test(n.lower))) { k += 2; continue; }
    break;
  }
  return k;
}
const HARD_STOP = new Set([';', ':', '(', ')', '—', '–', '--', '[', ']']);
const SUBORDINATORS = new Set(['and', 'but', 'or', 'because', 'when', 'while', 'after', 'before', 'by', 'since', 'as', 'if', 'although', 'though', 'in', 'without', 'upon', 'on']);
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'charge', 'assertion', 'view', 'position', 'assessment', 'notion', 'idea', 'suggestion']);
const ADDRESSEE_WORDS = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'supporters', 'him', 'her', 'them', 'us', 'me', 'parliament', 'congress', 'senators', 'students', 'voters', 'delegates', 'listeners', 'viewers', 'readers', 'members', 'officials', 'diplomats', 'attendees']);

export interface Found {
  draft: DraftStatement;
  unit: number;
  /** Token index of the cue (for nesting and ordering). */
  cueAt: number;
}

interface Ctx {
  /** Token indices of accepted cues (nouns like "the report" are not among them). */
  cueTokens: Set<number>;
  text: string;
  tokens: Token[];
  units: Unit[];
  registry: ActorRegistry;
  facts: ActorFacts;
  salience: Salience;
}

const isWord = (t: Token | undefined) => !!t && t.kind === 'word';
const isComma = (t: Token | undefined) => !!t && t.kind === 'punct' && t.text === ',';
const isOpen = (t: Token | undefined) => !!t && t.kind === 'open';
const isCloseQ = (t: Token | undefined) => !!t && (t.kind === 'close');
const isAdverb = (t: Token) => t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && t.lower !== 'only';

export function findAttributions(text: string, tokens: Token[], units: Unit[], registry: ActorRegistry, facts: ActorFacts): Found[] {
  const ctx: Ctx = { cueTokens: new Set(), text, tokens, units, registry, facts, salience: new Salience(registry, facts) };
  const out: Found[] = [];
  let lastFound: Found | null = null;
  const cuesOf = units.map((unit) => findCues(tokens, unit));
  for (const cues of cuesOf) for (const c of cues) for (let k = c.first; k < c.last; k++) ctx.cueTokens.add(k);
  cueSet = ctx.cueTokens;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    noteSubject(ctx, unit);
    const cues = cuesOf[u]!;
    const inUnit: Found[] = [];
    for (const cue of cues) {
      const f = attribution(ctx, u, cue, inUnit);
      if (!f) continue;
      inUnit.push(f);
      if (f.draft.speaker) ctx.salience.note(f.draft.speaker, tokens[cue.first]!.start);
    }
    // A clause that is only a quotation continues the previous quoted speaker.
    if (inUnit.length === 0 && lastFound && isQuoteOnly(tokens, unit)) {
      const prev: Found = lastFound;
      const prevUnit = units[prev.unit]!;
      const adjacent = prev.unit === u - 1 && (prevUnit.paragraph === unit.paragraph || tokens[unit.first]!.kind === 'open');
      if (adjacent) {
        const ext = continueStatement(ctx, prev, unit);
        if (ext) out.push(ext);
        lastFound = { draft: ext ? ext.draft : prev.draft, cueAt: prev.cueAt, unit: u };
        continue;
      }
    }
    trimAtFollowingCues(inUnit, tokens);
    out.push(...inUnit);
    if (inUnit.length) lastFound = inUnit[inUnit.length - 1]!;
  }
  return out;
}

/** The first actor named at the start of a unit is in focus for later pronouns. */
function noteSubject(ctx: Ctx, unit: Unit): void {
  const { tokens, registry } = ctx;
  let k = unit.first;
  while (k < unit.last && (tokens[k]!.quote >= 0 || tokens[k]!.kind !== 'word')) k++;
  // Skip introductory chunks ("As for Carson's mangling of 'Hamas,'") to the main clause.
  for (let guard = 0; guard < 4 && k < unit.last; guard++) {
    if (!INTRO_WORDS.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower)) break;
    let c = k;
    while (c < unit.last && !isComma(tokens[c]) && c - k < 12) c++;
    if (c >= unit.last || !isComma(tokens[c])) break;
    k = c + 1;
    while (k < unit.last && (tokens[k]!.quote >= 0 || tokens[k]!.kind !== 'word')) k++;
  }
  const limit = Math.min(unit.last, k + 8);
  if (k >= limit) return;
  const m = registry.mentionsWithin(tokens[k]!.start, tokens[limit - 1]!.end).find((x) => registry.get(x.actor)?.kind === 'PERSON');
  if (m) ctx.salience.note(m.actor, m.start);
}

function isQuoteOnly(tokens: Token[], unit: Unit): boolean {
  const first = tokens[unit.first]!;
  if (first.kind !== 'open' && !(first.quote >= 0)) return false;
  let inside = 0, outside = 0;
  for (let k = unit.first; k < unit.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.quote >= 0) inside++;
    else outside++;
  }
  return inside > 0 && outside === 0;
}

/** Extends the previous statement over a continuing quotation, or repeats its speaker. */
function continueStatement(ctx: Ctx, prev: Found, unit: Unit): Found | null {
  const { tokens } = ctx;
  const start = tokens[unit.first]!.start;
  const end = tokens[unit.last - 1]!.end;
  const d = prev.draft;
  if (end - d.contentSpan[0] <= MAX_CONTENT) {
    d.contentSpan = [d.contentSpan[0], end];
    d.span = [Math.min(d.span[0], start), Math.max(d.span[1], end)];
    return null;
  }
  return {
    unit: prev.unit,
    cueAt: prev.cueAt,
    draft: { ...d, contentSpan: [start, end], span: [start, end], direct: true, about: [], addressees: [...d.addressees], via: [...d.via], parentIndex: null },
  };
}

/** "C1, he said, adding that C2": the first content ends where the next attribution starts. */
function trimAtFollowingCues(found: Found[], tokens: Token[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!.draft;
    for (let j = 0; j < found.length; j++) {
      if (i === j) continue;
      const b = found[j]!;
      const cueStart = tokens[b.cueAt]!.start;
      // Only a later participle or "according to" clause outside a's speaker part cuts a's content.
      if (cueStart > a.contentSpan[0] && cueStart < a.contentSpan[1] && b.draft.span[0] >= a.contentSpan[0]) {
        const cutAt = b.draft.span[0];
        let pk = b.cueAt - 1;
        while (pk > 0 && tokens[pk]!.kind === 'word' && b.cueAt - pk < 4) pk--;
        const prevTok = tokens[pk];
        if ((b.draft.cue.endsWith('ing') || b.draft.cueType === 'REPORT') && prevTok && prevTok.text === ',' && cutAt > a.contentSpan[0]) {
          a.contentSpan = [a.contentSpan[0], Math.min(a.contentSpan[1], prevTok.start)];
        }
        // "said C1 and called C2": a coordinated cue with the same subject ends C1.
        let k = b.cueAt - 1;
        while (k > 0 && AUXILIARIES.has(tokens[k]!.lower)) k--;
        const conj = tokens[k]!;
        if ((conj.lower === 'and' || conj.lower === 'but') && conj.start > a.contentSpan[0]) {
          let e = k;
          while (e > 0 && tokens[e - 1]!.kind === 'punct' && tokens[e - 1]!.text === ',') e--;
          if (tokens[e - 1] && tokens[e - 1]!.end > a.contentSpan[0]) a.contentSpan = [a.contentSpan[0], Math.min(a.contentSpan[1], tokens[e - 1]!.end)];
        }
      }
    }
  }
}

function attribution(ctx: Ctx, u: number, cue: Cue, earlier: Found[]): Found | null {
  if (cue.kind === 'according') return accordingTo(ctx, u, cue);
  const { tokens } = ctx;
  const unit = ctx.units[u]!;
  const verb = cue.verb!;

  // The subject phrase before the cue, read structurally: "NAME, a hydrologist at X, said" has
  // a subject with an apposition, so it is not an inverted "C, said X".
  const preEnd = skipPreverbal(tokens, unit.first, cue.first);
  const struct = verb.participle ? null : subjectBefore(tokens, unit.first, preEnd, ctx.cueTokens);
  const structural = !!struct && struct.skipped && (struct.start === unit.first || onlyIntro(tokens, unit.first, struct.start - 1) || isCloseQ(tokens[struct.start - 1]) || (isComma(tokens[struct.start - 1]) && tokens[struct.start - 2]?.quote! >= 0));

  // 1. Inverted: '"C," said X' / 'C, say experts like X, ...'. The words before must be a clause
  // or a quotation, not a noun phrase with its appositions.
  const before = tokens[cue.first - 1];
  if (cue.first > unit.first && !structural && (isComma(before) || isCloseQ(before)) && !verb.participle && INVERTING.has(verb.lemma) && countWords(tokens, unit.first, cue.first) >= 3 && !onlyIntro(tokens, unit.first, cue.first - 1) && hasClause(tokens, unit.first, cue.first - 1, ctx.cueTokens)) {
    const np = rightNP(ctx, cue.last, unit.last);
    if (np && np.end > cue.last) {
      const content = leftContent(ctx, unit.first, cue.first - 1);
      if (content) {
        const speaker = resolveSpeaker(ctx.text, tokens, cue.last, np.end, ctx.registry, ctx.facts, ctx.salience);
        const textEnd = np.textEnd;
        return make(ctx, u, cue, speaker, content, [content[0], tokens[textEnd - 1]!.end], [], tokensDirect(tokens, content));
      }
    }
  }

  // 1b. In the middle of its content: "Any fare increase, said transit chief Nadia Ruiz, would hit
  // night-shift workers hardest": a noun phrase before, the speaker, then the rest of the clause.
  if (cue.first > unit.first && !structural && isComma(before) && !verb.participle && INVERTING.has(verb.lemma) && !onlyIntro(tokens, unit.first, cue.first - 1)) {
    const np = rightNP(ctx, cue.last, unit.last);
    const after = np ? tokens[np.textEnd] : undefined;
    const rest = np && isComma(after) ? tokens[np.textEnd + 1] : undefined;
    if (np && rest && rest.kind === 'word' && (rest.pos === 'AUX' || rest.pos === 'VERB') && countWords(tokens, unit.first, cue.first) >= 2) {
      const speaker = resolveSpeaker(ctx.text, tokens, cue.last, np.end, ctx.registry, ctx.facts, ctx.salience);
      let e = unit.last;
      while (e > np.textEnd && tokens[e - 1]!.kind === 'punct' && /^[.,;]$/.test(tokens[e - 1]!.text)) e--;
      const whole: [number, number] = [tokens[unit.first]!.start, tokens[e - 1]!.end];
      if (speaker && e > np.textEnd + 2) return make(ctx, u, cue, speaker, whole, whole, [], tokensDirect(tokens, whole));
    }
  }

  // "he would welcome ...", "could say": hypothetical, not a statement.
  if (/^(would|could|might|may|should|must|can|shall|will|to)$/.test(tokens[cue.first - 1]?.lower ?? '') && cue.kind !== 'according') return null;

  // 2. The subject before the cue.
  let j = cue.first - 1;
  while (j >= unit.first) {
    const t = tokens[j]!;
    if (t.quote >= 0) break;
    if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || isAdverb(t))) { j--; continue; }
    if (t.kind === 'word' && (WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower)) && j - 1 >= unit.first && /^(on|last|this|earlier|later)$/.test(tokens[j - 1]!.lower)) { j -= 2; continue; }
    break;
  }
  const subjectEnd = j + 1; // exclusive
  let subject: SpeakerRef | null = null;
  let subjectStart = subjectEnd;
  let relative: number | null = null; // token index of "which"/"that"/claim noun before the subject
  let inherited = false;

  if (verb.participle && (isComma(tokens[cue.first - 1]) || /^(by|after|before|while|when|in|without)$/.test(tokens[cue.first - 1]?.lower ?? ''))) {
    subject = inheritedSubject(ctx, unit, earlier, cue.first);
    inherited = true;
  } else if (verb.participle && !/^(is|was|are|were|been|be|am|and|but)$/.test(tokens[cue.first - 1]?.lower ?? '')) {
    // "remarks calling the government 'strong'": a gerund or reduced relative, not a speech act.
    return null;
  } else if (structural && struct) {
    subject = structuralSubject(ctx, struct);
    subjectStart = struct.start;
    if (!subject) return null;
  } else {
    // Walk left over the noun phrase.
    let s = subjectEnd;
    while (s - 1 >= unit.first) {
      const t = tokens[s - 1]!;
      if (t.quote >= 0 || t.kind === 'break') break;
      if (t.kind === 'punct' && (HARD_STOP.has(t.text) || t.text === ',' || t.text === '.')) break;
      if (t.kind === 'word' && !t.cap && CLAUSE_STOPS.has(t.lower) && !(t.lower === 'to' || t.lower === 'by')) break;
      if (t.kind === 'word' && isCueWord(t)) break;
      s--;
    }
    subjectStart = s;
    const stopTok = tokens[s - 1];
    if (s === subjectEnd) {
      // Nothing before the cue: "and called ...", ", who said ...", "X, a ... expert ..., said".
      if (stopTok && stopTok.kind === 'word' && (stopTok.lower === 'and' || stopTok.lower === 'but')) {
        subject = inheritedSubject(ctx, unit, earlier, cue.first);
        inherited = true;
      } else if (stopTok && stopTok.kind === 'word' && (stopTok.lower === 'who' || stopTok.lower === 'which')) {
        subject = inheritedSubject(ctx, unit, earlier, cue.first);
        inherited = true;
      } else if (isComma(stopTok)) {
        const head = appositiveHead(ctx, unit, subjectEnd);
        if (head) {
          // The whole apposition names the speaker; a person named in it is the speaker.
          subject = resolveSpeaker(ctx.text, tokens, head[0], subjectEnd - 1, ctx.registry, ctx.facts, ctx.salience);
          subjectStart = head[0];
        }
      }
    } else {
      // "reported that Erdogan said": a complementizer after a cue, not a relative "that".
      const afterCue = stopTok?.lower === 'that' && [2, 3, 4].some((d) => s - d >= 0 && ctx.cueTokens.has(s - d));
      if (stopTok && stopTok.kind === 'word' && RELATIVE_PRONOUNS.has(stopTok.lower) && !afterCue) relative = s - 1;
      else if (stopTok && stopTok.kind === 'word' && CLAIM_NOUNS.has(stopTok.lower)) relative = s - 1;
      // "a claim Trump denies": the claim noun is inside the phrase.
      for (let k = s; k < subjectEnd - 1; k++) if (CLAIM_NOUNS.has(tokens[k]!.lower) && isComma(tokens[s - 1])) { relative = k; s = k + 1; subjectStart = s; break; }
      if (!plausibleSubject(tokens, s, subjectEnd)) return null;
      subject = resolveSpeaker(ctx.text, tokens, s, subjectEnd, ctx.registry, ctx.facts, ctx.salience);
      if (!subject) return null;
      // A subordinate clause before the subject ("when ... he said") is not a subject.
    }
  }
  if (!subject) return null;

  // 3. After the cue: addressee, adjuncts, "that", then the content.
  let r = cue.last;
  const addressees: string[] = [];
  const via: string[] = [];
  if (verb.addressee) {
    const ad = addressee(ctx, r, unit.last);
    if (ad) {
      r = ad.next;
      if (ad.id) {
        const kind = ctx.registry.get(ad.id)?.kind;
        if (kind === 'MEDIA') via.push(ad.id);
        else addressees.push(ad.id);
      }
    }
  }
  // "said of the episode, ...": the topic phrase.
  if (tokens[r]?.lower === 'of') {
    let k = r;
    while (k < unit.last && !isComma(tokens[k]) && tokens[k]!.quote < 0) k++;
    if (k < unit.last && k - r < 10) r = k;
  }
  // Adjuncts between the cue and what was said: "on Friday", "earlier on Friday during a news
  // conference", "in a statement". A "that" right after them opens the content.
  let thatAt = -1;
  if (tokens[r]?.lower === 'that') thatAt = r;
  else if (tokens[r] && ADJUNCT_START.has(tokens[r]!.lower)) {
    for (let k = r; k < Math.min(unit.last, r + 14); k++) {
      const t = tokens[k]!;
      if (t.quote >= 0 || (t.kind === 'punct' && t.text !== ',')) break;
      if (t.kind === 'word' && t.lower === 'that') { thatAt = k; break; }
      if (t.kind === 'word' && (isCueWord(t) || PRONOUNS.has(t.lower) || (CLAUSE_STOPS.has(t.lower) && !ADJUNCT_START.has(t.lower)))) break;
    }
    if (thatAt < 0) r = skipTimeAdjunct(tokens, r, unit.last);
  }
  // The complementizer stays in the content ("that output must be ..."), as annotators mark it.
  let contentFirst = thatAt >= 0 ? thatAt : r;
  while (contentFirst < unit.last && tokens[contentFirst]!.kind === 'punct' && tokens[contentFirst]!.kind !== 'open' && /^[,:]$/.test(tokens[contentFirst]!.text)) contentFirst++;
  let contentLast = unit.last;
  // ", adding that ...": nothing is said after this cue itself.
  if (isComma(tokens[r]) && tokens[r + 1] && isCueWord(tokens[r + 1]!) && (tokens[r + 1]!.lower.endsWith('ing') || tokens[r + 1]!.lower === 'according')) contentLast = contentFirst;
  for (let k = contentFirst; k < contentLast - 1; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !isComma(t)) continue;
    const n = tokens[k + 1]!;
    if (isCueWord(n) && (n.lower.endsWith('ing') || n.lower === 'according')) { contentLast = k; break; }
    // "..., a claim Russia denies": the relative attribution is not part of this content.
    const n2 = tokens[k + 2];
    if ((n.lower === 'a' || n.lower === 'an') && n2 && CLAIM_NOUNS.has(n2.lower)) { contentLast = k; break; }
  }
  while (contentLast > contentFirst && tokens[contentLast - 1]!.kind === 'punct' && /^[.,;]$/.test(tokens[contentLast - 1]!.text)) contentLast--;
  const rightWords = countWords(tokens, contentFirst, contentLast);
  const rightHasQuote = hasQuote(tokens, contentFirst, contentLast);
  const explicit = thatAt >= 0 || isOpen(tokens[contentFirst]) || tokens[contentFirst]?.quote! >= 0 || tokens[r]?.text === ':' || (isComma(tokens[r]) && isOpen(tokens[r + 1]));

  // Content on the left: '"C," Carter told the forum.' / 'C, he told reporters.'
  const leftEnd = subjectStart - 1; // the comma or quote before the subject
  const leftQuote = leftEnd > unit.first && (isCloseQ(tokens[leftEnd]) || tokens[leftEnd]!.quote >= 0 || (isComma(tokens[leftEnd]) && tokens[leftEnd - 1]!.quote >= 0));
  const leftMaterial = leftEnd > unit.first && !inherited && relative === null && (isComma(tokens[leftEnd]) || leftQuote);
  const strictVerb = verb.needsThat || verb.needsQuote || verb.needsAs || (verb.needsContent && !leftQuote);
  // Parenthetical: "The plan, Schumer said, is a giveaway": the content surrounds the attribution.
  // "Its pilots, the ministry said in a statement, had received no warnings."
  let pr = r;
  if (tokens[pr] && /^(in|on|at|during)$/.test(tokens[pr]!.lower)) {
    let k = pr;
    while (k < unit.last && k - pr < 7 && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0 && !isCueWord(tokens[k]!)) k++;
    if (isComma(tokens[k])) pr = k;
  }
  const parenthetical = leftMaterial && !leftQuote && isComma(tokens[leftEnd]) && isComma(tokens[pr]) && thatAt < 0 && rightWords >= 2 && !onlyIntro(tokens, unit.first, leftEnd) && !isCueWord(tokens[pr + 1] ?? tokens[pr]!);
  if (parenthetical && !strictVerb) {
    const whole: [number, number] = [tokens[unit.first]!.start, tokens[contentLast - 1]!.end];
    return make(ctx, u, cue, subject, whole, whole, addressees, tokensDirect(tokens, whole), via);
  }
  if (leftMaterial && !explicit && !strictVerb && (leftQuote || rightWords < 3) && !onlyIntro(tokens, unit.first, leftEnd)) {
    const content = leftContent(ctx, unit.first, leftEnd + (isComma(tokens[leftEnd]) ? 0 : 1));
    if (content) {
      let cEnd = content[1];
      // '"C1," she said, and "C2."': the later quotation belongs to the same statement.
      if (rightHasQuote && !laterCue(tokens, cue.last, unit.last)) cEnd = tokens[contentLast - 1]!.end;
      const span: [number, number] = [content[0], Math.max(tokens[Math.max(cue.last, r) - 1]!.end, cEnd)];
      return make(ctx, u, cue, subject, [content[0], cEnd], span, addressees, tokensDirect(tokens, content), via);
    }
  }

  if (relative !== null && rightWords < 2) {
    // "C, which the Kremlin denied." The content is the clause before the relative word.
    let e = relative;
    while (e > unit.first && !isComma(tokens[e - 1])) e--;
    if (e - 1 <= unit.first) return null;
    // "Washington has long said C, an accusation Russia denies": C starts after that cue.
    let from = unit.first;
    for (let k = unit.first; k < e - 1; k++) if (ctx.cueTokens.has(k) && tokens[k]!.quote < 0) from = k + 1;
    if (tokens[from]?.lower === 'that') from++;
    const content = leftContent(ctx, from, e - 1);
    if (!content) return null;
    return make(ctx, u, cue, subject, content, [content[0], tokens[cue.last - 1]!.end], addressees, false, via);
  }

  if (rightWords < 2) return null;
  if (verb.type === 'BELIEVE' && thatAt < 0) return null;
  if ((verb.needsContent || verb.needsThat || verb.needsQuote || verb.needsAs) && !explicit) {
    const first = tokens[contentFirst]!;
    const ok =
      (verb.needsThat && (first.cap || PRONOUNS.has(first.lower) || first.lower === 'there') && !DETERMINERS.has(first.lower)) ||
      (verb.needsQuote && rightHasQuote) ||
      (verb.needsAs && hasWord(tokens, contentFirst, contentLast, 'as'));
    if (!ok) return null;
  }
  let start = contentFirst;
  // "C, that experts say renders ...": a relative attribution keeps the antecedent phrase.
  if (relative !== null) {
    let e = relative;
    while (e > unit.first && !isComma(tokens[e - 1])) e--;
    start = e;
  }
  const content: [number, number] = [tokens[start]!.start, tokens[contentLast - 1]!.end];
  const spanStart = relative !== null ? content[0] : Math.min(subject.start, tokens[cue.first]!.start);
  const direct = tokensDirect(tokens, [tokens[contentFirst]!.start, content[1]]);
  return make(ctx, u, cue, subject, content, [spanStart, content[1]], addressees, direct, via);
}

function accordingTo(ctx: Ctx, u: number, cue: Cue): Found | null {
  const { tokens } = ctx;
  const unit = ctx.units[u]!;
  const np = rightNP(ctx, cue.last, unit.last);
  if (!np) return null;
  const speaker = resolveSpeaker(ctx.text, tokens, cue.last, np.end, ctx.registry, ctx.facts, ctx.salience);
  if (!speaker) return null;
  const atStart = cue.first === unit.first || onlyIntro(tokens, unit.first, cue.first - 1);
  let content: [number, number] | null;
  if (atStart) {
    // "According to X, C": what follows the comma is the content, not an apposition.
    np.textEnd = np.end;
    let k = np.end;
    while (k < unit.last && tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') k++;
    let e = unit.last;
    while (e > k && tokens[e - 1]!.kind === 'punct' && /^[.,;]$/.test(tokens[e - 1]!.text)) e--;
    if (countWords(tokens, k, e) < 2) return null;
    content = [tokens[k]!.start, tokens[e - 1]!.end];
  } else {
    content = leftContent(ctx, unit.first, cue.first - (isComma(tokens[cue.first - 1]) ? 1 : 0));
  }
  if (!content) return null;
  const span: [number, number] = [Math.min(content[0], tokens[cue.first]!.start), Math.max(content[1], tokens[np.textEnd - 1]!.end)];
  return make(ctx, u, cue, speaker, content, span, [], tokensDirect(tokens, content));
}

function make(
  ctx: Ctx, u: number, cue: Cue, speaker: SpeakerRef | null, content: [number, number], span: [number, number],
  addressees: string[], direct: boolean, via: string[] = [],
): Found | null {
  if (content[1] - content[0] > 4000) return null;
  const cueText = ctx.text.slice(ctx.tokens[cue.first]!.start, ctx.tokens[cue.last - 1]!.end);
  let speakerId = speaker?.id ?? null;
  let speakerText = speaker ? (speaker.text ?? ctx.text.slice(speaker.start, speaker.end)) : null;
  // "according to Reuters" alone: the medium is the source. (A relayed speaker is set in index.ts.)
  if (speakerId) ctx.registry.reference(speakerId);
  if (speaker?.pronoun && speakerId) {
    // Keep the pronoun as written; the actor carries the name.
    speakerText = ctx.text.slice(speaker.start, speaker.end);
  }
  void MEDIA_NAMES;
  return {
    unit: u,
    cueAt: cue.first,
    draft: {
      speaker: speakerId,
      speakerText,
      cue: cueText,
      cueType: cue.type,
      contentSpan: content,
      direct,
      about: [],
      addressees,
      via,
      span: [Math.min(span[0], content[0]), Math.max(span[1], content[1])],
      parentIndex: null,
    },
  };
}

/** The subject of the clause the cue hangs on: the last speaker in this unit, else its first phrase. */
function inheritedSubject(ctx: Ctx, unit: Unit, earlier: Found[], before: number): SpeakerRef | null {
  const last = earlier.findLast((f) => f.cueAt < before);
  if (last && last.draft.speakerText !== null) {
    const d = last.draft;
    const at = ctx.tokens[last.cueAt]!.start;
    return { id: d.speaker, start: at, end: at, pronoun: null, text: d.speakerText ?? undefined };
  }
  const { tokens } = ctx;
  // The first noun phrase of the unit after introductory chunks.
  let k = unit.first;
  for (;;) {
    while (k < before && (tokens[k]!.quote >= 0 || tokens[k]!.kind !== 'word')) k++;
    if (k >= before) return null;
    let e = k;
    while (e < before && tokens[e]!.kind === 'word' && !(e > k && !tokens[e]!.cap && CLAUSE_STOPS.has(tokens[e]!.lower)) && !(e > k && !tokens[e]!.cap && !DETERMINERS.has(tokens[e]!.lower) && tokens[e - 1]!.cap && !tokens[e]!.lower.endsWith('s'))) e++;
    const firstTok = tokens[k]!;
    if (INTRO_WORDS.has(firstTok.lower) && !DETERMINERS.has(firstTok.lower)) {
      if (SENTENCE_ADVERBS.has(firstTok.lower) && !isComma(tokens[k + 1])) { k++; continue; }
      // Skip the introductory chunk up to its comma.
      let c = k;
      while (c < before && !isComma(tokens[c])) c++;
      if (c >= before) return null;
      k = c + 1;
      continue;
    }
    // Subject phrase: up to the first verb-like lower-case word after a name, else a few words.
    const s = k;
    let end = k;
    while (end < before && tokens[end]!.kind === 'word' && end - s < 8) {
      const w = tokens[end]!;
      if (w.cap || DETERMINERS.has(w.lower) || ROLE_NOUNS.has(w.lower) || GROUP_NOUNS.has(w.lower) || w.lower === "'s" || PRONOUNS.has(w.lower)) { end++; if (PRONOUNS.has(w.lower) && end - s === 1) break; continue; }
      break;
    }
    if (end === s) return null;
    return resolveSpeaker(ctx.text, tokens, s, end, ctx.registry, ctx.facts, ctx.salience);
  }
}

/** Auxiliaries, adverbs and a time adjunct between a subject and its cue ("has also said", "on Monday said"). */
function skipPreverbal(tokens: Token[], floor: number, cueFirst: number): number {
  let j = cueFirst - 1;
  while (j >= floor) {
    const t = tokens[j]!;
    if (t.quote >= 0) break;
    if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || isAdverb(t))) { j--; continue; }
    if (t.kind === 'word' && (WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower)) && j - 1 >= floor && /^(on|last|this|earlier|later)$/.test(tokens[j - 1]!.lower)) { j -= 2; continue; }
    break;
  }
  return j + 1;
}

/** The speaker of a structural subject: its head, or the name in its apposition when the head only describes. */
function structuralSubject(ctx: Ctx, struct: SubjectPhrase): SpeakerRef | null {
  const { tokens, registry } = ctx;
  const head = resolveSpeaker(ctx.text, tokens, struct.start, struct.end, registry, ctx.facts, ctx.salience);
  const person = (ref: SpeakerRef | null) => !!ref?.id && registry.get(ref.id)?.kind === 'PERSON';
  if (person(head) || !struct.apposition || tokens[struct.start]!.cap && !/^(the|a|an)$/i.test(tokens[struct.start]!.text)) return head;
  const [a, b] = struct.apposition;
  if (!tokens[a]!.cap) return head;
  const named = resolveSpeaker(ctx.text, tokens, a, b, registry, ctx.facts, ctx.salience);
  return person(named) ? named : head;
}

/** "Shane Shook, a cyber security expert who ..., said": the first noun phrase of the unit. */
function appositiveHead(ctx: Ctx, unit: Unit, commaAfter: number): [number, number] | null {
  const { tokens } = ctx;
  let k = unit.first;
  for (;;) {
    while (k < commaAfter && tokens[k]!.kind !== 'word') k++;
    if (k >= commaAfter) return null;
    if (tokens[k]!.quote >= 0) return null;
    let c = k;
    while (c < commaAfter && !isComma(tokens[c])) c++;
    const firstTok = tokens[k]!;
    if (INTRO_WORDS.has(firstTok.lower) && !DETERMINERS.has(firstTok.lower) && c < commaAfter - 1) { k = c + 1; continue; }
    if (c - k > 8) return null;
    return [k, c];
  }
}

/** The noun phrase after a cue ('said Lamar Smith, a Republican ...', 'according to the report'). */
function rightNP(ctx: Ctx, from: number, to: number): { end: number; textEnd: number } | null {
  const { tokens } = ctx;
  const first = tokens[from];
  if (!first || first.kind !== 'word' || first.quote >= 0) return null;
  if (!first.cap && !DETERMINERS.has(first.lower) && !PRONOUNS.has(first.lower) && !/s$/.test(first.lower) && !ROLE_NOUNS.has(first.lower) && !GROUP_NOUNS.has(first.lower)) return null;
  let e = from;
  while (e < to) {
    const t = tokens[e]!;
    if (t.kind !== 'word' || t.quote >= 0) break;
    if (e > from && !t.cap && (CLAUSE_STOPS.has(t.lower) && t.lower !== 'to' && t.lower !== 'by') ) break;
    if (e > from && isCueWord(t)) break;
    e++;
    if (e - from > 12) return null;
  }
  if (e === from) return null;
  // Must end the clause: a comma, the end, or a period.
  const after = tokens[e];
  if (after && after.kind === 'word' && !/^(in|on|at|during|who|as|when|while|after|before)$/.test(after.lower)) return null;
  let textEnd = e;
  // Keep an appositive in the speaker words: ', a Republican representative from Texas'.
  if (isComma(after)) {
    const n = tokens[e + 1];
    if (n && n.kind === 'word' && (DETERMINERS.has(n.lower) || n.lower === 'former' || (!n.cap && !CLAUSE_STOPS.has(n.lower)))) {
      let k = e + 1;
      while (k < to && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0 && !(RELATIVE_PRONOUNS.has(tokens[k]!.lower) && k > e + 1)) k++;
      if (k - e < 16) textEnd = k;
    }
  }
  return { end: e, textEnd };
}

/** The addressee after "told"/"reminded": a name, "reporters", "the forum", "ABC's This Week". */
function addressee(ctx: Ctx, from: number, to: number): { id: string | null; next: number } | null {
  const { tokens, registry } = ctx;
  const t = tokens[from];
  if (!t || t.kind !== 'word' || t.quote >= 0 || t.lower === 'that') return null;
  let e = from;
  if (t.cap) {
    while (e < to && tokens[e]!.kind === 'word' && (tokens[e]!.cap || tokens[e]!.lower === "'s" || tokens[e]!.lower === 'of')) e++;
  } else if (ADDRESSEE_WORDS.has(t.lower)) {
    e = from + 1;
  } else if (DETERMINERS.has(t.lower)) {
    e = from + 1;
    while (e < to && e - from < 5 && tokens[e]!.kind === 'word' && !CLAUSE_STOPS.has(tokens[e]!.lower) && !/^(in|at|on|near|during|after|before|about|of|with|from)$/.test(tokens[e]!.lower) && !PRONOUNS.has(tokens[e]!.lower)) e++;
  } else return null;
  const start = t.start;
  const end = tokens[e - 1]!.end;
  const m = registry.mentionsWithin(start, end)[0];
  let id = m?.actor ?? null;
  const name = ctx.text.slice(start, end).replace(/^the\s+/i, '');
  if (!id && MEDIA_NAMES.has(name.toLowerCase())) id = registry.register({ name, kind: 'MEDIA' }).id;
  return { id, next: e };
}

/** Content to the left: from the unit start (a quotation or a clause) to `end` (exclusive token). */
function leftContent(ctx: Ctx, first: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  let a = first;
  let b = end;
  while (b > a && tokens[b - 1]!.kind === 'punct' && /^[,.;:]$/.test(tokens[b - 1]!.text)) b--;
  if (countWords(tokens, a, b) < 2) return null;
  return [tokens[a]!.start, tokens[b - 1]!.end];
}

function onlyIntro(tokens: Token[], first: number, end: number): boolean {
  // Chunks separated by commas that all start with an introductory word and are short.
  let k = first;
  while (k < end) {
    while (k < end && tokens[k]!.kind !== 'word') {
      if (tokens[k]!.quote >= 0) return false;
      k++;
    }
    if (k >= end) return true;
    if (tokens[k]!.quote >= 0) return false;
    if (!INTRO_WORDS.has(tokens[k]!.lower)) return false;
    let c = k;
    while (c < end && !isComma(tokens[c])) c++;
    if (c - k > 7) return false;
    k = c + 1;
  }
  return true;
}

function laterCue(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.quote < 0 && isCueWord(tokens[k]!)) return true;
  return false;
}

/** A speaker phrase names someone: a capitalised word, a pronoun, or a role/group noun. */
function plausibleSubject(tokens: Token[], a: number, b: number): boolean {
  let det = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.cap || PRONOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower)) return true;
    if (DETERMINERS.has(t.lower)) det = true;
  }
  return det && b - a >= 2 && !tokens[b - 1]!.lower.endsWith('ly');
}

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
}

function hasQuote(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.quote >= 0) return true;
  return false;
}

function hasWord(tokens: Token[], a: number, b: number, w: string): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.lower === w && tokens[k]!.quote < 0) return true;
  return false;
}

/** Most of the content's words are inside quotation marks. */
function tokensDirect(tokens: Token[], span: [number, number]): boolean {
  let inside = 0, all = 0;
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end > span[1]) break;
    if (t.kind !== 'word') continue;
    all++;
    if (t.quote >= 0) inside++;
  }
  return all > 0 && inside / all >= 0.8;
}

// The cue positions of the text being processed (set at the start of findAttributions; the
// module is synchronous, so one text at a time).
let cueSet: Set<number> = new Set();
function isCueWord(t: Token): boolean {
  return t.kind === 'word' && t.quote < 0 && cueSet.has(t.i);
}

export { isWord, SUBORDINATORS };
