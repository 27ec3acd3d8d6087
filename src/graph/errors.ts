// The one boundary where Neo4j driver errors become claimgraph errors.
//
// Exports
//   GraphError          an error with a stable `code` (GraphErrorCode) and a message a user can act on
//   GraphErrorCode      the codes callers branch on (AUTH_FAILED, UNAVAILABLE, CONSTRAINT_VIOLATION, ...)
//   translateGraphError(err, where)  driver error -> GraphError (already-translated errors pass through)
//
// Why one place: the driver reports the same situation in several shapes (Neo4jError codes, GQL
// statuses, socket errors); callers and the CLI should see one message per situation, without the
// driver's stack, and never the password.

export type GraphErrorCode =
  | 'AUTH_FAILED'
  | 'AUTH_RATE_LIMITED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE'
  | 'DATABASE_NOT_FOUND'
  | 'CONSTRAINT_VIOLATION'
  | 'INVALID_QUERY'
  | 'INVALID_INPUT'
  | 'TRANSIENT'
  | 'UNKNOWN';

/** Failures a user can cause and fix (bad credentials, server down); their stack is noise. */
const EXPECTED: ReadonlySet<GraphErrorCode> = new Set<GraphErrorCode>([
  'AUTH_FAILED',
  'AUTH_RATE_LIMITED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'DATABASE_NOT_FOUND',
  'CONSTRAINT_VIOLATION',
  'INVALID_INPUT',
]);

export class GraphError extends Error {
  /** The driver's own code (e.g. `Neo.ClientError.Security.Unauthorized`), for logs and debugging. */
  readonly neo4jCode: string | undefined;

  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options: { cause?: unknown; neo4jCode?: string | undefined } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GraphError';
    this.neo4jCode = options.neo4jCode;
    // An expected failure prints as one line: the stack would point into the driver, not at a bug.
    if (EXPECTED.has(code)) this.stack = `${this.name} [${code}]: ${message}`;
  }

  get expected(): boolean {
    return EXPECTED.has(this.code);
  }
}

/** Where the failing call went: named in messages so the user knows which server and user to fix. */
export interface GraphErrorContext {
  uri: string;
  user: string;
  database?: string | undefined;
}

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
  gqlStatus?: unknown;
}

function driverCode(err: unknown): string {
  const code = (err as DriverErrorShape | null)?.code;
  return typeof code === 'string' ? code : '';
}

function driverMessage(err: unknown): string {
  const message = (err as DriverErrorShape | null)?.message;
  return typeof message === 'string' ? message : String(err);
}

/** First line of the server's message: Cypher errors carry a multi-line caret diagram. */
function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN']);

export function translateGraphError(err: unknown, where: GraphErrorContext): GraphError {
  if (err instanceof GraphError) return err;
  const code = driverCode(err);
  const message = driverMessage(err);
  const opts = { cause: err, neo4jCode: code || undefined };
  const db = where.database ? ` (database '${where.database}')` : '';

  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new GraphError(
      'AUTH_FAILED',
      `Neo4j rejected the credentials for user '${where.user}' at ${where.uri}; set NEO4J_PASSWORD (and NEO4J_USER) to the right values`,
      opts,
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new GraphError(
      'AUTH_RATE_LIMITED',
      `Neo4j at ${where.uri} blocked user '${where.user}' after too many failed logins; wait a few seconds and check NEO4J_PASSWORD`,
      opts,
    );
  }
  if (code === 'Neo.ClientError.Security.Forbidden' || code === 'Neo.ClientError.Security.AuthorizationExpired') {
    return new GraphError('FORBIDDEN', `Neo4j user '${where.user}' may not do this at ${where.uri}${db}: ${firstLine(message)}`, opts);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || SOCKET_CODES.has(code)) {
    return new GraphError(
      'UNAVAILABLE',
      `Neo4j is not reachable at ${where.uri}: is it running? (start the local one with 'npx claimgraph neo4j start', or set NEO4J_URI)`,
      opts,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new GraphError('DATABASE_NOT_FOUND', `Neo4j at ${where.uri} has no database${db || ` named in NEO4J_DATABASE`}`, opts);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError('CONSTRAINT_VIOLATION', `Neo4j refused the write${db}: ${firstLine(message)}`, opts);
  }
  if (
    code === 'Neo.ClientError.Statement.ParameterMissing' ||
    code === 'Neo.ClientError.Statement.TypeError' ||
    code === 'Neo.ClientError.Statement.ArgumentError' ||
    code === 'Neo.ClientError.Statement.ArithmeticError'
  ) {
    return new GraphError('INVALID_INPUT', `Neo4j could not use the given values: ${firstLine(message)}`, opts);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.SemanticError') {
    return new GraphError('INVALID_QUERY', `Invalid Cypher: ${firstLine(message)}`, opts);
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new GraphError('TRANSIENT', `Neo4j could not complete the work right now, try again: ${firstLine(message)}`, opts);
  }
  return new GraphError('UNKNOWN', `Neo4j error${code ? ` ${code}` : ''}: ${firstLine(message)}`, opts);
}
