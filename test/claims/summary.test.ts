// Folding reports into a claim's summary (src/claims/summary.ts): the same summary however the
// reports arrive (one batch, several, any order), as refresh-claims.cypher would compute it from
// the graph (that equality is checked on a real graph in test/graph/claims.int.test.ts).
import { describe, expect, it } from 'vitest';
import { addReports, decodeReps, KEYED_REPORTS, STORED_REPORTS, type ClaimSummary, type SummaryReport } from '../../src/claims/summary.ts';

const report = (n: number, over: Partial<SummaryReport> = {}): SummaryReport => ({
  statementId: `stmt:${String(n).padStart(3, '0')}`,
  articleId: `url:${String(n).padStart(3, '0')}`,
  speaker: 'actor:lavrov',
  content: `Russia will send ${n} tonnes of aid`,
  language: 'en',
  cueType: 'SAY',
  direct: false,
  date: `2026-03-${String(10 + (n % 10)).padStart(2, '0')}`,
  about: ['actor:russia'],
  outlet: `outlet:${n}`,
  via: null,
  keys: [`k${n}`],
  ...over,
});

/** Folds the reports in, `sizes` at a time (a batch each), carrying the stored reports along as the graph does. */
function foldInBatches(reports: SummaryReport[], sizes: number[]): ClaimSummary {
  let state: { summary: ClaimSummary; reps: ReturnType<typeof decodeReps> } | null = null;
  let at = 0;
  for (const size of sizes) {
    const summary = addReports(state, reports.slice(at, at + size));
    state = { summary, reps: decodeReps(summary.reps) };
    at += size;
  }
  return state!.summary;
}

describe('addReports', () => {
  const reports = [report(3), report(1, { direct: true }), report(2, { outlet: 'outlet:1' }), report(4, { via: 'actor:reuters' }), report(5, { via: 'actor:reuters', date: null })];

  it('gives one summary whatever the batches and the order the reports come in', () => {
    const once = addReports(null, reports);
    expect(foldInBatches(reports, [1, 1, 1, 1, 1])).toEqual(once);
    expect(foldInBatches([...reports].reverse(), [2, 3])).toEqual(once);
  });

  it('counts reports, outlets, independent sources (an agency relayed twice once) and direct quotations', () => {
    const s = addReports(null, reports);
    expect(s).toMatchObject({ reportCount: 5, directCount: 1, indirectCount: 4, outletCount: 4, independentCount: 3 });
    expect(s.outletIds).toEqual(['outlet:1', 'outlet:3', 'outlet:4', 'outlet:5']);
    expect(s.sources).toEqual(['outlet:outlet:1', 'outlet:outlet:3', 'via:actor:reuters']);
  });

  it('moves the first report to an earlier one that joins later, and keeps the last date; an undated report is last', () => {
    const later = addReports(null, [report(5), report(7)]);
    const s = addReports({ summary: later, reps: decodeReps(later.reps) }, [report(1, { content: 'Russia will send aid' })]);
    expect(s).toMatchObject({ firstStatement: 'stmt:001', firstArticle: 'url:001', firstDate: '2026-03-11', content: 'Russia will send aid', lastDate: '2026-03-17' });
    const undated = addReports(null, [report(9, { date: null }), report(8)]);
    expect(undated).toMatchObject({ firstStatement: 'stmt:008', lastDate: '2026-03-18' });
  });

  it('keeps the earliest reports for matching, and the blocking keys of the first ones only', () => {
    const many = Array.from({ length: 20 }, (_, i) => report(i + 1, { date: `2026-03-${String(i + 1).padStart(2, '0')}` }));
    const s = foldInBatches(many, [5, 5, 10]);
    expect(decodeReps(s.reps).map((r) => r.statementId)).toEqual(many.slice(0, STORED_REPORTS).map((r) => r.statementId));
    expect(s.keys).toEqual(many.slice(0, KEYED_REPORTS).map((r) => r.keys[0]).sort());
  });

  it('refuses a claim with no report', () => {
    expect(() => addReports(null, [])).toThrow(/at least one report/);
  });
});
