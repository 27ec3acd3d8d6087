// translateGraphError: each driver failure shape becomes one GraphError code with an actionable message.
import { describe, expect, it } from 'vitest';
import { GraphError, translateGraphError, type GraphErrorCode } from '../../src/graph/errors.ts';

const where = { uri: 'neo4j+s://db.example.org', user: 'alice', database: 'news' };

const cases: { driverCode: string; message?: string; code: GraphErrorCode; mentions: string[] }[] = [
  { driverCode: 'Neo.ClientError.Security.Unauthorized', code: 'AUTH_FAILED', mentions: ["user 'alice'", where.uri, 'NEO4J_PASSWORD'] },
  { driverCode: 'Neo.ClientError.Security.AuthenticationRateLimit', code: 'AUTH_RATE_LIMITED', mentions: ["'alice'", 'NEO4J_PASSWORD'] },
  { driverCode: 'ServiceUnavailable', code: 'UNAVAILABLE', mentions: [`Neo4j is not reachable at ${where.uri}`, 'NEO4J_URI'] },
  { driverCode: 'SessionExpired', code: 'UNAVAILABLE', mentions: [where.uri] },
  { driverCode: 'Neo.ClientError.Database.DatabaseNotFound', code: 'DATABASE_NOT_FOUND', mentions: ["'news'"] },
  {
    driverCode: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    message: 'Node(1) already exists with label `Actor` and property `id` = \'x\'\nmore detail',
    code: 'CONSTRAINT_VIOLATION',
    mentions: ['already exists with label `Actor`'],
  },
  { driverCode: 'Neo.ClientError.Statement.SyntaxError', message: "Invalid input 'MATC'\n^", code: 'INVALID_QUERY', mentions: ["Invalid input 'MATC'"] },
  { driverCode: 'Neo.ClientError.Statement.ParameterMissing', message: 'Expected parameter(s): x', code: 'INVALID_INPUT', mentions: ['Expected parameter(s): x'] },
  { driverCode: 'Neo.TransientError.Transaction.DeadlockDetected', code: 'TRANSIENT', mentions: ['try again'] },
  { driverCode: 'Neo.DatabaseError.General.UnknownError', message: 'boom', code: 'UNKNOWN', mentions: ['Neo.DatabaseError.General.UnknownError', 'boom'] },
];

describe('translateGraphError', () => {
  for (const c of cases) {
    it(`${c.driverCode} -> ${c.code}`, () => {
      const driverError = Object.assign(new Error(c.message ?? 'driver says no'), { code: c.driverCode });
      const err = translateGraphError(driverError, where);
      expect(err).toBeInstanceOf(GraphError);
      expect(err.code).toBe(c.code);
      expect(err.neo4jCode).toBe(c.driverCode);
      expect(err.cause).toBe(driverError);
      for (const text of c.mentions) expect(err.message, err.message).toContain(text);
      expect(err.message, 'one line').not.toContain('\n');
      if (err.expected) expect(err.stack).not.toMatch(/\n\s+at /);
    });
  }

  it('passes an already-translated GraphError through unchanged', () => {
    const err = new GraphError('UNAVAILABLE', 'x');
    expect(translateGraphError(err, where)).toBe(err);
  });

  it('keeps the stack of unexpected failures (they are bugs to debug)', () => {
    const err = translateGraphError(Object.assign(new Error('boom'), { code: 'Neo.DatabaseError.X' }), where);
    expect(err.expected).toBe(false);
    expect(err.stack).toMatch(/\n\s+at /);
  });
});
