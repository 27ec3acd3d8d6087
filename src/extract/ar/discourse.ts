// Who is speaking or being discussed: the referents an implicit subject ("وأضاف أن", "مؤكدا")
// or a pronoun subject ("فهي تؤكد", "وقال معاليه") points back to. In order of preference:
//   1. a statement earlier in the same sentence ("قال X إن …، وأضاف أن …");
//   2. the subject of a preceding non-speech clause of the same sentence ("واستقبل الوزير X
//      الوفد، وقال:", "وبينما رفض المدرب X الحديث …، أشار إلى", "أما X فقال");
//   3. for pronouns only, the subject of the previous sentence ("ولا تزال المديرة X …. فهي تؤكد");
//   4. the speakers of earlier sentences, the same gender first.
// A subject that is present but unknown never falls back to these (attributions.ts drops or
// describes it); only a missing subject does.
import type { Token } from './tokens.ts';
import type { Gender } from './lexicon.ts';
import { COMMA, SENTENCE_END, isComplement, isIn } from './phrases.ts';
import { matchCue } from './lexicon.ts';
import { speakerFromPhrase, type SpeakerContext } from './speakers.ts';
import speakerWords from '../data/ar/speakers.json' with { type: 'json' };
import { matchKey } from '../normalize.ts';

export interface Referent {
  actor: string;
  text: string;
  gender: Gender | null;
}

/** A statement of the current sentence, as the discourse needs it. */
export interface SentenceStatement extends Referent {
  cueTok: number;
  contentFrom: number;
  contentTo: number;
}

const folded = (words: string[]) => new Set(words.map(matchKey));
/** Words after which a clause with its own subject starts ("بينما رفض X", "أما X فـ"). */
const CLAUSE_OPENERS = folded(speakerWords.clauseOpeners);
/** Particles between a clause opener or the sentence start and the verb ("ولا تزال X", "وقد استقبل X"). */
const PRE_VERB = folded(speakerWords.preVerbParticles);

/** The most words a clause subject is read from (a role, a title and a name). */
const SUBJECT_WINDOW = 9;

function compatible(want: Gender | null, got: Gender | null): boolean {
  if (!want || !got) return true;
  return want === got || (want === 'pl' && got === 'f');
}

export class Discourse {
  /** Speakers of earlier sentences, oldest first (top-level statements only). */
  private readonly speakers: Referent[] = [];
  private previous: { tokens: Token[]; quoted: boolean } | null = null;
  private current: { tokens: Token[]; quoted: boolean } | null = null;
  private previousSubject: Referent | null | undefined;

  constructor(private readonly ctx: SpeakerContext) {}

  /** A new sentence begins: the one before becomes "the previous sentence". */
  enter(tokens: Token[]): void {
    this.previous = this.current;
    this.current = { tokens, quoted: false };
    this.previousSubject = undefined;
  }

  /** The top-level speakers of the sentence just processed. */
  spoke(r: Referent): void {
    if (this.current) this.current.quoted = true;
    this.speakers.push(r);
    if (this.speakers.length > 50) this.speakers.splice(0, this.speakers.length - 20);
  }

  /** The last speaker of an earlier sentence of that gender (or the last one). */
  lastSpeaker(gender: Gender | null): Referent | null {
    const recent = this.speakers.slice(-6).reverse();
    return recent.find((h) => h.gender === gender || (gender === 'pl' && h.gender === 'f')) ?? recent[0] ?? null;
  }

  /**
   * The subject of a verb without one at token `i` of the current sentence: a statement earlier
   * in the sentence, a non-speech clause's subject, then earlier speakers.
   */
  implicitSubject(tokens: Token[], i: number, gender: Gender | null, sameSentence: SentenceStatement[]): Referent | null {
    const local = [...sameSentence].reverse().find((l) => l.cueTok < i && !sameSentence.some((p) => p !== l && l.cueTok >= p.contentFrom && l.cueTok < p.contentTo));
    const clause = clauseSubject(this.ctx, tokens, i, gender);
    // The nearer of the two: "قال X …، واستقبل Y الوفد، وقال" is Y's.
    if (clause && (!local || clause.at > local.cueTok)) return clause.referent;
    if (local && compatible(gender, local.gender)) return local;
    // "وتلقى X تهديدات … . وقال إنه …": a sentence about a person, with no statement, makes them the topic.
    const topic = this.previousTopic(gender);
    if (topic && this.ctx.registry.get(topic.actor)?.kind === 'PERSON') return topic;
    return this.lastSpeaker(gender);
  }

  /** The subject of the previous sentence when that sentence quoted no one (computed once per sentence). */
  private previousTopic(gender: Gender | null): Referent | null {
    if (this.previousSubject === undefined) {
      const prev = this.previous;
      this.previousSubject = prev && !prev.quoted ? (clauseSubject(this.ctx, prev.tokens, prev.tokens.length, null)?.referent ?? null) : null;
    }
    const subject = this.previousSubject;
    return subject && compatible(gender, subject.gender) ? subject : null;
  }

  /** What a pronoun subject ("فهي", "معاليه") at `offset` refers to: the sentence's topic, the previous sentence's subject, or the last speaker. */
  pronoun(gender: Gender | null, offset: number): Referent | null {
    // A pronoun inside the clause being read as a subject ("فهو" in "وقال إنه، فهو …") is not followed again.
    if (this.resolving) return this.lastSpeaker(gender);
    this.resolving = true;
    try {
      return this.pronounReferent(gender, offset);
    } finally {
      this.resolving = false;
    }
  }

  private resolving = false;

  private pronounReferent(gender: Gender | null, offset: number): Referent | null {
    const cur = this.current?.tokens;
    if (cur) {
      const at = cur.findIndex((t) => t.s >= offset);
      const clause = at > 0 ? clauseSubject(this.ctx, cur, at, gender) : null;
      if (clause) return clause.referent;
    }
    // The previous sentence spoke about someone without quoting them: the pronoun takes up that topic.
    return this.previousTopic(gender) ?? this.lastSpeaker(gender);
  }
}

/**
 * The subject of the last non-speech clause before token `i` of a sentence: the noun phrase after
 * the clause's first word (its verb, or أما), read as a speaker phrase whose head must name
 * someone (a role, a title, a known actor, a name with its apposition).
 */
function clauseSubject(ctx: SpeakerContext, tokens: Token[], i: number, gender: Gender | null): { referent: Referent; at: number } | null {
  const starts: number[] = [];
  for (let j = 0; j < i; j++) {
    const t = tokens[j]!;
    if (t.depth > 0) continue;
    if (j === 0 && t.word) starts.push(0);
    else if (t.word && isIn(CLAUSE_OPENERS, t.w)) starts.push(j);
    else if (!t.word && COMMA.has(t.w) && tokens[j + 1]?.word && /^و/.test(tokens[j + 1]!.w)) starts.push(j + 1);
  }
  for (const start of starts.reverse()) {
    let verb = start;
    if (isIn(CLAUSE_OPENERS, tokens[verb]!.w) && !/^(اما|واما)$/.test(tokens[verb]!.w)) verb++;
    while (verb < i && tokens[verb]!.word && isIn(PRE_VERB, tokens[verb]!.w)) verb++;
    const v = tokens[verb];
    // أما opens a topic directly; otherwise the clause's first word is its verb (never a cue: those are statements).
    const isAmma = /^(اما|واما)$/.test(tokens[start]!.w);
    if (!v?.word || (!isAmma && (matchCue(v.w) || isComplement(v)))) continue;
    const from = isAmma ? start + 1 : verb + 1;
    let to = from;
    while (to < i && to - from < SUBJECT_WINDOW && !(!tokens[to]!.word && (COMMA.has(tokens[to]!.w) || SENTENCE_END.has(tokens[to]!.w)))) {
      if (tokens[to]!.word && (matchCue(tokens[to]!.w) || isComplement(tokens[to]))) break;
      to++;
    }
    if (to <= from) continue;
    const s = speakerFromPhrase(ctx, tokens, from, to, gender, true);
    if (!s) continue;
    const kind = ctx.registry.get(s.actor)?.kind;
    if (kind !== 'PERSON' && kind !== 'ORGANIZATION' && kind !== 'GROUP') continue;
    return { referent: { actor: s.actor, text: s.text, gender }, at: verb };
  }
  return null;
}
