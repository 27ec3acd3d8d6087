import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageRequest } from '../../src/api/connections.ts';

describe('cursors', () => {
  for (const offset of [0, 1, 99, 12345]) {
    it(`round-trip offset ${offset}`, () => expect(decodeCursor(encodeCursor(offset))).toBe(offset));
  }
  for (const bad of ['', 'abc', Buffer.from('cg1:-1').toString('base64url'), Buffer.from('cg1:1.5').toString('base64url'), "' OR 1=1 --"]) {
    it(`refuses ${JSON.stringify(bad)} with BAD_USER_INPUT`, () => {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    });
  }
});

describe('page requests', () => {
  const ok: [number | null, number][] = [[null, 20], [0, 0], [1, 1], [MAX_PAGE_SIZE, MAX_PAGE_SIZE]];
  for (const [first, limit] of ok) {
    it(`first=${first} -> limit ${limit}`, () => expect(pageRequest(first, null)).toEqual({ skip: 0, limit }));
  }
  for (const first of [-1, MAX_PAGE_SIZE + 1, 10_000]) {
    it(`first=${first} is refused`, () => expect(() => pageRequest(first, null)).toThrow(/first must be between/));
  }
  it('after a cursor starts at the next row', () => expect(pageRequest(10, encodeCursor(29))).toEqual({ skip: 30, limit: 10 }));
});

describe('connection', () => {
  it('numbers edges from the page start and reports neighbours', async () => {
    let counted = 0;
    const c = connection({ rows: ['x', 'y'], hasMore: true }, { skip: 5, limit: 2 }, async () => ++counted);
    expect(c.edges.map((e) => decodeCursor(e.cursor))).toEqual([5, 6]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, endCursor: c.edges[1]!.cursor });
    expect(counted).toBe(0); // counting is lazy
    await c.totalCount();
    await c.totalCount();
    expect(counted).toBe(1); // and done once
  });
});
