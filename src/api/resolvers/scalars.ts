// Date: a calendar day as YYYY-MM-DD, checked to be a real day (2026-02-30 is refused).
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../errors.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(value: unknown): string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value as string;
  }
  throw badInput(`expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('expected a date string as YYYY-MM-DD');
    return parseDay(ast.value);
  },
});
