// Failures of the local Neo4j lifecycle (missing Java/Maven, a server that does not come up).
// Expected failures: the CLI prints the message as one line, so the message says what to do.
export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'ASSEMBLY_FAILED'
  | 'PORT_IN_USE'
  | 'PASSWORD_UNKNOWN'
  | 'PASSWORD_INVALID'
  | 'START_FAILED'
  | 'STOP_FAILED';

export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LocalNeo4jError';
    this.stack = `${this.name} [${code}]: ${message}`;
  }
}
