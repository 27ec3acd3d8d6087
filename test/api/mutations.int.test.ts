// Writes through the API against a real Neo4j: ingest (the importer's pipeline and idempotency),
// delete, and curation (aliases, merging actors, statements by hand). Test actors carry a unique
// prefix, test articles a unique URL base; everything is removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/types.ts';
import { importArticles } from '../../src/import/import-articles.ts';
import { articleIdsUnder, deleteArticles, uniqueBase } from '../import/graph-under-test.ts';
import { codes, startTestApi, type TestApi } from './api-under-test.ts';

const KEY = 'mutation-test-key';
const auth = { authorization: `Bearer ${KEY}` };
const base = uniqueBase('api-mutations');
const tag = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
// Names no real article contains, so resolution can only find the test's actors.
const NAMES = { alpha: `Qorvath ${tag} Alpha`, alphaDup: `Qorvath ${tag} Alpha Inc`, beta: `Zemrix ${tag} Beta`, gamma: `Ulvane ${tag} Gamma` };
const TEXT = `${NAMES.alphaDup} said that ${NAMES.beta} had broken the agreement. ${NAMES.gamma} told reporters that nothing had changed. ${NAMES.beta} denied everything.`;

let t: TestApi;

/** A hand-made extraction with the test's own actors (spans located in the text). */
function testExtraction(text: string): Extraction {
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const actor = (key: keyof typeof NAMES, kind: 'ORGANIZATION' | 'PERSON' | 'GROUP') => ({
    id: `${tag}-${key}`,
    name: NAMES[key],
    kind,
    aliases: [],
    mentions: [at(NAMES[key])],
  });
  const said = `${NAMES.alphaDup} said that ${NAMES.beta} had broken the agreement`;
  return {
    language: 'en',
    title: null,
    outlet: null,
    publishedAt: '2020-05-01',
    actors: [actor('alphaDup', 'ORGANIZATION'), actor('beta', 'GROUP'), actor('gamma', 'PERSON')],
    statements: [
      {
        id: 's1', speaker: `${tag}-alphaDup`, speakerText: NAMES.alphaDup, cue: 'said', cueType: 'SAY',
        content: `${NAMES.beta} had broken the agreement`, direct: false, about: [`${tag}-beta`], addressees: [], via: [],
        date: '2020-05-01', span: at(said), parent: null,
      },
    ],
  };
}

beforeAll(async () => {
  t = await startTestApi({ apiKey: KEY });
  // The test's actors: one article imported with the extraction above, plus a curated actor to merge into.
  await importArticles(t.graph, [{ url: `${base}/actors`, text: TEXT, language: 'en', publishedAt: '2020-05-01' }], {
    extract: testExtraction,
    extractorVersion: `test-${tag}`,
  });
  await t.graph.run(`MERGE (a:Actor:Organization {id: $id}) SET a.name = $name, a.kind = 'ORGANIZATION', a.aliases = [], a.names = $name, a.curated = true`, {
    id: `${tag}-alpha`,
    name: NAMES.alpha,
  }, { mode: 'write' });
});

afterAll(async () => {
  await deleteArticles(t.graph, await articleIdsUnder(t.graph, base));
  await t.graph.run(`MATCH (a:Actor) WHERE a.id STARTS WITH $tag DETACH DELETE a`, { tag }, { mode: 'write' });
  await t.close();
});

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) { outcome article { id url title statements(first: 100) { totalCount nodes { content speaker { id } } } } }
}`;

describe('ingestArticle', () => {
  const input = { url: `${base}/ingested`, text: `${NAMES.gamma} said on Monday that the talks would continue.`, language: 'en', publishedAt: '2020-05-04', title: 'Talks' };

  it('stores a new article, then reports it unchanged, then updated when its text changes', async () => {
    const first = await t.gql<any>(INGEST, { input }, auth);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.ingestArticle.outcome).toBe('NEW');
    expect(first.body.data.ingestArticle.article).toMatchObject({ url: input.url, title: 'Talks' });

    const again = await t.gql<any>(INGEST, { input }, auth);
    expect(again.body.data.ingestArticle.outcome).toBe('UNCHANGED');
    expect(again.body.data.ingestArticle.article.id).toBe(first.body.data.ingestArticle.article.id);

    const changed = await t.gql<any>(INGEST, { input: { ...input, text: `${input.text} More later.` } }, auth);
    expect(changed.body.data.ingestArticle.outcome).toBe('UPDATED');
    const count = await t.graph.run('MATCH (a:Article {url: $url}) RETURN count(a) AS n', { url: input.url });
    expect(Number(count[0]!.n)).toBe(1);
  });

  it('ingestArticles takes several, each with its outcome', async () => {
    const inputs = [1, 2].map((i) => ({ url: `${base}/batch-${i}`, text: `${NAMES.gamma} said that batch ${i} was fine.`, language: 'en' }));
    const res = await t.gql<any>(`mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome article { url } } }`, { inputs }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestArticles.map((r: any) => [r.outcome, r.article.url])).toEqual(inputs.map((i) => ['NEW', i.url]));
  });

  const bad: { name: string; input: Record<string, unknown>; code: string }[] = [
    { name: 'empty text', input: { text: '   ' }, code: 'BAD_USER_INPUT' },
    { name: 'not a URL', input: { text: 'The minister said it.', url: 'not a url' }, code: 'BAD_USER_INPUT' },
    { name: 'impossible date', input: { text: 'The minister said it.', publishedAt: '2020-02-31' }, code: 'BAD_USER_INPUT' },
  ];
  for (const c of bad) {
    it(`refuses ${c.name} with ${c.code} and stores nothing`, async () => {
      const before = await articleIdsUnder(t.graph, base);
      const res = await t.gql(INGEST, { input: c.input }, auth);
      expect(codes(res), c.name).toEqual([c.code]);
      expect(await articleIdsUnder(t.graph, base)).toEqual(before);
    });
  }
});

describe('deleteArticle', () => {
  it('deletes once, then answers false', async () => {
    const res = await t.gql<any>(INGEST, { input: { url: `${base}/to-delete`, text: `${NAMES.gamma} said the file was closed.`, language: 'en' } }, auth);
    const id = res.body.data.ingestArticle.article.id;
    const del = `mutation ($id: ID!) { deleteArticle(id: $id) }`;
    expect((await t.gql<any>(del, { id }, auth)).body.data.deleteArticle).toBe(true);
    expect((await t.gql<any>(`query ($id: ID) { article(id: $id) { id } }`, { id })).body.data.article).toBeNull();
    expect((await t.gql<any>(del, { id }, auth)).body.data.deleteArticle).toBe(false);
  });
});

describe('curation', () => {
  it('addActorAlias: the new name resolves to the actor, and adding it twice changes nothing', async () => {
    const alias = `غاما ${tag}`;
    const add = `mutation ($actor: String!, $alias: String!) { addActorAlias(actor: $actor, alias: $alias, language: ar) { id aliases curated } }`;
    const res = await t.gql<any>(add, { actor: NAMES.gamma, alias }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.addActorAlias).toMatchObject({ id: `${tag}-gamma`, curated: true });
    expect(res.body.data.addActorAlias.aliases).toEqual([alias]);
    const twice = await t.gql<any>(add, { actor: NAMES.gamma, alias }, auth);
    expect(twice.body.data.addActorAlias.aliases).toEqual([alias]);
    const found = await t.gql<any>(`query ($name: String) { actor(name: $name) { id } }`, { name: alias });
    expect(found.body.data.actor.id).toBe(`${tag}-gamma`);
  });

  it('mergeActors moves statements and mentions, keeps the old name as an alias, deletes the duplicate', async () => {
    const res = await t.gql<any>(
      `mutation ($into: String!, $from: [String!]!) { mergeActors(into: $into, from: $from) { id aliases statements { nodes { content about { id } } } mentionedIn { totalCount } } }`,
      { into: NAMES.alpha, from: [NAMES.alphaDup] },
      auth,
    );
    expect(res.body.errors).toBeUndefined();
    const merged = res.body.data.mergeActors;
    expect(merged.id).toBe(`${tag}-alpha`);
    expect(merged.aliases).toContain(NAMES.alphaDup);
    expect(merged.statements.nodes.map((s: any) => s.about.map((a: any) => a.id))).toEqual([[`${tag}-beta`]]);
    expect(merged.mentionedIn.totalCount).toBe(1);
    const gone = await t.graph.run('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id: `${tag}-alphaDup` });
    expect(Number(gone[0]!.n)).toBe(0);
    const byOldName = await t.gql<any>(`query ($name: String) { actor(name: $name) { id } }`, { name: NAMES.alphaDup });
    expect(byOldName.body.data.actor.id).toBe(`${tag}-alpha`);
  });

  it('addStatement: a curated statement with its span found in the text, addressed and about actors by name', async () => {
    const article = await t.gql<any>(`query ($url: String) { article(url: $url) { id } }`, { url: `${base}/actors` });
    const input = {
      article: article.body.data.article.id,
      speaker: NAMES.beta,
      content: 'denied everything',
      cue: 'denied',
      cueType: 'DENY',
      about: [NAMES.alpha],
      addressees: [NAMES.gamma],
    };
    const add = `mutation ($input: StatementInput!) { addStatement(input: $input) { id curated span content speaker { id } about { id } addressees { id } evidence { sentence } } }`;
    const res = await t.gql<any>(add, { input }, auth);
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data.addStatement;
    expect(s).toMatchObject({ curated: true, content: 'denied everything', speaker: { id: `${tag}-beta` }, about: [{ id: `${tag}-alpha` }], addressees: [{ id: `${tag}-gamma` }] });
    expect(TEXT.slice(s.span[0], s.span[1])).toBe('denied everything');
    expect(s.evidence.sentence).toBe(`${NAMES.beta} denied everything.`);
    const again = await t.gql<any>(add, { input }, auth);
    expect(again.body.data.addStatement.id).toBe(s.id);
    const count = await t.graph.run('MATCH (s:Statement {id: $id}) RETURN count(s) AS n', { id: s.id });
    expect(Number(count[0]!.n)).toBe(1);
  });

  const refused: { name: string; input: Record<string, unknown>; code: string }[] = [
    { name: 'unknown speaker', input: { speaker: `Nobody ${tag}`, content: 'denied everything' }, code: 'NOT_FOUND' },
    { name: 'content not in the text and no span', input: { speaker: NAMES.beta, content: 'words never written' }, code: 'BAD_USER_INPUT' },
    { name: 'span outside the text', input: { speaker: NAMES.beta, content: 'x', span: [0, 100000] }, code: 'BAD_USER_INPUT' },
    { name: 'unknown about actor', input: { speaker: NAMES.beta, content: 'denied everything', about: [`Nobody ${tag}`] }, code: 'NOT_FOUND' },
  ];
  for (const c of refused) {
    it(`addStatement refuses ${c.name} (${c.code}) and writes nothing`, async () => {
      const article = await t.gql<any>(`query ($url: String) { article(url: $url) { id statements { totalCount } } }`, { url: `${base}/actors` });
      const before = article.body.data.article.statements.totalCount;
      const res = await t.gql(
        `mutation ($input: StatementInput!) { addStatement(input: $input) { id } }`,
        { input: { article: article.body.data.article.id, cue: 'said', cueType: 'SAY', ...c.input } },
        auth,
      );
      expect(codes(res), c.name).toEqual([c.code]);
      const after = await t.gql<any>(`query ($url: String) { article(url: $url) { statements { totalCount } } }`, { url: `${base}/actors` });
      expect(after.body.data.article.statements.totalCount).toBe(before);
    });
  }
});
