// operationCost counts a page as it will execute: a literal, a variable, a variable's default and
// the schema's default page size all multiply alike (graphql-armor's rule saw only literals).
import { readFileSync } from 'node:fs';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/api/cost.ts';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return operationCost(schema, document, operation, variables);
}

const page = (first: string) => `{ statements(first: ${first}) { nodes { content speaker { name } } } }`;

describe('operationCost', () => {
  const literal100 = cost(page('100'));
  const cases: { name: string; query: string; variables?: Record<string, unknown>; expected: number }[] = [
    { name: 'a variable', query: `query ($n: Int) ${page('$n')}`, variables: { n: 100 }, expected: literal100 },
    { name: "a variable's default", query: `query ($n: Int = 100) ${page('$n')}`, expected: literal100 },
    { name: 'a given variable over its default', query: `query ($n: Int = 5) ${page('$n')}`, variables: { n: 100 }, expected: literal100 },
    { name: "the schema's default (20)", query: `{ statements { nodes { content speaker { name } } } }`, expected: cost(page('20')) },
    { name: 'a variable left out: the schema default', query: `query ($n: Int) ${page('$n')}`, expected: cost(page('20')) },
    { name: 'a fragment', query: `{ statements(first: 100) { ...F } } fragment F on StatementConnection { nodes { content speaker { name } } }`, expected: literal100 },
  ];
  for (const c of cases) {
    it(`${c.name} counts like the literal`, () => {
      expect(cost(c.query, c.variables), c.query).toBe(c.expected);
    });
  }
  it('a page multiplies: 100 rows cost about 5x 20 rows', () => {
    expect(literal100 / cost(page('20'))).toBeCloseTo(5, 1);
  });
});
