// From a selection to the statement rows a list query reads: table-driven (the query in each
// failure message), plus a check that the tables know every field the schema declares.
import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/api/server.ts';
import {
  ACTOR_FIELD_PROPERTY,
  ARTICLE_FIELD_PROPERTY,
  STATEMENT_FIELD_NEEDS,
  statementShape,
} from '../../src/api/statement-shape.ts';
import { FULL_STATEMENT, type StatementShape } from '../../src/graph/read/projections.ts';

function shapeOf(document: string): StatementShape {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const info = { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
  return statementShape(info, info.fieldNodes, [['nodes'], ['edges', 'node']]);
}

/** Order-free view of a shape. */
const norm = (s: StatementShape) => ({
  properties: [...s.properties].sort(),
  links: [...s.links].sort(),
  actors: s.actors && { links: [...s.actors.links].sort(), properties: [...s.actors.properties].sort() },
  article: s.article && { properties: [...s.article.properties].sort() },
});

const cases: { document: string; expected: StatementShape }[] = [
  { document: '{ statements { nodes { id } } }', expected: { properties: [], links: [], actors: null, article: null } },
  {
    document: '{ statements { nodes { content speaker { name } } } }',
    expected: { properties: ['content'], links: ['SAID_BY'], actors: { links: ['SAID_BY'], properties: ['name'] }, article: null },
  },
  {
    document: '{ statements { totalCount edges { cursor node { cueType about { id aliases } via { kind } } } } }',
    expected: { properties: ['cueType'], links: ['ABOUT', 'VIA'], actors: { links: ['ABOUT', 'VIA'], properties: ['aliases', 'kind'] }, article: null },
  },
  {
    document: '{ statements { nodes { article { title outlet { name } text } evidence { sentence } } } }',
    expected: { properties: ['start', 'end'], links: ['REPORTED_IN'], actors: null, article: { properties: ['title', 'outlet'] } },
  },
  {
    document: '{ statements { nodes { span parent { content } children { id } speaker { statements { totalCount } } } } }',
    expected: { properties: ['start', 'end'], links: ['PART_OF', 'SAID_BY'], actors: { links: ['SAID_BY'], properties: [] }, article: null },
  },
  {
    document: '{ statements { nodes { ...F } } } fragment F on Statement { date addressees { name curated } }',
    expected: { properties: ['date'], links: ['ADDRESSED_TO'], actors: { links: ['ADDRESSED_TO'], properties: ['name', 'curated'] }, article: null },
  },
  { document: '{ statements { nodes { somethingNew } } }', expected: FULL_STATEMENT },
  { document: '{ statements { nodes { speaker { somethingNew } } } }', expected: FULL_STATEMENT },
];

describe('statementShape', () => {
  for (const c of cases) {
    it(`reads what ${c.document} needs`, () => {
      expect(norm(shapeOf(c.document)), c.document).toEqual(norm(c.expected));
    });
  }
});

describe('the field tables', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const tables: [string, Record<string, unknown>][] = [
    ['Statement', STATEMENT_FIELD_NEEDS],
    ['Actor', ACTOR_FIELD_PROPERTY],
    ['Article', ARTICLE_FIELD_PROPERTY],
  ];
  for (const [typeName, table] of tables) {
    it(`know every field of ${typeName} in schema.graphql, and no other`, () => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const known = Object.keys(table).filter((f) => f !== '__typename').sort();
      expect(known, typeName).toEqual(Object.keys(type.getFields()).sort());
    });
  }
});
