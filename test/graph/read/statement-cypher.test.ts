// The Cypher the read layer generates for statement pages, snapshotted with its parameters (the
// neo4j/graphql habit: a change in a generated query shows up in review), plus the invariants that
// keep it safe and fast. test/api/*.int.test.ts run these queries against Neo4j.
import { describe, expect, it } from 'vitest';
import { articleProjection, FULL_STATEMENT, statementProjection, statementRow, STATEMENT_ROW, type StatementShape } from '../../../src/graph/read/projections.ts';
import { anchoredPageCypher, statementPageCypher } from '../../../src/graph/read/statements.ts';

// No full-text filter in these cases, so the builder never reads from the transaction.
const noTx = { run: () => Promise.reject(new Error('not expected to query')) } as never;

const SPEAKER_NAME: StatementShape = { properties: ['content'], links: ['SAID_BY'], actors: { links: ['SAID_BY'], properties: ['name'] }, article: null };

describe('statementPageCypher', () => {
  it('what the Kremlin said, with the total, newest first, contents and speaker names only', async () => {
    const built = await statementPageCypher(noTx, { speakerId: 'kremlin' }, 'DATE_DESC', { limit: 20, after: ['2025-01-02', 'st-1'] }, true, SPEAKER_NAME);
    expect(built).toMatchSnapshot();
  });

  it('about Trump or addressed to him, from a date, in a language, without the total', async () => {
    const built = await statementPageCypher(noTx, { concernsId: 'donald-trump', from: '2025-01-01', language: 'ar' }, 'DATE_ASC', { limit: 5, after: null }, false, FULL_STATEMENT);
    expect(built).toMatchSnapshot();
  });

  it('every value travels as a parameter, never in the text', async () => {
    const hostile = "x'}) DETACH DELETE n //";
    const { cypher, params } = await statementPageCypher(
      noTx,
      { speakerId: hostile, aboutId: hostile, viaId: hostile, outletId: hostile, cueTypes: ['SAY'], from: hostile },
      'DATE_DESC',
      { limit: 1, after: null },
      true,
      FULL_STATEMENT,
    );
    expect(cypher).not.toContain(hostile);
    expect(Object.values(params)).toContain(hostile);
  });

  it('sorts with a top-k ORDER BY ... LIMIT, and reads no head() of a pattern (it defeats the sort-key cache)', async () => {
    const { cypher } = await statementPageCypher(noTx, { speakerId: 'kremlin' }, 'DATE_DESC', { limit: 20, after: null }, true, FULL_STATEMENT);
    expect(cypher).toMatch(/ORDER BY [^\n]+\nLIMIT \$limit/);
    expect(cypher).not.toMatch(/head\(\[/);
  });
});

describe('anchoredPageCypher (one actor\'s list, degrees, plan and page in one query)', () => {
  it('what concerns Trump, newest first, with the total: the degree is the total, neither branch counts', () => {
    expect(anchoredPageCypher({ concernsId: 'donald-trump' }, 'DATE_DESC', { limit: 20, after: null }, true, SPEAKER_NAME)).toMatchSnapshot();
  });

  it('what the Kremlin said in Arabic, oldest first, after a cursor, with the total: the expand branch counts', () => {
    expect(anchoredPageCypher({ speakerId: 'kremlin', language: 'ar' }, 'DATE_ASC', { limit: 5, after: ['2025-01-02', 'st-1'] }, true, SPEAKER_NAME)).toMatchSnapshot();
  });

  it('guards the scan branch by a null bound of its index seek, not by a WHERE the planner moves after the scan', () => {
    const { cypher } = anchoredPageCypher({ aboutId: 'x' }, 'DATE_DESC', { limit: 20, after: null }, false)!;
    expect(cypher).toMatch(/CASE WHEN anchor > \$scanMin AND \$scanWeight \* all < toFloat\(anchor\) \* anchor THEN [^\n]+ END AS scanFrom/);
    expect(cypher).toMatch(/USING INDEX s:Statement\(effectiveDate\)\n  WHERE s\.effectiveDate <= scanFrom/);
    expect(cypher).toContain('COUNT { (x)<-[:ABOUT]-() } AS anchor');
  });

  it('does not apply to text search, to text order, to lists without an actor, or past the dated statements', () => {
    const page = { limit: 20, after: null };
    expect(anchoredPageCypher({ speakerId: 'k', text: 'ceasefire' }, 'DATE_DESC', page, true)).toBeNull();
    expect(anchoredPageCypher({ speakerId: 'k' }, 'POSITION', page, true)).toBeNull();
    expect(anchoredPageCypher({ articleId: 'a' }, 'DATE_DESC', page, true)).toBeNull();
    expect(anchoredPageCypher({ speakerId: 'k', articleId: 'a' }, 'DATE_DESC', page, true)).toBeNull();
    expect(anchoredPageCypher({ language: 'en' }, 'DATE_DESC', page, true)).toBeNull();
    expect(anchoredPageCypher({ speakerId: 'k' }, 'DATE_DESC', { limit: 20, after: [null, 'st-9'] }, true)).toBeNull();
  });

  it('every value travels as a parameter', () => {
    const hostile = "x'}) DETACH DELETE n //";
    const { cypher, params } = anchoredPageCypher({ concernsId: hostile, viaId: hostile, from: hostile }, 'DATE_DESC', { limit: 1, after: [hostile, hostile] }, true)!;
    expect(cypher).not.toContain(hostile);
    expect(Object.values(params)).toContain(hostile);
  });
});

describe('projections', () => {
  it('write only known property and relationship names into Cypher, whatever the shape says', () => {
    const junk = { properties: ['content', 'x}) DELETE s //'], links: ['SAID_BY', 'EVIL]->()'], actors: { links: ['ABOUT', 'NOPE'], properties: ['name', 'pwd'] }, article: { properties: ['title', 'y'] } } as never;
    const cypher = statementProjection('s', junk);
    expect(cypher).toContain('.content');
    expect(cypher).toContain('[r:SAID_BY]');
    expect(cypher).toContain('[:ABOUT]');
    for (const bad of ['DELETE', 'EVIL', 'NOPE', 'pwd', '.y']) expect(cypher, bad).not.toContain(bad);
  });

  it('an article with its outlet, or only what was asked', () => {
    expect(articleProjection('a')).toContain('outlet: [(a)-[:PUBLISHED_BY]->(o) | o {.id, .name}]');
    expect(articleProjection('a', ['title'])).toBe('a {.id, .title}');
  });
});

describe('statementRow', () => {
  const raw = {
    id: 's1', content: 'c', cue: 'said', cueType: 'SAY' as const, direct: null as unknown as boolean, date: null, start: 1, end: 2,
    language: 'en' as const, speakerText: null, curated: false,
    links: [['ABOUT', 'b'], ['REPORTED_IN', 'art'], ['ABOUT', 'a'], ['SAID_BY', 'k'], ['PART_OF', 'p']] as [string, string][],
  };

  it('sorts neighbour ids by relationship, whatever order Neo4j stored them in', () => {
    const row = statementRow(raw, STATEMENT_ROW);
    expect(row).toMatchObject({ speakerId: 'k', aboutIds: ['a', 'b'], addresseeIds: [], viaIds: [], articleId: 'art', parentId: 'p', direct: false });
    expect(row.partial).toBeUndefined();
  });

  it('marks a row read for one selection as partial, and says whether its neighbour rows are whole', () => {
    const row = statementRow({ ...raw, actors: [{ id: 'k', name: 'Kremlin' } as never] }, SPEAKER_NAME);
    expect(row.partial).toBe(true);
    expect(row.neighbours).toMatchObject({ actorsWhole: false, articleWhole: false, article: null });
    const whole = statementRow({ ...raw, actors: [], articles: [] }, FULL_STATEMENT);
    expect(whole.partial).toBeUndefined();
    expect(whole.neighbours).toMatchObject({ actorsWhole: true, articleWhole: true });
  });
});
