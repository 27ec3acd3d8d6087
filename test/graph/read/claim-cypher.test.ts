// The Cypher the read layer generates for pages of claims, snapshotted with its parameters (a
// change in a generated query shows up in review). test/api/claims.int.test.ts runs it on Neo4j.
import { describe, expect, it } from 'vitest';
import { claimPageCypher } from '../../../src/graph/read/claims.ts';

describe('claimPageCypher', () => {
  it('most outlets first, every filter, after a cursor', () => {
    const built = claimPageCypher(
      { speakerId: 'sergei-lavrov', aboutId: 'syria', from: '2026-03-01', to: '2026-03-31', minOutlets: 2, language: 'ar' },
      'OUTLETS_DESC',
      { limit: 20, after: [3, '2026-03-10', 'claim:1'] },
    );
    expect(built).toMatchSnapshot();
  });

  it('newest first reported, no filter, first page', () => {
    expect(claimPageCypher({}, 'FIRST_REPORTED_DESC', { limit: 5, after: null })).toMatchSnapshot();
  });

  it('after an undated claim only undated claims follow (nulls sort last)', () => {
    const { cypher } = claimPageCypher({}, 'FIRST_REPORTED_DESC', { limit: 5, after: [null, 'claim:9'] });
    expect(cypher).toContain('c.firstDate IS NULL AND c.id > $after1');
    expect(cypher).not.toContain('c.firstDate < ');
  });

  it('every value travels as a parameter, never in the text', () => {
    const hostile = "x'}) DETACH DELETE c //";
    const { cypher, params } = claimPageCypher({ speakerId: hostile, aboutId: hostile, from: hostile }, 'OUTLETS_DESC', { limit: 1, after: [1, hostile, hostile] });
    expect(cypher).not.toContain(hostile);
    expect(Object.values(params)).toContain(hostile);
  });
});
