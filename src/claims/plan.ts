// Which claim each new statement reports, and which claim each denial answers: the whole decision,
// as pure code over the batch's statements and the candidate claims the graph returned.
//
//   planClaims(articles, candidates) -> ClaimPlan
//     articles:   the statements of the articles being written (features from reportFeatures)
//     candidates: claims already in the graph that share a speaker, a date window and a blocking
//                 key with one of them (or that a denial could answer), each with its reports
//   claimId(statementId, content)    the id a statement's claim gets when the statement founds it
//
// Statements are taken oldest first, so the earliest report founds the claim and the later ones
// join it; a statement joins the claim holding the report it matches best (compareReports). A
// claim is founded with an id derived from its founding statement, so re-extracting an article
// that founded a claim lands on the same claim.
//
// Responses (DENY, REJECT) are linked, in this order of trust:
//   1. 'antecedent': when the denied words come before the cue (a relative clause: "..., which
//      Trump denies"; "..., الأمر الذي ينفيه ترامب"), the statement they belong to in the same
//      article: nested with the denial (parent or child) or touching its span, sharing its words;
//   2. 'match': a claim in another article by an actor the denial is about, or about the denier or
//      an actor the denial is about,
//      dated up to RESPONSE_WINDOW_DAYS before it, whose words the denial repeats;
//   3. 'implicit': otherwise, for a DENY, the denied proposition itself becomes a claim without
//      reports (who made it is not in the text): "what was denied" stays answerable. A REJECT
//      with nothing to answer ("rejected any foreign presence") refuses a plan, not a claim.
import { createHash } from 'node:crypto';
import { blockingKeys, daysApart, type Report } from './features.ts';
import { compareReports, RESPONSE_CUES, type Anchor } from './match.ts';
import { reportOrder } from './summary.ts';

/** A denial answers claims made up to this many days before it (and on the day after, for time zones). */
export const RESPONSE_WINDOW_DAYS = 14;
/** Share of the denial's words (or the claim's, when shorter) that the denied claim must contain. */
const RESPONSE_OVERLAP = 0.5;

export interface PlannedStatement extends Report {
  span: readonly [number, number];
  /** Id of the statement this one is nested in. */
  parent: string | null;
  /**
   * The content comes before the cue in the text: a relative clause ("X, which Trump denies";
   * "X، الأمر الذي ينفيه ترامب") whose antecedent is what is answered. "Trump denied that X" is not.
   */
  contentBeforeCue: boolean;
}

export interface ArticleStatements {
  articleId: string;
  statements: PlannedStatement[];
}

export interface CandidateClaim {
  id: string;
  speaker: string | null;
  implicit: boolean;
  reports: Report[];
}

export interface ClaimLink {
  statementId: string;
  claimId: string;
  /** The statement founded the claim (score 1, no anchors). */
  founder: boolean;
  score: number;
  anchors: Anchor[];
  /** The report it matched best (null for a founder). */
  matched: string | null;
  /** Its blocking keys: a claim's keys are the union of its first reports' (src/claims/summary.ts). */
  keys: string[];
}

export type ResponseHow = 'antecedent' | 'match' | 'implicit';

export interface ResponseLink {
  statementId: string;
  claimId: string;
  cueType: string;
  how: ResponseHow;
  score: number;
}

export interface ImplicitClaim {
  id: string;
  content: string;
  language: string;
  date: string | null;
  about: string[];
}

export interface ClaimPlan {
  links: ClaimLink[];
  responses: ResponseLink[];
  implicit: ImplicitClaim[];
  /** Every claim the plan links to (their stored summaries need recomputing). */
  touched: string[];
}

function hashed(prefix: string, value: string): string {
  return `${prefix}:${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 24)}`;
}

export function claimId(statementId: string, content: string): string {
  return hashed('claim', `${statementId}\n${content}`);
}

function implicitClaimId(statementId: string, content: string): string {
  return hashed('denied', `${statementId}\n${content}`);
}


function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / smaller;
}

interface WorkingClaim {
  id: string;
  speaker: string | null;
  reports: Report[];
}

/** The statement a denial's relative clause points back to, in the same article. */
function antecedentOf(denial: PlannedStatement, statements: readonly PlannedStatement[]): PlannedStatement | null {
  let best: { statement: PlannedStatement; overlap: number; distance: number } | null = null;
  for (const other of statements) {
    if (other.statementId === denial.statementId) continue;
    const nested = other.statementId === denial.parent || other.parent === denial.statementId;
    const touches = other.span[0] < denial.span[1] && other.span[1] + 3 >= denial.span[0];
    if (!nested && !touches) continue;
    // "which Trump denies" with no words of its own refers to whatever it is attached to.
    const overlap = denial.words.size === 0 ? 1 : containment(denial.words, other.words);
    if (overlap < RESPONSE_OVERLAP) continue;
    const distance = Math.abs(denial.span[0] - other.span[0]);
    if (!best || overlap > best.overlap || (overlap === best.overlap && distance < best.distance)) {
      best = { statement: other, overlap, distance };
    }
  }
  return best?.statement ?? null;
}

/**
 * `previous`: statement id -> the claim it reported before this article was re-extracted. A
 * statement that founds a claim takes its previous claim's id when that claim has no report left
 * (all its reports are being rewritten): re-extracting keeps claim ids.
 */
export function planClaims(
  articles: readonly ArticleStatements[],
  candidates: readonly CandidateClaim[],
  previous: ReadonlyMap<string, string> = new Map(),
): ClaimPlan {
  const claims = new Map<string, WorkingClaim>();
  const bySpeaker = new Map<string, WorkingClaim[]>();
  const add = (claim: WorkingClaim) => {
    claims.set(claim.id, claim);
    if (claim.speaker === null) return;
    const list = bySpeaker.get(claim.speaker) ?? [];
    list.push(claim);
    bySpeaker.set(claim.speaker, list);
  };
  for (const c of candidates) if (!c.implicit) add({ id: c.id, speaker: c.speaker, reports: [...c.reports] });

  const links: ClaimLink[] = [];
  const claimOf = new Map<string, string>();
  const all = articles.flatMap((a) => a.statements).sort(reportOrder);
  for (const statement of all) {
    if (statement.speaker === null) continue;
    const keys = blockingKeys(statement);
    let best: { claim: WorkingClaim; score: number; anchors: Anchor[]; matched: string } | null = null;
    for (const claim of bySpeaker.get(statement.speaker) ?? []) {
      // One report per article: two statements of one article are two things said (or one
      // attribution nested in another), not two outlets carrying one.
      if (claim.reports.some((r) => r.articleId === statement.articleId)) continue;
      for (const report of claim.reports) {
        const m = compareReports(statement, report);
        if (m.same && (!best || m.score > best.score)) best = { claim, score: m.score, anchors: m.anchors, matched: report.statementId };
      }
    }
    if (best) {
      best.claim.reports.push(statement);
      links.push({ statementId: statement.statementId, claimId: best.claim.id, founder: false, score: best.score, anchors: best.anchors, matched: best.matched, keys });
      claimOf.set(statement.statementId, best.claim.id);
      continue;
    }
    const before = previous.get(statement.statementId);
    const reusable = before !== undefined && claims.get(before)?.reports.length === 0 && claims.get(before)?.speaker === statement.speaker;
    const id = reusable ? before : claimId(statement.statementId, statement.content);
    const claim = claims.get(id) ?? { id, speaker: statement.speaker, reports: [] };
    if (!claims.has(id)) add(claim);
    claim.reports.push(statement);
    links.push({ statementId: statement.statementId, claimId: id, founder: true, score: 1, anchors: [], matched: null, keys });
    claimOf.set(statement.statementId, id);
  }

  const responses: ResponseLink[] = [];
  const implicit: ImplicitClaim[] = [];
  const implicitFor = (s: PlannedStatement): string | null => {
    if (s.words.size < 3) return null;
    const id = implicitClaimId(s.statementId, s.content);
    if (!implicit.some((c) => c.id === id)) implicit.push({ id, content: s.content, language: s.language, date: s.date, about: [...s.about] });
    return id;
  };
  for (const article of articles) {
    for (const denial of article.statements) {
      if (!RESPONSE_CUES.has(denial.cueType)) continue;
      const own = claimOf.get(denial.statementId);
      const antecedent = denial.contentBeforeCue ? antecedentOf(denial, article.statements) : null;
      if (antecedent) {
        const target = claimOf.get(antecedent.statementId) ?? implicitFor(antecedent);
        if (target && target !== own) {
          responses.push({ statementId: denial.statementId, claimId: target, cueType: denial.cueType, how: 'antecedent', score: 1 });
          continue;
        }
      }
      const match = answeredClaim(denial, claims.values(), own);
      if (match) {
        responses.push({ statementId: denial.statementId, claimId: match.id, cueType: denial.cueType, how: 'match', score: match.score });
        continue;
      }
      // Only a denial states that something was claimed; "rejected the plan" answers no claim.
      const target = denial.cueType === 'DENY' ? implicitFor(denial) : null;
      if (target) responses.push({ statementId: denial.statementId, claimId: target, cueType: denial.cueType, how: 'implicit', score: 0 });
    }
  }

  const touched = new Set([...links.map((l) => l.claimId), ...responses.map((r) => r.claimId)]);
  return { links, responses, implicit, touched: [...touched].sort() };
}

/** A claim in another article that this denial answers: by or about whom it names, before it, same words. */
function answeredClaim(denial: Report, claims: Iterable<WorkingClaim>, own: string | undefined): { id: string; score: number } | null {
  if (denial.words.size < 2) return null;
  let best: { id: string; score: number } | null = null;
  for (const claim of claims) {
    if (claim.id === own || claim.speaker === null || claim.speaker === denial.speaker) continue;
    const byTarget = denial.about.includes(claim.speaker);
    const actors = denial.speaker === null ? denial.about : [...denial.about, denial.speaker];
    const aboutThem = claim.reports.some((r) => r.about.some((x) => actors.includes(x)));
    if (!byTarget && !aboutThem) continue;
    for (const report of claim.reports) {
      if (report.articleId === denial.articleId || report.language !== denial.language) continue;
      if (!withinResponseWindow(report.date, denial.date)) continue;
      const score = containment(denial.words, report.words);
      if (score >= RESPONSE_OVERLAP && (!best || score > best.score)) best = { id: claim.id, score: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}

function withinResponseWindow(claimDate: string | null, denialDate: string | null): boolean {
  if (claimDate === null || denialDate === null) return claimDate === denialDate;
  const days = daysApart(claimDate, denialDate);
  return claimDate <= denialDate ? days <= RESPONSE_WINDOW_DAYS : days <= 1;
}
