// Do two reports carry the same utterance? The rule, explained on every decision.
//
//   compareReports(a, b) -> Match    {same, score, anchors, reason}
//   SAME_CLAIM                       the thresholds (bench/claims measures them)
//
// Same language: a near duplicate of content words (overlap of the shorter on the longer, Jaccard
// of words and of word bigrams), within DATE_WINDOW_DAYS, numbers never in conflict and the same
// polarity ("will attend" / "will not attend" are two claims). Shared numbers or named actors are
// anchors: with one, a looser wording is enough (outlets trim and reorder the same sentence).
// Across languages the words cannot be compared, so everything else must agree: the speaker (the
// caller blocks on it), the date, the actors talked about, and the language-free anchors (numbers,
// months, places: "Geneva ... in April" / "جنيف ... في أبريل"), all equal; with no actor, two
// such anchors at least (one alone, a month, is too common to carry a match).
import { crossLanguageReady, daysApart, languageFreeAnchors, type Report } from './features.ts';

export const SAME_CLAIM = {
  /** Dates of two reports of one utterance: within this many days. */
  dateWindowDays: 3,
  /** Score at or above which two same-language reports are one claim. */
  score: 0.55,
  /** With an anchor (equal numbers, or two shared named actors), this score is enough. */
  anchoredScore: 0.42,
  /** Fewer content words than this: only a near-identical wording counts. */
  minWords: 3,
} as const;

/** Cue types that answer another claim: a denial of X is never a report of X. */
export const RESPONSE_CUES: ReadonlySet<string> = new Set(['DENY', 'REJECT']);

export type Anchor = 'speaker' | 'date' | 'numbers' | 'actors' | 'words' | 'cross-language';

export interface Match {
  same: boolean;
  /** 0..1: how alike the two reports are. */
  score: number;
  /** What agreed (always 'speaker' first: candidates are blocked on it). */
  anchors: Anchor[];
  /** Why not, when not the same. */
  reason?: string;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const common = intersectionSize(a, b);
  return common / (a.size + b.size - common);
}

/** Similarity of wording: 0..1 (the same words in another order still scores high). */
export function wordingScore(a: Report, b: Report): number {
  const common = intersectionSize(a.words, b.words);
  const smaller = Math.min(a.words.size, b.words.size);
  if (smaller === 0) return 0;
  const overlap = common / smaller;
  const words = common / (a.words.size + b.words.size - common);
  const bigrams = jaccard(a.bigrams, b.bigrams);
  return 0.45 * overlap + 0.3 * words + 0.25 * bigrams;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

export function compareReports(a: Report, b: Report): Match {
  const anchors: Anchor[] = ['speaker'];
  if (a.speaker === null || a.speaker !== b.speaker) return { same: false, score: 0, anchors: [], reason: 'speaker' };
  if (RESPONSE_CUES.has(a.cueType) !== RESPONSE_CUES.has(b.cueType)) return { same: false, score: 0, anchors, reason: 'a response and what it answers' };
  if (daysApart(a.date, b.date) > SAME_CLAIM.dateWindowDays) return { same: false, score: 0, anchors, reason: 'date' };
  anchors.push('date');
  const bothNumbers = a.numbers.length > 0 && b.numbers.length > 0;
  if (bothNumbers && sharedCount(a.numbers, b.numbers) === 0) return { same: false, score: 0, anchors, reason: 'numbers' };
  if (bothNumbers) anchors.push('numbers');
  const sharedActors = sharedCount(a.about, b.about);
  if (a.language !== b.language) {
    const agree = crossLanguageReady(a) && sameList(a.about, b.about) && sameList(languageFreeAnchors(a), languageFreeAnchors(b));
    if (!agree) return { same: false, score: 0, anchors, reason: 'cross-language anchors' };
    const agreed: Anchor[] = [...anchors, ...(a.about.length > 0 ? (['actors'] as const) : []), 'cross-language'];
    return { same: a.negated === b.negated, score: 0.5, anchors: agreed, reason: a.negated === b.negated ? undefined : 'polarity' };
  }
  if (sharedActors > 0) anchors.push('actors');
  const score = Math.round(wordingScore(a, b) * 1000) / 1000;
  if (a.negated !== b.negated) return { same: false, score, anchors, reason: 'polarity' };
  if (Math.min(a.words.size, b.words.size) < SAME_CLAIM.minWords) {
    const same = score >= 0.9;
    return same ? { same, score, anchors: [...anchors, 'words'] } : { same, score, anchors, reason: 'too short' };
  }
  const anchored = (bothNumbers && sameList(a.numbers, b.numbers)) || sharedActors >= 2;
  const threshold = anchored ? SAME_CLAIM.anchoredScore : SAME_CLAIM.score;
  if (score >= threshold) return { same: true, score, anchors: [...anchors, 'words'] };
  return { same: false, score, anchors, reason: `wording ${score} < ${threshold}` };
}
