// The mission's question on the seed article, end to end with the REAL extractor: the article goes
// in through the ingestArticle mutation, and "who said what about Trump" must give the same
// statements whether Trump is named in Arabic or English, each with its evidence sentence, among
// them the Kremlin's, his critics' and Putin's reminder. Goes green as the extractor matures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdsUnder, deleteArticles, uniqueBase } from '../import/graph-under-test.ts';
import { startTestApi, type TestApi } from './api-under-test.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ar-kremlin-trump-putin-syria.txt'), 'utf8');
const base = uniqueBase('api-seed');
let t: TestApi;
let articleId: string;

beforeAll(async () => {
  t = await startTestApi();
  const res = await t.gql<any>(
    `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`,
    { input: { url: `${base}/seed`, text, language: 'ar', publishedAt: '2017-01-29' } },
  );
  if (res.body.errors) throw new Error(`ingest failed: ${JSON.stringify(res.body.errors)}`);
  articleId = res.body.data.ingestArticle.article.id;
});
afterAll(async () => {
  await deleteArticles(t.graph, await articleIdsUnder(t.graph, base));
  await t.close();
});

const WHO = `query ($about: String!) { whoSaidWhatAbout(about: $about, first: 100) { nodes {
  id content cueType speaker { id name aliases } speakerText article { id } evidence { sentence start end } parent { id }
} } }`;

async function aboutTrump(name: string): Promise<any[]> {
  const res = await t.gql<any>(WHO, { about: name });
  expect(res.body.errors, name).toBeUndefined();
  return (res.body.data.whoSaidWhatAbout.nodes as any[]).filter((n) => n.article?.id === articleId);
}

describe('the seed article through the API', () => {
  it('"ترامب" and "Trump" give the same statements, each with the sentence it comes from', async () => {
    const ar = await aboutTrump('ترامب');
    const en = await aboutTrump('Trump');
    expect(ar.length).toBeGreaterThan(0);
    expect(en.map((n) => n.id)).toEqual(ar.map((n) => n.id));
    for (const n of ar) {
      expect(n.evidence, n.content).not.toBeNull();
      expect(text.slice(n.evidence.start, n.evidence.end)).toBe(n.evidence.sentence);
      expect(n.evidence.sentence.length).toBeLessThan(text.length / 2);
    }
  });

  // Who must be among the speakers, named as the gold names them (any language).
  const speakers: { who: string; names: string[]; content?: string }[] = [
    { who: 'the Kremlin', names: ['الكرملين', 'Kremlin'] },
    { who: "Trump's critics", names: ['منتقدو', 'critics'] },
    { who: "Putin's reminder", names: ['بوتين', 'Putin'], content: 'دعمت أمريكا' },
  ];
  for (const s of speakers) {
    it(`includes ${s.who}`, async () => {
      const nodes = await aboutTrump('Trump');
      const match = nodes.find((n) => {
        const said = [n.speaker?.name, ...(n.speaker?.aliases ?? []), n.speakerText].filter(Boolean).join(' ');
        return s.names.some((name) => said.includes(name)) && (!s.content || n.content.includes(s.content));
      });
      expect(match, `${s.who} among ${JSON.stringify(nodes.map((n) => [n.speaker?.name, n.content.slice(0, 40)]))}`).toBeDefined();
    });
  }

  it('actor(name: "Kremlin") { saidAbout } lists Trump and Putin', async () => {
    const res = await t.gql<any>(`{ actor(name: "Kremlin") { id saidAbout(first: 50) { actor { id name aliases } count } } }`);
    expect(res.body.errors).toBeUndefined();
    const names = (res.body.data.actor.saidAbout as any[]).map((r) => [r.actor.name, ...r.actor.aliases].join(' '));
    expect(names.some((n) => n.includes('Trump') || n.includes('ترامب')), names.join('; ')).toBe(true);
    expect(names.some((n) => n.includes('Putin') || n.includes('بوتين')), names.join('; ')).toBe(true);
  });
});
