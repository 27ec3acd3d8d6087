// A graph written by extractor 0.2.0 (Arabic-slug ids for new people, one shared node for a generic
// description in every article, two kind labels, no name keys), re-imported by this version: the
// articles are extracted again (their stored extractorVersion differs), so they move to the new
// ids and scopes, and nothing is left twice. The articles are composed for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/types.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { articleId, nameKeysProperty } from '../../src/graph/identity.ts';
import { addActorAlias } from '../../src/graph/curate.ts';
import { EXACT_LOOKUP, resolveActors } from '../../src/graph/read/resolve-actors.ts';
import { backfillActorNameKeys } from '../../src/graph/schema.ts';
import { prepareArticleWrite, writeArticles } from '../../src/graph/write-articles.ts';
import { importArticles } from '../../src/import/import-articles.ts';
import { deleteArticles, openGraph, uniqueBase } from './graph-under-test.ts';

const base = uniqueBase('reimport-0.2.0');
const records = [
  // The first line of a text is its headline (src/import/article-text.ts): the statements follow it.
  { url: `${base}/1`, language: 'ar' as const, text: 'محادثات الرياض\nقال هشام مروة إن المحادثات ستستمر الأسبوع المقبل.\nوأكدت الوزارة في بيان أن الوفد سيعود يوم الأحد.' },
  { url: `${base}/2`, language: 'ar' as const, text: 'طريق جديد\nوأوضحت الوزارة أن الطريق سيفتح غدا.\nوقال هشام مروة إن اللجنة ستجتمع مرة أخرى.' },
];
const curatedRecord = { url: `${base}/3`, language: 'ar' as const, text: 'لقاء اللجنة\nوقال أبو سامر إن الاجتماع المقبل سيعقد في عمان.' };
const ids = [...records, curatedRecord].map((r) => articleId(r));

/** What 0.2.0 wrote for an article: the person under an Arabic slug, the ministry shared, no scope. */
function oldExtraction(text: string): Extraction {
  const say = (speaker: string, line: string) => {
    const start = text.indexOf(line);
    return { speaker, span: [start, start + line.length] as [number, number] };
  };
  const [, first, second] = text.split('\n') as [string, string, string];
  const person = first.includes('هشام') ? first : second;
  const ministry = first.includes('الوزارة') ? first : second;
  const statements = [say('هشام-مروة', person), say('الوزارة', ministry)].map((s, i) => ({
    id: `s${i}`,
    speaker: s.speaker,
    speakerText: null,
    cue: 'قال',
    cueType: 'SAY' as const,
    content: text.slice(s.span[0], s.span[1]),
    direct: false,
    about: [],
    addressees: [],
    via: [],
    date: null,
    span: s.span,
    parent: null,
  }));
  return {
    language: 'ar',
    title: null,
    outlet: null,
    publishedAt: null,
    actors: [
      { id: 'هشام-مروة', name: 'هشام مروة', kind: 'PERSON', aliases: [], mentions: [] },
      { id: 'الوزارة', name: 'الوزارة', kind: 'ORGANIZATION', aliases: [], mentions: [] },
    ],
    statements,
  };
}

let graph: Graph;

beforeAll(async () => {
  graph = await openGraph();
  await writeArticles(graph, records.map((r) => prepareArticleWrite(r, oldExtraction(r.text), '0.2.0')), { claims: false });
  // As 0.2.0 left its nodes: two kind labels on one actor, and no name keys or built-in flag.
  await graph.run(
    `MATCH (a:Actor) WHERE a.id IN ['هشام-مروة', 'الوزارة'] SET a:Group REMOVE a.nameKeys, a.builtIn`,
    {},
    { mode: 'write' },
  );
});

afterAll(async () => {
  await deleteArticles(graph, ids);
  await graph.run(`MATCH (a:Actor) WHERE a.id IN ['هشام-مروة', 'الوزارة'] DETACH DELETE a`, {}, { mode: 'write' });
  await graph?.close();
});

const actorsOf = async () =>
  graph.run(
    `MATCH (art:Article)<-[:REPORTED_IN]-(:Statement)-[:SAID_BY]->(a:Actor) WHERE art.id IN $ids
     RETURN DISTINCT a.id AS id, a.name AS name, a.nameKeys AS nameKeys, [l IN labels(a) WHERE l <> 'Actor'] AS labels
     ORDER BY id`,
    { ids },
  );

describe('re-importing a 0.2.0 graph', () => {
  it('the old graph has the old ids, a shared description and no name keys', async () => {
    const before = await actorsOf();
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((a) => a.id)).toEqual(['الوزارة', 'هشام-مروة'].sort());
    expect(before.every((a) => a.nameKeys === null)).toBe(true);
    // The backfill (run by applySchema when the schema changes) gives old actors their keys.
    await backfillActorNameKeys(graph);
    const [row] = await graph.run(`MATCH (a:Actor {id: 'هشام-مروة'}) RETURN a.nameKeys AS k`);
    expect(row!.k).toBe(nameKeysProperty(['هشام مروة']));
  });

  it('moves every statement to the new ids and scopes, and leaves no old actor behind', async () => {
    const summary = await importArticles(graph, records, { extractorVersion: EXTRACTOR_VERSION, claims: false });
    expect(summary).toMatchObject({ updated: 2, failed: 0 });
    const after = await actorsOf();
    const person = after.filter((a) => a.name === 'هشام مروة');
    expect(person.map((a) => a.id)).toEqual(['hisham-marwa']);
    // The ministry of each article is its own actor: no node shared by both articles.
    const ministries = after.filter((a) => a.name === 'الوزارة').map((a) => a.id as string).sort();
    expect(ministries).toHaveLength(2);
    expect(new Set(ministries.map((id) => id.slice(id.indexOf('@') + 1)))).toEqual(new Set(records.map((r) => articleId(r))));
    // One kind label each.
    for (const a of after) expect(a.labels as string[], a.id as string).toHaveLength(1);
    const [old] = await graph.run(`MATCH (a:Actor) WHERE a.id IN ['هشام-مروة', 'الوزارة'] RETURN count(a) AS n`);
    expect(Number(old!.n)).toBe(0);
  });

  it('the name finds the one new actor, and a second import changes nothing', async () => {
    const found = await graph.read((tx) => resolveActors(tx, ['هشام مروة', 'Hisham Marwa']));
    expect(found.get('هشام مروة')?.id).toBe('hisham-marwa');
    expect(found.get('Hisham Marwa')?.id).toBe('hisham-marwa');
    const again = await importArticles(graph, records, { extractorVersion: EXTRACTOR_VERSION, claims: false });
    expect(again).toMatchObject({ unchanged: 2, new: 0, updated: 0 });
  });

  it("a name a person gave an actor is known to the next import (the importer's known actors)", async () => {
    await graph.write((tx) => addActorAlias(tx, 'هشام مروة', 'أبو سامر', 'ar'));
    const summary = await importArticles(graph, [curatedRecord], { extractorVersion: EXTRACTOR_VERSION, claims: false });
    expect(summary).toMatchObject({ new: 1, failed: 0 });
    const rows = await graph.run(
      `MATCH (:Article {id: $id})<-[:REPORTED_IN]-(:Statement)-[:SAID_BY]->(a:Actor) RETURN collect(DISTINCT a.id) AS ids`,
      { id: articleId(curatedRecord) },
    );
    expect(rows[0]!.ids).toEqual(['hisham-marwa']);
  });

  it('the look-up by name reads indexes, never every actor', async () => {
    const plan = await graph.read(async (tx) => (await tx.run(`EXPLAIN ${EXACT_LOOKUP}`, { lookups: [{ name: 'x', needle: '|x|' }] })).summary.plan);
    const operators: string[] = [];
    const walk = (p: any) => {
      operators.push(String(p.operatorType));
      (p.children ?? []).forEach(walk);
    };
    walk(plan);
    expect(operators.some((o) => o.startsWith('NodeIndexContainsScan')), operators.join(', ')).toBe(true);
    expect(operators.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o)), operators.join(', ')).toEqual([]);
  });
});
