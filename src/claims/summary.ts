// What a claim knows of its reports, kept up to date as reports join: the pure counterpart of
// cypher/write/refresh-claims.cypher, which recomputes the same from the graph.
//
//   addReports(summary | null, reports) -> ClaimSummary   the summary once these reports joined
//   encodeReps(reports) / decodeReps(text)                the earliest reports, stored on the claim
//
// Why both: recomputing a claim from the graph reads all its reports, their articles and outlets;
// on an import most claims a batch touches are new or gain one report, and the batch already
// knows everything that changes. The importer folds the new reports in here (no read), and keeps
// refresh-claims.cypher for what it cannot fold: deleted or re-extracted reports. A test holds the
// two equal on a real graph (test/graph/claims.int.test.ts).
//
// Sets (outlets, independent sources, languages, actors talked about) are kept as sorted lists, so
// a count is exact after any number of increments and both sides write the same value.
import type { ReportInput } from './features.ts';

/** Reports stored on the claim for matching (the earliest first): enough to compare against. */
export const STORED_REPORTS = 12;
/** Blocking keys come from the first reports only: later ones repeat them. */
export const KEYED_REPORTS = 8;

export interface SummaryReport extends ReportInput {
  speaker: string;
  /** Outlet id of its article, or null. */
  outlet: string | null;
  /** The agency it relays (first VIA actor id, by id), or null. */
  via: string | null;
  keys: readonly string[];
}

export interface ClaimSummary {
  speaker: string;
  content: string;
  language: string;
  languages: string[];
  firstStatement: string;
  firstArticle: string;
  /** YYYY-MM-DD or null (an undated claim). */
  firstDate: string | null;
  lastDate: string | null;
  reportCount: number;
  directCount: number;
  indirectCount: number;
  outletIds: string[];
  outletCount: number;
  /** One entry per independent source: 'via:<actor>', 'outlet:<outlet>' or 'article:<article>'. */
  sources: string[];
  independentCount: number;
  about: string[];
  keys: string[];
  /** encodeReps of the earliest STORED_REPORTS reports. */
  reps: string;
}

type Stored = Omit<ReportInput, 'speaker'>;

/** The order of reports: date (undated last), then article id, then statement id. */
export function reportOrder(a: Pick<ReportInput, 'date' | 'articleId' | 'statementId'>, b: Pick<ReportInput, 'date' | 'articleId' | 'statementId'>): number {
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0;
}

const union = (list: readonly string[], more: Iterable<string>): string[] => [...new Set([...list, ...more])].sort();

/** Compact JSON: [statementId, articleId, content, language, cueType, direct, date, about]. */
export function encodeReps(reports: readonly Stored[]): string {
  return JSON.stringify(reports.map((r) => [r.statementId, r.articleId, r.content, r.language, r.cueType, r.direct ? 1 : 0, r.date, [...r.about]]));
}

export function decodeReps(text: string): Stored[] {
  const rows = JSON.parse(text) as Array<[string, string, string, Stored['language'], string, number, string | null, string[]]>;
  return rows.map(([statementId, articleId, content, language, cueType, direct, date, about]) => ({ statementId, articleId, content, language, cueType, direct: direct === 1, date, about }));
}

function sourceOf(r: SummaryReport): string {
  if (r.via !== null) return `via:${r.via}`;
  if (r.outlet !== null) return `outlet:${r.outlet}`;
  return `article:${r.articleId}`;
}

/**
 * `before`: the claim's stored summary (null for a claim founded now) with its stored reports;
 * `reports`: the reports joining it, none of them already counted.
 */
export function addReports(before: { summary: ClaimSummary; reps: readonly Stored[] } | null, reports: readonly SummaryReport[]): ClaimSummary {
  if (reports.length === 0) {
    if (!before) throw new Error('addReports: a claim needs at least one report');
    return before.summary;
  }
  const sorted = [...reports].sort(reportOrder);
  let s: ClaimSummary = before
    ? { ...before.summary }
    : {
        speaker: sorted[0]!.speaker,
        content: '',
        language: '',
        languages: [],
        firstStatement: '',
        firstArticle: '',
        firstDate: null,
        lastDate: null,
        reportCount: 0,
        directCount: 0,
        indirectCount: 0,
        outletIds: [],
        outletCount: 0,
        sources: [],
        independentCount: 0,
        about: [],
        keys: [],
        reps: '[]',
      };
  let reps: Stored[] = before ? [...before.reps] : [];
  for (const r of sorted) {
    const first = s.reportCount === 0 || reportOrder(r, { date: s.firstDate, articleId: s.firstArticle, statementId: s.firstStatement }) < 0;
    if (first) s = { ...s, speaker: r.speaker, content: r.content, language: r.language, firstStatement: r.statementId, firstArticle: r.articleId, firstDate: r.date };
    if (s.reportCount < KEYED_REPORTS) s.keys = union(s.keys, r.keys);
    s.reportCount += 1;
    if (r.direct) s.directCount += 1;
    s.indirectCount = s.reportCount - s.directCount;
    if (r.date !== null && (s.lastDate === null || r.date > s.lastDate)) s.lastDate = r.date;
    s.languages = union(s.languages, [r.language]);
    s.about = union(s.about, r.about);
    if (r.outlet !== null) s.outletIds = union(s.outletIds, [r.outlet]);
    s.outletCount = s.outletIds.length;
    s.sources = union(s.sources, [sourceOf(r)]);
    s.independentCount = s.sources.length;
    const { speaker: _speaker, outlet: _outlet, via: _via, keys: _keys, ...stored } = r;
    reps.push({ ...stored, about: [...stored.about] });
  }
  reps = reps.sort(reportOrder).slice(0, STORED_REPORTS);
  return { ...s, reps: encodeReps(reps) };
}
