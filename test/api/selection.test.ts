// What a resolver sees of the client's selection: fields by name under the resolved field or a path
// below it, fragments (named and inline) expanded, every alias counted.
import { parse, Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { childFields, selectedFields } from '../../src/api/selection.ts';

/** A resolve-info stand-in for the first top-level field of `document`. */
function infoFor(document: string) {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const cases: { name: string; document: string; path: string[]; expected: string[] }[] = [
  { name: 'direct fields', document: '{ statements { totalCount nodes { id } } }', path: [], expected: ['totalCount', 'nodes'] },
  { name: 'a path below', document: '{ statements { nodes { id content speaker { name } } } }', path: ['nodes'], expected: ['id', 'content', 'speaker'] },
  { name: 'two steps', document: '{ statements { edges { node { cue } } } }', path: ['edges', 'node'], expected: ['cue'] },
  {
    name: 'a named fragment',
    document: '{ statements { nodes { ...S } } } fragment S on Statement { content about { name } }',
    path: ['nodes'],
    expected: ['content', 'about'],
  },
  {
    name: 'a fragment used twice, and one inside another',
    document: '{ statements { nodes { ...A ...A } } } fragment A on Statement { id ...B } fragment B on Statement { cueType }',
    path: ['nodes'],
    expected: ['id', 'cueType'],
  },
  { name: 'an inline fragment', document: '{ statements { nodes { ... on Statement { date } } } }', path: ['nodes'], expected: ['date'] },
  {
    name: 'the same field under two aliases: both selections count',
    document: '{ statements { a: nodes { content } b: nodes { speaker { id } } } }',
    path: ['nodes'],
    expected: ['content', 'speaker'],
  },
  { name: 'under @skip: counted (reading too much is safe)', document: '{ statements { nodes { via @skip(if: true) { id } } } }', path: ['nodes'], expected: ['via'] },
  { name: 'a path that is not selected', document: '{ statements { totalCount } }', path: ['nodes'], expected: [] },
];

describe('selectedFields', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.document}`, () => {
      expect([...selectedFields(infoFor(c.document), ...c.path)].sort(), c.document).toEqual([...c.expected].sort());
    });
  }
});

describe('childFields', () => {
  it('lists every field node of that name, aliases and fragments included', () => {
    const info = infoFor('{ article { a: statements(first: 1) { totalCount } ...F title } } fragment F on Article { statements { totalCount } }');
    expect(childFields(info, 'statements').map((f) => f.alias?.value ?? f.name.value)).toEqual(['a', 'statements']);
    expect(childFields(info, 'mentions')).toEqual([]);
  });
});
