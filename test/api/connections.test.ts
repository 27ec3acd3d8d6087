import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, listFingerprint, MAX_PAGE_SIZE, pageRequest } from '../../src/api/connections.ts';

const LIST = listFingerprint('statements', { speaker: 'kremlin', order: 'DATE_DESC' });
const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('cursors', () => {
  const keys = [['2025-01-02', 'st-1'], [null, 'st-2'], [17, 'st-3'], ['قال', 'st-4']];
  for (const key of keys) {
    it(`round-trip key ${JSON.stringify(key)}`, () => expect(decodeCursor(encodeCursor(LIST, key), LIST)).toEqual(key));
  }
  for (const bad of ['', 'abc', Buffer.from('cg1:30').toString('base64url'), Buffer.from('cg2:{"l":"x","k":[]}').toString('base64url'), Buffer.from('cg2:{"l":"x","k":[{"a":1}]}').toString('base64url'), "' OR 1=1 --"]) {
    it(`refuses ${JSON.stringify(bad)} with BAD_USER_INPUT`, () => expect(() => decodeCursor(bad, LIST)).toThrow(badInput));
  }
  it('refuses a cursor of another list (another filter, order or field)', () => {
    const other = listFingerprint('statements', { speaker: 'kremlin', order: 'DATE_ASC' });
    expect(other).not.toBe(LIST);
    expect(() => decodeCursor(encodeCursor(other, ['2025-01-02', 'st-1']), LIST)).toThrow(/another list/);
  });
  it('gives one fingerprint whatever the order of the definition and its empty parts', () => {
    expect(listFingerprint('statements', { order: 'DATE_DESC', speaker: 'kremlin', about: null, cueTypes: [] })).toBe(LIST);
  });
});

describe('page requests', () => {
  const ok: [number | null, number][] = [[null, 20], [0, 0], [1, 1], [MAX_PAGE_SIZE, MAX_PAGE_SIZE]];
  for (const [first, limit] of ok) {
    it(`first=${first} -> limit ${limit}`, () => expect(pageRequest(first, null, LIST)).toEqual({ limit, after: null }));
  }
  for (const first of [-1, MAX_PAGE_SIZE + 1, 10_000]) {
    it(`first=${first} is refused`, () => expect(() => pageRequest(first, null, LIST)).toThrow(/first must be between/));
  }
  it('after a cursor starts strictly after its key', () => {
    expect(pageRequest(10, encodeCursor(LIST, ['2025-01-02', 'st-9']), LIST)).toEqual({ limit: 10, after: ['2025-01-02', 'st-9'] });
  });
});

describe('connection', () => {
  it('gives each edge the cursor of its own key and reports neighbours', async () => {
    let counted = 0;
    const page = { rows: ['x', 'y'], keys: [['2025-01-02', 'x'], ['2025-01-01', 'y']], hasMore: true };
    const c = connection(page, { limit: 2, after: ['2025-01-03', 'w'] }, LIST, async () => ++counted);
    expect(c.edges.map((e) => decodeCursor(e.cursor, LIST))).toEqual(page.keys);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, endCursor: c.edges[1]!.cursor });
    expect(counted).toBe(0); // counting is lazy
    await c.totalCount();
    await c.totalCount();
    expect(counted).toBe(1); // and done once
  });
});
