// whoSaidWhatAbout's total is the actor's CONCERNS degree (one edge per statement about the actor
// or addressed to it): these check, against a real Neo4j, that the edges stay exactly the distinct
// statements through import, re-import, curation (addStatement, mergeActors), delete and the
// backfill of older graphs. Each step compares the API's total with a count that walks the ABOUT
// and ADDRESSED_TO edges themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, ExtractedStatement } from '../../src/extract/types.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { addStatement, mergeActors } from '../../src/graph/curate.ts';
import { deleteArticle } from '../../src/graph/delete-article.ts';
import { articleId } from '../../src/graph/identity.ts';
import { findStatementsWithTotal } from '../../src/graph/read/statements.ts';
import { backfillConcerns } from '../../src/graph/schema.ts';
import { importArticles, type ArticleRecordInput } from '../../src/import/import-articles.ts';
import { deleteArticles, openGraph, uniqueBase } from '../import/graph-under-test.ts';

const TEXT = 'Test article\n\nOne said it. Two said it. Three said it. Four said it. Five said it. Six said it.';

describe('CONCERNS edges and the exact total of whoSaidWhatAbout', () => {
  let graph: Graph;
  const tag = uniqueBase('concerns').replace(/\W+/g, '-');
  const target = `test-target-${tag}`;
  const duplicate = `test-duplicate-${tag}`;
  const speaker = `test-speaker-${tag}`;
  const first: ArticleRecordInput = { url: `https://test.claimgraph.example/${tag}/1`, text: TEXT };
  const second: ArticleRecordInput = { url: `https://test.claimgraph.example/${tag}/2`, text: TEXT };

  /** A statement over the n-th sentence of TEXT (its own span, so its own id). */
  const statement = (n: number, about: string[], addressees: string[]): ExtractedStatement => {
    const word = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'][n]!;
    const start = TEXT.indexOf(`${word} said it.`);
    return {
      id: `s${n}`, speaker, speakerText: word, cue: 'said', cueType: 'SAY', content: 'it', direct: false,
      about, addressees, via: [], date: null, span: [start, start + word.length + 9], parent: null,
    };
  };
  const extraction = (statements: ExtractedStatement[]) => (): Extraction => ({
    language: 'en', title: 'Test article', outlet: null, publishedAt: '2026-01-05',
    actors: [
      { id: target, name: `Target ${tag}`, kind: 'PERSON', aliases: [], mentions: [] },
      { id: duplicate, name: `Duplicate ${tag}`, kind: 'PERSON', aliases: [], mentions: [] },
      { id: speaker, name: `Speaker ${tag}`, kind: 'PERSON', aliases: [], mentions: [] },
    ],
    statements,
  });
  // Both about and addressed to the target (counts once), only about, only addressed, about the
  // duplicate and addressed to the target, about both.
  const firstVersion = [
    statement(0, [target], [target]),
    statement(1, [target], []),
    statement(2, [], [target]),
    statement(3, [duplicate], [target]),
    statement(4, [target, duplicate], []),
  ];

  /** The API's total (the degree) and the walked count of distinct statements, for one actor. */
  const totals = async (actor: string) => {
    const api = await graph.read((tx) => findStatementsWithTotal(tx, { concernsId: actor }, 'DATE_DESC', { limit: 2, after: null }));
    const [walked] = await graph.run(
      `MATCH (x:Actor {id: $actor})
       RETURN COUNT { MATCH (x)<-[:ABOUT|ADDRESSED_TO]-(s:Statement) RETURN DISTINCT s } AS walked,
              COUNT { (x)<-[:CONCERNS]-() } AS edges`,
      { actor },
    );
    return { total: api.total, walked: Number(walked?.walked ?? 0), edges: Number(walked?.edges ?? 0) };
  };

  beforeAll(async () => {
    graph = await openGraph();
  });
  afterAll(async () => {
    await deleteArticles(graph, [articleId(first), articleId(second)]);
    await graph.run('MATCH (x:Actor) WHERE x.id IN $ids DETACH DELETE x', { ids: [target, duplicate, speaker] }, { mode: 'write' });
    await graph.close();
  });

  it('import: one edge per statement about or addressed to the actor, both counting once', async () => {
    await importArticles(graph, [first], { extract: extraction(firstVersion), extractorVersion: 'test-1' });
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
    expect(await totals(duplicate)).toEqual({ total: 2, walked: 2, edges: 2 });
  });

  it('re-import: unchanged changes nothing; a new version replaces the edges', async () => {
    await importArticles(graph, [first], { extract: extraction(firstVersion), extractorVersion: 'test-1' });
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
    // Statement 1 gone, statement 2 now about the target as well as addressed to it.
    const secondVersion = [firstVersion[0]!, statement(2, [target], [target]), firstVersion[3]!, firstVersion[4]!];
    await importArticles(graph, [first], { extract: extraction(secondVersion), extractorVersion: 'test-2' });
    expect(await totals(target)).toEqual({ total: 4, walked: 4, edges: 4 });
  });

  it('addStatement: a curated statement about and addressed to the actor adds one; replacing it adds none', async () => {
    const curated = {
      article: articleId(first), speaker, content: 'Six said it.', cue: 'said', cueType: 'SAY' as const, direct: false,
      about: [target], addressees: [target], via: [], date: null, span: null,
    };
    await graph.write((tx) => addStatement(tx, curated));
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
    await graph.write((tx) => addStatement(tx, { ...curated, about: [duplicate] }));
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
    expect(await totals(duplicate)).toEqual({ total: 3, walked: 3, edges: 3 });
  });

  it('mergeActors: statements that concerned both actors count once for the survivor', async () => {
    await importArticles(graph, [second], { extract: extraction([statement(0, [duplicate], [])]), extractorVersion: 'test-1' });
    // First article: 0, 2 (both the target), 3 and 4 (both actors), 5 (curated: duplicate + target); second: 0.
    await graph.write((tx) => mergeActors(tx, target, [duplicate]));
    expect(await totals(target)).toEqual({ total: 6, walked: 6, edges: 6 });
    const [doubled] = await graph.run(
      `MATCH (s:Statement)-[r:CONCERNS]->(:Actor {id: $target}) WITH s, count(r) AS n WHERE n > 1 RETURN count(s) AS n`,
      { target },
    );
    expect(Number(doubled?.n)).toBe(0);
  });

  it('delete: the article takes its statements and their edges with it', async () => {
    expect(await deleteArticle(graph, articleId(second))).toBe(true);
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
  });

  it('backfill: a graph written before CONCERNS gets exactly the missing edges, and a second run adds none', async () => {
    await graph.run(
      `MATCH (:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)-[r:CONCERNS]->() DELETE r`,
      { article: articleId(first) },
      { mode: 'write' },
    );
    expect((await totals(target)).edges).toBe(0);
    expect(await backfillConcerns(graph)).toBeGreaterThanOrEqual(5);
    expect(await totals(target)).toEqual({ total: 5, walked: 5, edges: 5 });
    const [again] = await graph.run(
      `MATCH (:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)-[r:CONCERNS]->() RETURN count(r) AS n`,
      { article: articleId(first) },
    );
    await backfillConcerns(graph);
    const [after] = await graph.run(
      `MATCH (:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)-[r:CONCERNS]->() RETURN count(r) AS n`,
      { article: articleId(first) },
    );
    expect(Number(after?.n)).toBe(Number(again?.n));
  });
});
