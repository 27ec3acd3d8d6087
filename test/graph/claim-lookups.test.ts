// What the candidate query is asked for a batch (src/graph/claim-lookups.ts): statements of one
// speaker on nearby days become one lookup, and no statement's own lookup is lost in the merge.
import { describe, expect, it } from 'vitest';
import { reportFeatures, type ArticleStatements, type PlannedStatement } from '../../src/claims/index.ts';
import { claimLookups, windowRuns } from '../../src/graph/claim-lookups.ts';

describe('windowRuns', () => {
  const cases: Array<{ name: string; windows: Array<[string, string, string]>; runs: Array<[string, string, string, number]> }> = [
    { name: 'overlapping windows of one key merge', windows: [['a', '2026-03-01', '2026-03-10'], ['a', '2026-03-05', '2026-03-12']], runs: [['a', '2026-03-01', '2026-03-12', 2]] },
    { name: 'touching windows merge (the next day)', windows: [['a', '2026-03-01', '2026-03-10'], ['a', '2026-03-11', '2026-03-20']], runs: [['a', '2026-03-01', '2026-03-20', 2]] },
    { name: 'a gap of a day keeps two runs', windows: [['a', '2026-03-01', '2026-03-10'], ['a', '2026-03-12', '2026-03-20']], runs: [['a', '2026-03-01', '2026-03-10', 1], ['a', '2026-03-12', '2026-03-20', 1]] },
    { name: 'a window inside another one', windows: [['a', '2026-03-01', '2026-03-30'], ['a', '2026-03-05', '2026-03-06']], runs: [['a', '2026-03-01', '2026-03-30', 2]] },
    { name: 'given in any order', windows: [['a', '2026-03-20', '2026-03-25'], ['a', '2026-03-01', '2026-03-21']], runs: [['a', '2026-03-01', '2026-03-25', 2]] },
    { name: 'two keys on the same days stay apart', windows: [['a', '2026-03-01', '2026-03-10'], ['b', '2026-03-01', '2026-03-10']], runs: [['a', '2026-03-01', '2026-03-10', 1], ['b', '2026-03-01', '2026-03-10', 1]] },
    { name: 'across a month end', windows: [['a', '2026-02-20', '2026-02-28'], ['a', '2026-03-01', '2026-03-04']], runs: [['a', '2026-02-20', '2026-03-04', 2]] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const runs = windowRuns(c.windows.map(([key, from, to]) => ({ key, from, to })), (w) => w.key);
      expect(runs.map((r) => [r.key, r.from, r.to, r.items.length])).toEqual(c.runs);
    });
  }
});

function statement(id: string, speaker: string | null, date: string, content: string, cueType = 'SAY', about: string[] = []): PlannedStatement {
  return {
    ...reportFeatures({ statementId: id, articleId: `article:${id}`, speaker, content, language: 'en', cueType, direct: false, date, about }),
    span: [0, content.length],
    parent: null,
    contentBeforeCue: false,
  };
}

const batch = (...statements: PlannedStatement[]): ArticleStatements[] => statements.map((s) => ({ articleId: s.articleId, statements: [s] }));

describe('claimLookups', () => {
  it("a speaker's statements on nearby days are one lookup holding every statement's keys and window", () => {
    const a = statement('s1', 'actor:lavrov', '2026-03-10', 'Russia will send 200 tonnes of humanitarian aid to Syria');
    const b = statement('s2', 'actor:lavrov', '2026-03-12', 'the talks in Geneva will resume in April');
    const l = claimLookups(batch(a, b));
    expect(l.dated).toHaveLength(1);
    const [run] = l.dated;
    // A claim founded up to two windows (3 days) before a statement can still hold a report near it.
    expect([run!.speaker, run!.from, run!.to]).toEqual(['actor:lavrov', '2026-03-04', '2026-03-15']);
    expect(run!.keys.length).toBeGreaterThan(0);
    for (const s of [a, b]) {
      const own = claimLookups(batch(s)).dated[0]!.keys;
      expect(run!.keys).toEqual(expect.arrayContaining(own));
    }
  });

  it('statements months apart, or by two speakers, are separate lookups', () => {
    const l = claimLookups(batch(
      statement('s1', 'actor:lavrov', '2026-03-10', 'Russia will send aid to Syria next week'),
      statement('s2', 'actor:lavrov', '2026-07-10', 'Russia will send aid to Syria next week'),
      statement('s3', 'actor:blinken', '2026-03-10', 'Russia will send aid to Syria next week'),
    ));
    expect(l.dated.map((r) => [r.speaker, r.from])).toEqual(expect.arrayContaining([['actor:lavrov', '2026-03-04'], ['actor:lavrov', '2026-07-04'], ['actor:blinken', '2026-03-04']]));
    expect(l.dated).toHaveLength(3);
  });

  it('a denial is looked up by whom it is about and, with its own window and actors, among all claims', () => {
    const denial = statement('d1', 'actor:kremlin', '2026-03-20', 'reports that troops crossed the border', 'DENY', ['actor:nato']);
    const l = claimLookups(batch(denial));
    expect(l.targets).toEqual([{ speaker: 'actor:nato', from: '2026-03-06', to: '2026-03-21', responders: [{ speaker: 'actor:kremlin', language: 'en', from: '2026-03-06', to: '2026-03-21' }] }]);
    expect(l.windows).toEqual([{ from: '2026-03-06', to: '2026-03-21', responders: [{ speaker: 'actor:kremlin', language: 'en', actors: ['actor:nato', 'actor:kremlin'], from: '2026-03-06', to: '2026-03-21' }] }]);
  });

  it('undated statements are looked up apart, by speaker and keys', () => {
    const s = { ...statement('s1', 'actor:lavrov', '2026-03-10', 'Russia will send aid to Syria next week'), date: null };
    const l = claimLookups(batch(s));
    expect(l.dated).toEqual([]);
    expect(l.undated).toEqual([{ speaker: 'actor:lavrov', keys: expect.any(Array) }]);
  });
});
