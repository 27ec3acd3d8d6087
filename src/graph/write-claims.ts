// Claims of a batch of articles, inside the batch's write transaction (docs/graph-model.md, "Claims").
//
//   writeClaims(tx, writes, previousLinks) -> ClaimPlan
//     After cypher/write/articles.cypher in the same transaction: asks the graph for candidate
//     claims (cypher/write/claim-candidates.cypher), decides with the pure planner
//     (src/claims/plan.ts), folds the new reports into the summaries of the claims they join
//     (src/claims/summary.ts), and writes links, responses and summaries (cypher/write/claims.cypher).
//     Claims it cannot fold (the previous version's, or stale ones) are recomputed from the graph
//     (refresh-claims.cypher).
//   refreshClaims(tx, ids)      recomputes (or deletes, when left empty) these claims
//   plannedStatements(writes)   the writes' statements as the planner reads them
import {
  planClaims,
  reportDate,
  reportFeatures,
  type ArticleStatements,
  type CandidateClaim,
  type ClaimPlan,
  type ReportInput,
} from '../claims/index.ts';
import { addReports, decodeReps, type ClaimSummary, type SummaryReport } from '../claims/summary.ts';
import { claimLookups, hasLookups } from './claim-lookups.ts';
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

interface CandidateRow {
  id: string;
  speaker: string | null;
  implicit: boolean;
  /** `reports` were read from the graph (reps cleared by a refresh, or this batch replaces them); else `reps` holds them. */
  fromGraph: boolean;
  reports: Array<Omit<ReportInput, 'speaker'>>;
  reps: string | null;
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

/**
 * A joined claim's stored summary (its reps left out: addReports rebuilds them from the
 * candidate's reports), or null when there is nothing to fold into: one written before summaries
 * were folded.
 */
function storedSummary(x: Record<string, unknown>): ClaimSummary | null {
  if (typeof x.speaker !== 'string' || !Array.isArray(x.outletIds) || !Array.isArray(x.sources)) return null;
  const num = (v: unknown) => Number(v ?? 0);
  return {
    speaker: x.speaker,
    content: String(x.content ?? ''),
    language: String(x.language ?? ''),
    languages: (x.languages as string[] | null) ?? [],
    firstStatement: String(x.firstStatement ?? ''),
    firstArticle: String(x.firstArticle ?? ''),
    firstDate: (x.firstDate as string | null) ?? null,
    lastDate: (x.lastDate as string | null) ?? null,
    reportCount: num(x.reportCount),
    directCount: num(x.directCount),
    indirectCount: num(x.indirectCount),
    outletIds: x.outletIds as string[],
    outletCount: num(x.outletCount),
    sources: x.sources as string[],
    independentCount: num(x.independentCount),
    about: (x.about as string[] | null) ?? [],
    keys: (x.keys as string[] | null) ?? [],
    reps: '',
  };
}

/** A candidate's earliest reports: as stored on it, or as read from the graph when reps could not be trusted. */
function candidateReports(row: CandidateRow): ReportInput[] {
  const reports = row.fromGraph ? row.reports : decodeReps(String(row.reps));
  return reports.map((r) => ({ ...r, speaker: row.speaker }));
}

export async function writeClaims(tx: Tx, writes: readonly ArticleWrite[], previousLinks: readonly PreviousLink[]): Promise<ClaimPlan> {
  const articles = plannedStatements(writes);
  const lookups = claimLookups(articles);
  const previous = new Map(previousLinks.filter((l) => l.reports).map((l) => [l.statement, l.claim]));
  const replaced = new Set(previous.values());
  const candidates: CandidateClaim[] = [];
  // Claims in the graph that can be folded into (not implicit, reports not being replaced), with their earliest reports.
  const foldable = new Map<string, ReportInput[]>();
  if (hasLookups(lookups) || replaced.size > 0) {
    const result = await tx.run(writeQuery('claim-candidates'), { ...lookups, previous: [...replaced] });
    for (const record of result.records) {
      const row = record.toObject() as CandidateRow;
      const reports = candidateReports(row);
      if (row.speaker !== null && !row.implicit && !replaced.has(row.id)) foldable.set(row.id, reports);
      candidates.push({ id: row.id, speaker: row.speaker, implicit: row.implicit, reports: reports.map(reportFeatures) });
    }
  }
  const plan = planClaims(articles, candidates, previous);
  const stored = await joinedSummaries(tx, plan, candidates, foldable);
  const { summaries, refresh } = foldSummaries(writes, articles, plan, stored);
  if (plan.links.length > 0 || plan.responses.length > 0) {
    const links = plan.links.map(({ keys: _keys, ...link }) => link);
    await tx.run(writeQuery('claims'), { links, implicit: plan.implicit, responses: plan.responses, summaries });
  }
  await refreshClaims(tx, [...refresh, ...previousLinks.map((l) => l.claim)]);
  return plan;
}

/**
 * What foldSummaries folds into, for every claim of the graph the plan links reports to: its
 * stored summary and earliest reports, or null when it must be recomputed from the graph instead
 * (an implicit claim, one whose reports this batch replaces, one written before summaries were
 * folded). Claims founded by this batch are not in the map.
 */
async function joinedSummaries(
  tx: Tx,
  plan: ClaimPlan,
  candidates: readonly CandidateClaim[],
  foldable: ReadonlyMap<string, ReportInput[]>,
): Promise<Map<string, { summary: ClaimSummary; reps: ReportInput[] } | null>> {
  const inGraph = new Set(candidates.map((c) => c.id));
  const joined = [...new Set(plan.links.map((l) => l.claimId))].filter((id) => inGraph.has(id));
  const stored = new Map<string, { summary: ClaimSummary; reps: ReportInput[] } | null>(joined.map((id) => [id, null]));
  const ids = joined.filter((id) => foldable.has(id)).sort();
  if (ids.length === 0) return stored;
  const result = await tx.run(writeQuery('claim-summaries'), { ids });
  for (const record of result.records) {
    const id = record.get('id') as string;
    const summary = storedSummary(record.get('summary') as Record<string, unknown>);
    stored.set(id, summary && { summary, reps: foldable.get(id)! });
  }
  return stored;
}

/**
 * The new summary of every claim that gained reports in this plan, folded from its stored summary
 * (src/claims/summary.ts) without reading its reports; `refresh`: the claims that must be
 * recomputed from the graph instead (their stored summary is stale or missing).
 */
function foldSummaries(
  writes: readonly ArticleWrite[],
  articles: readonly ArticleStatements[],
  plan: ClaimPlan,
  stored: ReadonlyMap<string, { summary: ClaimSummary; reps: ReportInput[] } | null>,
): { summaries: Array<ClaimSummary & { id: string }>; refresh: string[] } {
  const statements = new Map(articles.flatMap((a) => a.statements.map((s) => [s.statementId, s] as const)));
  const outletOf = new Map(writes.map((w) => [w.id, w.outlet?.id ?? null]));
  const viaOf = new Map(writes.flatMap((w) => w.statements.map((s) => [s.id, s.via.length > 0 ? [...s.via].sort()[0]! : null] as const)));
  const joining = new Map<string, SummaryReport[]>();
  for (const l of plan.links) {
    const s = statements.get(l.statementId);
    if (!s || s.speaker === null) continue;
    const list = joining.get(l.claimId) ?? [];
    list.push({
      statementId: s.statementId, articleId: s.articleId, speaker: s.speaker, content: s.content, language: s.language,
      cueType: s.cueType, direct: s.direct, date: s.date, about: s.about,
      outlet: outletOf.get(s.articleId) ?? null, via: viaOf.get(s.statementId) ?? null, keys: l.keys,
    });
    joining.set(l.claimId, list);
  }
  const summaries: Array<ClaimSummary & { id: string }> = [];
  const refresh: string[] = [];
  for (const [id, reports] of joining) {
    const before = stored.get(id);
    // undefined: founded by this batch (not in the graph before). null: in the graph, but its
    // stored summary is stale or missing (refreshed, re-extracted, or written before summaries
    // were folded): recomputed from its reports after the links are written.
    if (before === null) refresh.push(id);
    else summaries.push({ id, ...addReports(before ?? null, reports) });
  }
  return { summaries, refresh };
}
