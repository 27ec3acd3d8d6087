// Claims of a batch of articles, inside the batch's write transaction (docs/graph-model.md, "Claims").
//
//   writeClaims(tx, writes, previousLinks) -> ClaimPlan
//     After cypher/write/articles.cypher in the same transaction: asks the graph for candidate
//     claims (cypher/write/claim-candidates.cypher), decides with the pure planner
//     (src/claims/plan.ts), writes the links and responses (cypher/write/claims.cypher) and
//     recomputes every claim touched, the previous version's included (refresh-claims.cypher).
//   refreshClaims(tx, ids)      recomputes (or deletes, when left empty) these claims
//   plannedStatements(writes)   the writes' statements as the planner reads them
import {
  blockingKeys,
  planClaims,
  reportDate,
  reportFeatures,
  RESPONSE_CUES,
  RESPONSE_WINDOW_DAYS,
  SAME_CLAIM,
  shiftDate,
  type ArticleStatements,
  type CandidateClaim,
  type ClaimPlan,
  type ReportInput,
} from '../claims/index.ts';
import type { Tx } from './connection.ts';
import { writeQuery } from './write-cypher.ts';
import type { ArticleWrite } from './write-prepare.ts';

/** Whether, inside the statement's span, its content is written before its cue. */
function contentBeforeCue(text: string, s: { start: number; end: number; cue: string; content: string }): boolean {
  const span = text.slice(s.start, s.end);
  const content = s.content ? span.indexOf(s.content) : -1;
  const cue = s.cue ? span.lastIndexOf(s.cue) : -1;
  return content >= 0 && cue >= 0 && content + s.content.length <= cue;
}

export function plannedStatements(writes: readonly ArticleWrite[]): ArticleStatements[] {
  return writes.map((w) => ({
    articleId: w.id,
    statements: w.statements.map((s) => ({
      ...reportFeatures({
        statementId: s.id,
        articleId: w.id,
        speaker: s.speaker,
        content: s.props.content,
        language: s.props.language,
        cueType: s.props.cueType,
        direct: s.props.direct,
        date: reportDate(s.date, w.publishedAt),
        about: s.about,
      }),
      span: [s.props.start, s.props.end] as const,
      parent: s.parent,
      contentBeforeCue: contentBeforeCue(w.text, s.props),
    })),
  }));
}

interface Probe {
  speaker: string;
  from: string | null;
  to: string | null;
  keys: string[];
}

interface Responder {
  speaker: string | null;
  language: string;
  about: string[];
  actors: string[];
  from: string;
  to: string;
}

function lookups(articles: readonly ArticleStatements[]): { probes: Probe[]; responders: Responder[] } {
  const probes: Probe[] = [];
  const responders: Responder[] = [];
  const window = SAME_CLAIM.dateWindowDays;
  for (const article of articles) {
    for (const s of article.statements) {
      if (s.speaker !== null) {
        probes.push({
          speaker: s.speaker,
          // A claim is found by its first report's date: one founded up to two windows earlier
          // can still hold a report within a window of this one.
          from: s.date === null ? null : shiftDate(s.date, -2 * window),
          to: s.date === null ? null : shiftDate(s.date, window),
          keys: blockingKeys(s),
        });
      }
      // A denial of fewer than two words answers no claim by matching (plan.ts answeredClaim).
      if (RESPONSE_CUES.has(s.cueType) && s.date !== null && s.words.size >= 2) {
        responders.push({ speaker: s.speaker, language: s.language, about: [...s.about], actors: s.speaker === null ? [...s.about] : [...s.about, s.speaker], from: shiftDate(s.date, -RESPONSE_WINDOW_DAYS), to: shiftDate(s.date, 1) });
      }
    }
  }
  return { probes, responders };
}

interface CandidateRow {
  id: string;
  speaker: string | null;
  implicit: boolean;
  reports: Array<Omit<ReportInput, 'speaker'>>;
}

export async function refreshClaims(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(writeQuery('refresh-claims'), { ids: [...new Set(ids)].sort() });
}

/** What a replaced article version's statement was linked to (cypher/write/articles.cypher). */
export interface PreviousLink {
  statement: string;
  claim: string;
  /** REPORTS (true) or RESPONDS_TO. */
  reports: boolean;
}

export async function writeClaims(tx: Tx, writes: readonly ArticleWrite[], previousLinks: readonly PreviousLink[]): Promise<ClaimPlan> {
  const articles = plannedStatements(writes);
  const { probes, responders } = lookups(articles);
  const previous = new Map(previousLinks.filter((l) => l.reports).map((l) => [l.statement, l.claim]));
  const candidates: CandidateClaim[] = [];
  if (probes.length > 0 || responders.length > 0) {
    const result = await tx.run(writeQuery('claim-candidates'), {
      dated: probes.filter((p) => p.from !== null),
      undated: probes.filter((p) => p.from === null).map(({ speaker, keys }) => ({ speaker, keys })),
      responders,
      previous: [...new Set(previous.values())],
    });
    for (const record of result.records) {
      const row = record.toObject() as CandidateRow;
      candidates.push({
        id: row.id,
        speaker: row.speaker,
        implicit: row.implicit,
        reports: row.reports.map((r) => reportFeatures({ ...r, speaker: row.speaker })),
      });
    }
  }
  const plan = planClaims(articles, candidates, previous);
  const fresh = freshClaims(writes, articles, plan, new Set([...candidates.map((c) => c.id), ...previousLinks.map((l) => l.claim)]));
  if (plan.links.length > 0 || plan.responses.length > 0) {
    await tx.run(writeQuery('claims'), { links: plan.links, implicit: plan.implicit, responses: plan.responses, fresh });
  }
  const written = new Set(fresh.map((f) => f.id));
  await refreshClaims(tx, [...plan.touched.filter((id) => !written.has(id)), ...previousLinks.map((l) => l.claim)]);
  return plan;
}

/** The summary refresh-claims.cypher would compute for a claim with one report (see there). */
interface FreshClaim {
  id: string;
  speaker: string;
  content: string;
  language: string;
  statement: string;
  article: string;
  date: string | null;
  direct: boolean;
  outlets: number;
  about: string[];
  keys: string[];
}

/**
 * Claims founded by this batch that only their founder reports: their summary is known here, so
 * it is written with the links instead of being recomputed from the graph (most claims are these:
 * recomputing each one cost the import a read of its reports, articles and outlets).
 */
function freshClaims(writes: readonly ArticleWrite[], articles: readonly ArticleStatements[], plan: ClaimPlan, stored: ReadonlySet<string>): FreshClaim[] {
  const linksPerClaim = new Map<string, number>();
  for (const l of plan.links) linksPerClaim.set(l.claimId, (linksPerClaim.get(l.claimId) ?? 0) + 1);
  const statements = new Map(articles.flatMap((a) => a.statements.map((s) => [s.statementId, s] as const)));
  const outletOf = new Map(writes.map((w) => [w.id, w.outlet]));
  const fresh: FreshClaim[] = [];
  for (const l of plan.links) {
    if (!l.founder || linksPerClaim.get(l.claimId) !== 1 || stored.has(l.claimId)) continue;
    const s = statements.get(l.statementId);
    if (!s || s.speaker === null || !s.language) continue;
    fresh.push({
      id: l.claimId,
      speaker: s.speaker,
      content: s.content,
      language: s.language,
      statement: s.statementId,
      article: s.articleId,
      date: s.date,
      direct: s.direct,
      outlets: outletOf.get(s.articleId) ? 1 : 0,
      about: [...s.about],
      keys: [...new Set(l.keys)],
    });
  }
  return fresh;
}
