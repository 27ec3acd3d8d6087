// Relay-style connections over the graph layer's pages. Cursors are opaque (base64 of the offset in
// a stable order: every list the graph layer returns is ordered with an id as the last tie-breaker).
// totalCount is computed only when a client selects it: counting is a query of its own.
import { badInput } from './errors.ts';
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

const PREFIX = 'cg1:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw badInput(`invalid cursor "${cursor}": use a cursor from pageInfo or edges`);
  return offset;
}

/** `first` (1..MAX_PAGE_SIZE) and `after` as a page request; anything else is a clear BAD_USER_INPUT. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, defaultSize = 20): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`);
  }
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, limit: size };
}

export function connection<T>(page: Page<T>, request: PageRequest, count: () => Promise<number>): Connection<T> {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(request.skip + i), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page.rows,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: request.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}
