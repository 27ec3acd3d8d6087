// Relay-style connections over the graph layer's pages, with keyset cursors.
//
// A cursor is opaque to clients: base64url of `cg2:` + JSON of the row's sort key (its ordering
// values, the id last: src/graph/read/keyset.ts) and a fingerprint of the list it came from (which
// list, which filter, which order, which parent). The next page starts strictly after that key,
// so imports and deletions between two page reads never repeat or skip a row (offsets did: one
// article imported between page 1 and page 2 pushed page 1's rows into page 2). A cursor given to
// another list than its own is refused: its key means nothing in another order or filter, and
// silently answering from it would return a wrong page.
// totalCount is computed only when a client selects it: counting is a query of its own.
import { createHash } from 'node:crypto';
import { badInput } from './errors.ts';
import type { KeyValue } from '../graph/read/keyset.ts';
import type { Page, PageRequest } from '../graph/read/types.ts';

export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

const PREFIX = 'cg2:';

/**
 * What a list is, for binding its cursors: a name and everything that decides its rows and their
 * order (resolved filter ids, the order, the parent's id). Sorted keys, so the same list always
 * gives the same fingerprint.
 */
export function listFingerprint(list: string, definition: Record<string, unknown>): string {
  const canonical = JSON.stringify([list, Object.entries(definition).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).sort(([a], [b]) => (a < b ? -1 : 1))]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

export function encodeCursor(list: string, key: readonly KeyValue[]): string {
  return Buffer.from(`${PREFIX}${JSON.stringify({ l: list, k: key })}`, 'utf8').toString('base64url');
}

const isKeyValue = (v: unknown): v is KeyValue => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The sort key in a cursor of `list`; BAD_USER_INPUT when it is not a cursor, or one of another list. */
export function decodeCursor(cursor: string, list: string): KeyValue[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.startsWith(PREFIX) ? JSON.parse(text.slice(PREFIX.length)) : undefined;
  } catch {
    parsed = undefined;
  }
  const { l, k } = (parsed ?? {}) as { l?: unknown; k?: unknown };
  if (typeof l !== 'string' || !Array.isArray(k) || k.length === 0 || !k.every(isKeyValue)) {
    throw badInput(`invalid cursor "${cursor.slice(0, 80)}": use a cursor from pageInfo or edges`);
  }
  if (l !== list) {
    throw badInput('this cursor belongs to another list (another field, filter, order or parent): use `after` only with a cursor of the same list, or start again without it');
  }
  return k;
}

/** `first` (1..MAX_PAGE_SIZE) and `after` as a page request of `list`; anything else is a clear BAD_USER_INPUT. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, list: string, defaultSize = 20): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`);
  }
  return { limit: size, after: after ? decodeCursor(after, list) : null };
}

export function connection<T>(page: Page<T>, request: PageRequest, list: string, count: () => Promise<number>): Connection<T> {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(list, page.keys[i] ?? []), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page.rows,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}
