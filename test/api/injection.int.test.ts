// Cypher is always parameterised: every string argument of every query and mutation (including the
// string fields of input objects), walked from schema.graphql, receives injection attempts; the
// graph must come out untouched: the seed graph intact, no node or property the payloads try to
// create, and whatever the API legitimately stored (an ingested text) stored verbatim, as data.
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/api/server.ts';
import { articleIdsUnder, deleteArticles, subgraphCounts, uniqueBase } from '../import/graph-under-test.ts';
import { removeSeedGraph, seedArticleIds, seedGraph } from '../support/seed-graph.ts';
import { startTestApi, type TestApi } from './api-under-test.ts';

const KEY = 'injection-test-key';
const base = uniqueBase('api-injection');

const PAYLOADS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `x'}) CREATE (:Pwned {by: 'quote'}) WITH 1 AS x MATCH (n) SET n.pwned = true //`,
  '`) CREATE (:Pwned {by: "backtick"}) //',
  `kremlin" OR "*`,
  `*:*`,
  `$about} CREATE (:Pwned) //`,
  `\\' }) CALL { CREATE (:Pwned) } //`,
  `الكرملين') DETACH DELETE a //`,
  `Kremlin\u0000'; MATCH (n) DETACH DELETE n`,
];

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

/** A harmless value for an argument that is not under test. */
function benign(type: GraphQLInputType, mutation: boolean): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [benign(t.ofType as GraphQLInputType, mutation)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type)) out[f.name] = benign(f.type, mutation);
    if (t.name === 'ArticleInput') out.url = `${base}/article`;
    return out;
  }
  if (isScalarType(t)) {
    if (t.name === 'Int') return 1;
    if (t.name === 'Float') return 1;
    if (t.name === 'Boolean') return false;
    if (t.name === 'Date') return '2017-01-28';
    // Mutations name an actor that does not exist: they refuse before writing to a real actor.
    return mutation ? 'Zzyzx Nonexistent' : 'Kremlin';
  }
  return null;
}

interface Target {
  label: string;
  field: GraphQLField<unknown, unknown>;
  mutation: boolean;
  /** Builds the variables with the payload at this target. */
  variables(payload: string): Record<string, unknown>;
}

function isStringish(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

function targets(): Target[] {
  const out: Target[] = [];
  for (const [rootName, mutation] of [['Query', false], ['Mutation', true]] as const) {
    const root = schema.getType(rootName) as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
    for (const field of Object.values(root.getFields())) {
      const defaults = () => Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, isNonNullType(a.type) ? benign(a.type, mutation) : undefined]));
      const wrap = (type: GraphQLInputType, payload: string): unknown => (isListType(getNullableType(type)) ? [payload] : payload);
      for (const arg of field.args) {
        if (isStringish(arg.type)) {
          out.push({ label: `${rootName}.${field.name}(${arg.name})`, field, mutation, variables: (p) => ({ ...defaults(), [arg.name]: wrap(arg.type, p) }) });
        }
        const input = getNamedType(arg.type);
        if (isInputObjectType(input)) {
          for (const f of Object.values(input.getFields())) {
            if (!isStringish(f.type)) continue;
            out.push({
              label: `${rootName}.${field.name}(${arg.name}.${f.name})`,
              field,
              mutation,
              variables: (p) => {
                const obj = { ...(benign(input, mutation) as Record<string, unknown>), [f.name]: wrap(f.type, p) };
                return { ...defaults(), [arg.name]: isListType(getNullableType(arg.type)) ? [obj] : obj };
              },
            });
          }
        }
      }
    }
  }
  return out;
}

function operation(target: Target): string {
  const vars = target.field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = target.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(target.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${target.mutation ? 'mutation' : 'query'}${vars ? ` (${vars})` : ''} { ${target.field.name}${args ? `(${args})` : ''}${selection} }`;
}

let t: TestApi;
let before: Awaited<ReturnType<typeof subgraphCounts>>;

beforeAll(async () => {
  t = await startTestApi({ apiKey: KEY });
  await seedGraph(t.graph);
  before = await subgraphCounts(t.graph, seedArticleIds());
});
afterAll(async () => {
  await deleteArticles(t.graph, await articleIdsUnder(t.graph, base));
  await removeSeedGraph(t.graph);
  await t.close();
});

describe('injection through every string argument', () => {
  const all = targets();

  it('covers every string argument of the schema', () => {
    const labels = all.map((x) => x.label);
    for (const expected of ['Query.actor(name)', 'Query.statements(filter.speaker)', 'Query.statements(filter.text)', 'Query.search(text)', 'Query.whoSaidWhatAbout(about)', 'Query.article(url)', 'Mutation.mergeActors(from)', 'Mutation.addStatement(input.content)', 'Mutation.ingestArticle(input.text)']) {
      expect(labels).toContain(expected);
    }
  });

  for (const target of all) {
    it(`${target.label}: every payload is data, answered without an internal error`, async () => {
      for (const payload of PAYLOADS) {
        const res = await t.gql(operation(target), target.variables(payload), { authorization: `Bearer ${KEY}` });
        const failures = (res.body.errors ?? []).map((e) => e.extensions?.code);
        expect(failures, `${target.label} with ${JSON.stringify(payload)}: ${JSON.stringify(res.body.errors)}`).not.toContain('INTERNAL_SERVER_ERROR');
      }
    });
  }

  it('left the graph untouched', async () => {
    expect(await subgraphCounts(t.graph, seedArticleIds())).toEqual(before);
    const pwned = await t.graph.run('MATCH (n:Pwned) RETURN count(n) AS n');
    expect(Number(pwned[0]!.n)).toBe(0);
    const marked = await t.graph.run('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(Number(marked[0]!.n)).toBe(0);
    const kremlin = await t.graph.run(`MATCH (k:Actor {id: 'kremlin'}) RETURN k.name AS name, k.aliases AS aliases`);
    expect(kremlin[0]!.name).toBe('Kremlin');
    expect((kremlin[0]!.aliases as string[]).some((a) => PAYLOADS.includes(a))).toBe(false);
  });

  it('texts the API did store hold the payload verbatim', async () => {
    const ids = await articleIdsUnder(t.graph, base);
    const rows = await t.graph.run('MATCH (a:Article) WHERE a.id IN $ids RETURN a.text AS text, a.title AS title', { ids });
    for (const row of rows) {
      const stored = [row.text, row.title].filter((v): v is string => typeof v === 'string');
      expect(stored.some((v) => PAYLOADS.some((p) => v.includes(p.trim().replace(/\u0000/g, '')) || v === 'Zzyzx Nonexistent')), JSON.stringify(row)).toBe(true);
    }
  });
});
