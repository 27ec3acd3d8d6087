// MinHash signatures and LSH band keys over a set of words.
//
//   bandKeys(words, bands?, rows?) -> string[]   one key per band; two sets share a band key with
//                                                probability 1 - (1 - J^rows)^bands (J: their Jaccard)
//
// Written here rather than taken from npm: the registry has no maintained MinHash for Node (the
// packages found are unmaintained or tied to a vector database), and this is 30 lines over FNV-1a.
// The keys only pick candidates (the database looks claims up by them); the decision itself is
// made on exact word sets (match.ts), so a hash collision costs a comparison, never a wrong merge.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Fixed seeds (a claim's keys must be the same in every process and every run). */
function seeds(count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state;
  };
  for (let i = 0; i < count; i++) out.push([next() | 1, next()]);
  return out;
}

export const DEFAULT_BANDS = 12;
export const DEFAULT_ROWS = 2;
const SEEDS = seeds(64);

export function signature(words: ReadonlySet<string>, size = SEEDS.length): number[] {
  const sig = new Array<number>(size).fill(0xffffffff);
  for (const word of words) {
    const h = fnv1a(word);
    for (let i = 0; i < size; i++) {
      const [a, b] = SEEDS[i]!;
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

export function bandKeys(words: ReadonlySet<string>, bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): string[] {
  if (words.size === 0) return [];
  const sig = signature(words, bands * rows);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    keys.push(`b${b}:${sig.slice(b * rows, (b + 1) * rows).map((v) => v.toString(36)).join('.')}`);
  }
  return keys;
}
