// The API's one public error vocabulary: every error a client sees carries `extensions.code` from
// ErrorCode, and nothing else (no stack, no driver message for unexpected failures).
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphError } from '../graph/errors.ts';
import { CurationError } from '../graph/curate.ts';
import { MissingIndexError } from '../graph/read/fulltext.ts';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** A request over one of the limits (src/api/limits.ts); extensions.limit says which, its value and what was found. */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  /** A subscription (or any operation other than query and mutation): not served. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  LIMIT_EXCEEDED: 400,
  OPERATION_NOT_SUPPORTED: 400,
  SERVICE_UNAVAILABLE: 503,
};

/** An error meant for the client: its message is safe to show and says what to do. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

export const notFound = (what: string): GraphQLError => apiError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string): GraphQLError => apiError(ErrorCode.BAD_USER_INPUT, message);

export type LimitName = 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxExtractChars';

const LIMIT_WHAT: Record<LimitName, string> = {
  maxDepth: 'query depth',
  maxCost: 'query cost',
  maxAliases: 'number of aliases',
  maxDirectives: 'number of directives',
  maxTokens: 'number of tokens',
  maxExtractChars: 'extract text length (characters)',
};

/** The one shape of every limit refusal: which limit, its value, what was found, by how much. */
export function limitError(limit: LimitName, max: number, found: number): GraphQLError {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return apiError(
    ErrorCode.LIMIT_EXCEEDED,
    `${LIMIT_WHAT[limit]} ${n(found)} is over the limit of ${n(max)} (by ${n(found - max)}); ask for less (smaller pages, fewer nested lists)`,
    { limit: { name: limit, max, found: Math.round(found) } },
  );
}

// graphql-armor reports "Syntax Error: Query depth limit of 10 exceeded, found 12." (and so on);
// read back into limitError so every limit answers alike.
const ARMOR_MESSAGE = /^Syntax Error: (?:Query )?(depth|Aliases|Directives)[^]*? limit of (\d+) exceeded, found (\d+)\.?$/iu;
const ARMOR_LIMIT: Record<string, LimitName> = { depth: 'maxDepth', aliases: 'maxAliases', directives: 'maxDirectives' };

function armorLimitError(message: string): GraphQLError | undefined {
  const m = ARMOR_MESSAGE.exec(message);
  if (!m) return undefined;
  return limitError(ARMOR_LIMIT[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3]));
}

// graphql-js's parser: "Syntax Error: Document contains more that 3000 tokens. Parsing aborted." (sic)
const TOKENS_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/u;

function tokenLimitError(message: string): GraphQLError | undefined {
  const m = TOKENS_MESSAGE.exec(message);
  // The parser stops at the limit, so the true count is unknown: "over by at least one".
  return m ? limitError('maxTokens', Number(m[1]), Number(m[1]) + 1) : undefined;
}

export const UNAVAILABLE_MESSAGE = 'The graph database is not reachable right now; try again shortly.';

/** Domain errors from the graph layer, as public errors; anything else stays as it is. */
export function toPublicError(err: unknown): unknown {
  if (err instanceof GraphQLError) return err;
  // Graph.write wraps whatever its work throws in a GraphError; a domain error stays the cause.
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (err instanceof GraphError && (cause instanceof CurationError || cause instanceof GraphQLError || cause instanceof MissingIndexError)) {
    return toPublicError(cause);
  }
  if (err instanceof CurationError) {
    return apiError(err.reason === 'NOT_FOUND' ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, err.message);
  }
  // The operator's to fix (the message says how); the client can only wait.
  if (err instanceof MissingIndexError) return apiError(ErrorCode.SERVICE_UNAVAILABLE, err.message);
  if (err instanceof GraphError || isDriverUnavailable(err)) {
    const code = (err as { code?: unknown }).code;
    if (code === 'UNAVAILABLE' || code === 'TRANSIENT' || isDriverUnavailable(err)) {
      return apiError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE);
    }
    if (code === 'INVALID_INPUT') return apiError(ErrorCode.BAD_USER_INPUT, (err as Error).message);
  }
  return err;
}

// The driver's own codes when an error reaches us untranslated (e.g. from a transaction wrapper
// that does not translate): a socket or routing failure means "down for now", not a bug.
function isDriverUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

/**
 * Apollo's formatError: known public errors pass (without stack); graph-layer errors are translated;
 * everything else becomes a generic INTERNAL_SERVER_ERROR, logged on the server for the operator.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const translated = limitErrorOf(formatted.message) ?? toPublicError(original);
  if (translated instanceof GraphQLError && translated !== original) {
    return withoutStack({ ...formatted, message: translated.message, extensions: { ...translated.extensions } });
  }
  const code = formatted.extensions?.code;
  const isPublic = typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
  // A GraphQLError thrown on purpose by our code, or by graphql-js/Apollo (parse, validation).
  if (isPublic && (original instanceof GraphQLError || !(original instanceof Error))) return withoutStack(formatted);
  // Limits plugins (graphql-armor) report with their own codes: they are the client's fault.
  if (original instanceof GraphQLError && typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && !original.originalError) {
    return withoutStack({ ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } });
  }
  log(original);
  return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR }, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
}

/** A limit refusal worded by graphql-armor or graphql-js's parser, as limitError. */
function limitErrorOf(message: string): GraphQLError | undefined {
  return armorLimitError(message) ?? tokenLimitError(message);
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
