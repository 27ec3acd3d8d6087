// The DataLoader contract: a batch function returns exactly one result per key, in key order, and an
// Error for each key it could not find (never a shorter or reordered array).
import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { byKey } from '../../src/api/loaders.ts';

const cases: { name: string; keys: string[]; stored: string[] }[] = [
  { name: 'all found', keys: ['a', 'b', 'c'], stored: ['a', 'b', 'c'] },
  { name: 'store answers in another order', keys: ['c', 'a', 'b'], stored: ['a', 'b', 'c'] },
  { name: 'some missing', keys: ['a', 'x', 'c', 'y'], stored: ['a', 'c'] },
  { name: 'none found', keys: ['x', 'y'], stored: [] },
  { name: 'store returns extra rows', keys: ['b'], stored: ['a', 'b', 'c'] },
  { name: 'Arabic keys', keys: ['بوتين', 'ترامب'], stored: ['ترامب'] },
];

describe('byKey batch functions', () => {
  for (const c of cases) {
    it(`one result per key, in order: ${c.name} (keys ${c.keys.join(',')})`, async () => {
      const lookup = async (keys: readonly string[]) =>
        // The store answers in its own order (reverse) and may include rows nobody asked for.
        new Map([...c.stored].reverse().filter((k) => keys.includes(k) || c.name.includes('extra')).map((k) => [k, { id: k }]));
      const results = await byKey(lookup, (k) => `thing "${k}"`)(c.keys);
      expect(results, c.name).toHaveLength(c.keys.length);
      c.keys.forEach((key, i) => {
        const result = results[i];
        if (c.stored.includes(key)) {
          expect(result, `${c.name}: key ${key}`).toEqual({ id: key });
        } else {
          expect(result, `${c.name}: key ${key}`).toBeInstanceOf(Error);
          expect((result as Error & { extensions: { code: string } }).extensions.code).toBe('NOT_FOUND');
          expect((result as Error).message).toContain(key);
        }
      });
    });
  }

  it('through a real DataLoader: batched into one call, missing keys reject alone', async () => {
    const calls: string[][] = [];
    const loader = new DataLoader<string, { id: string }>(
      byKey(async (keys) => {
        calls.push([...keys]);
        return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, { id: k }]));
      }, (k) => k),
    );
    const settled = await Promise.allSettled([loader.load('a'), loader.load('gone'), loader.load('b'), loader.load('a')]);
    expect(calls).toEqual([['a', 'gone', 'b']]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});
