// Who may write: mutations need `Authorization: Bearer <CLAIMGRAPH_API_KEY>` when a key is set, and
// a server that would expose mutations to the network without a key refuses to start.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { apiError, ErrorCode } from './errors.ts';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Throws when the configuration would let anyone on the network write to the graph. */
export function assertSafeExposure(options: { host: string; apiKey: string | undefined; mutations: boolean }): void {
  if (options.mutations && !options.apiKey && !isLoopbackHost(options.host)) {
    throw new Error(
      `refusing to serve mutations on ${options.host} without an API key: set CLAIMGRAPH_API_KEY, ` +
        `listen on 127.0.0.1, or disable mutations (--read-only)`,
    );
  }
}

// Both sides hashed first: timingSafeEqual needs equal lengths, and the hash hides the key's length.
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * Checked once the operation is known and before anything executes: a mutation without the key is
 * UNAUTHENTICATED (401), with a wrong key FORBIDDEN (403); with mutations disabled, FORBIDDEN.
 */
export function mutationGuard(options: { apiKey: string | undefined; mutations: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== 'mutation') return;
          if (!options.mutations) throw apiError(ErrorCode.FORBIDDEN, 'this server is read-only: mutations are disabled');
          if (!options.apiKey) return;
          const token = bearerToken(request.http?.headers.get('authorization') ?? undefined);
          if (!token) throw apiError(ErrorCode.UNAUTHENTICATED, 'mutations need the header Authorization: Bearer <CLAIMGRAPH_API_KEY>');
          if (!sameSecret(token, options.apiKey)) throw apiError(ErrorCode.FORBIDDEN, 'the API key is not valid');
        },
      };
    },
  };
}
