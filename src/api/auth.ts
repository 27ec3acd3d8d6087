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

/**
 * The Host names this server answers to (DNS rebinding: a web page whose domain is re-pointed to
 * 127.0.0.1 is same-origin with a loopback server, so without this check it could call mutations).
 * Bound to loopback: the loopback names (localhost, 127.x.x.x, [::1]) and the allowed hosts;
 * bound elsewhere: the bound address and the allowed hosts, or any host when none is configured and
 * the address is a wildcard (0.0.0.0, ::), where mutations already need the API key.
 * Names are compared without the port, case-insensitively.
 */
export function hostChecker(options: { host: string; allowedHosts: readonly string[] }): (hostHeader: string | undefined) => boolean {
  const allowed = new Set(options.allowedHosts.map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean));
  const wildcard = options.host === '0.0.0.0' || options.host === '::' || options.host === '';
  const loopback = isLoopbackHost(options.host);
  if (wildcard && allowed.size === 0) return () => true;
  if (!loopback && !wildcard) allowed.add(options.host.toLowerCase().replace(/^\[|\]$/g, ''));
  return (hostHeader) => {
    const name = hostName(hostHeader);
    if (name === undefined) return false;
    return allowed.has(name) || (loopback && isLoopbackHost(name));
  };
}

/** The name of a Host header without its port: "[::1]:4000" -> "::1", "Example.org:80" -> "example.org". */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 ? h.slice(1, end) : undefined;
  }
  const colon = h.indexOf(':');
  // More than one colon without brackets is not a valid Host header.
  if (colon >= 0 && h.indexOf(':', colon + 1) >= 0) return undefined;
  return colon >= 0 ? h.slice(0, colon) : h;
}
