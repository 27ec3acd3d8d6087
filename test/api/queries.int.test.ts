// The read side of the API against a real Neo4j holding the seed graph (test/support/seed-graph.ts:
// three articles with hand-checked extractions). Expected answers are computed from the seed's
// definition, and results are restricted to the seed's articles (the database may hold others').
import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/graph/identity.ts';
import { SEED_ARTICLES, seedArticleIds } from '../support/seed-graph.ts';
import { codes, useSeededApi } from './api-under-test.ts';

const t = useSeededApi();
const seedIds = new Set(seedArticleIds());

/** The seed statements matching `keep`, as "articleId|content" keys. */
function expectedStatements(keep: (s: (typeof SEED_ARTICLES)[number]['statements'][number]) => boolean): string[] {
  return SEED_ARTICLES.flatMap((a) => {
    const id = articleId({ url: a.url, text: a.text });
    return a.statements.filter(keep).map((s) => `${id}|${s.content}`);
  }).sort();
}

interface StatementNode {
  id: string;
  content: string;
  article: { id: string } | null;
}

function seedKeys(nodes: StatementNode[]): string[] {
  return nodes.filter((n) => n.article && seedIds.has(n.article.id)).map((n) => `${n.article!.id}|${n.content}`).sort();
}

const WHO_SAID = `query ($about: String!, $speaker: String, $first: Int) {
  whoSaidWhatAbout(about: $about, speaker: $speaker, first: $first) {
    totalCount
    nodes { id content cueType speaker { id name } about { id } article { id } evidence { sentence start end } }
  }
}`;

describe('actor names in any language resolve to one actor', () => {
  const cases: [string, string][] = [
    ['donald-trump', 'donald-trump'],
    ['Trump', 'donald-trump'],
    ['trump', 'donald-trump'],
    ['Donald Trump', 'donald-trump'],
    ['ترامب', 'donald-trump'],
    ['دونالد ترامب', 'donald-trump'],
    ['Putin', 'vladimir-putin'],
    ['بوتين', 'vladimir-putin'],
    ['Vladimir Putin', 'vladimir-putin'],
    ['فلاديمير بوتين', 'vladimir-putin'],
    ['Kremlin', 'kremlin'],
    ['الكرملين', 'kremlin'],
    ['the Kremlin', 'kremlin'],
    ['منتقدو ترامب', 'critics-of-donald-trump'],
  ];
  for (const [name, id] of cases) {
    it(`actor(name: ${JSON.stringify(name)}) is ${id}`, async () => {
      const res = await t.gql(`query ($name: String) { actor(name: $name) { id name aliases } }`, { name });
      expect(res.body.errors, name).toBeUndefined();
      expect(res.body.data?.actor?.id, name).toBe(id);
    });
  }
  it('an unknown name is null, not an error', async () => {
    const res = await t.gql(`{ actor(name: "Zzyzx Qwertyuiop") { id } }`);
    expect(res.body).toEqual({ data: { actor: null } });
  });
  it('both id and name is BAD_USER_INPUT', async () => {
    expect(codes(await t.gql(`{ actor(id: "kremlin", name: "Kremlin") { id } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('whoSaidWhatAbout', () => {
  // About Trump or addressed to him (Putin's reminder to Trump is part of the answer).
  const aboutTrump = expectedStatements((s) => s.about.includes('donald-trump') || (s.addressees ?? []).includes('donald-trump'));

  for (const about of ['Trump', 'ترامب', 'Donald Trump', 'donald-trump']) {
    it(`about ${JSON.stringify(about)}: every seed statement about Trump, each with its evidence sentence`, async () => {
      const res = await t.gql<{ whoSaidWhatAbout: { nodes: (StatementNode & { evidence: { sentence: string; start: number; end: number } | null })[] } }>(
        WHO_SAID,
        { about, first: 100 },
      );
      expect(res.body.errors, about).toBeUndefined();
      const nodes = res.body.data!.whoSaidWhatAbout.nodes;
      expect(seedKeys(nodes), about).toEqual(aboutTrump);
      for (const n of nodes.filter((x) => x.article && seedIds.has(x.article.id))) {
        const article = SEED_ARTICLES.find((a) => articleId({ url: a.url, text: a.text }) === n.article!.id)!;
        expect(n.evidence, n.content).not.toBeNull();
        expect(n.evidence!.sentence, n.content).toContain(n.content.replace(/^(that|بأن|أن) /, '').slice(0, 20));
        expect(article.text.slice(n.evidence!.start, n.evidence!.end)).toBe(n.evidence!.sentence);
      }
    });
  }

  it('speaker narrows it: the Kremlin about Trump', async () => {
    const res = await t.gql<{ whoSaidWhatAbout: { nodes: StatementNode[] } }>(WHO_SAID, { about: 'ترامب', speaker: 'Kremlin', first: 100 });
    expect(seedKeys(res.body.data!.whoSaidWhatAbout.nodes)).toEqual(
      expectedStatements((s) => (s.about.includes('donald-trump') || (s.addressees ?? []).includes('donald-trump')) && s.speaker === 'kremlin'),
    );
  });

  it('an unknown actor is NOT_FOUND with the name in the message', async () => {
    const res = await t.gql(WHO_SAID, { about: 'Zzyzx Qwertyuiop' });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(res.body.errors![0]!.message).toContain('Zzyzx Qwertyuiop');
  });
});

describe('statements(filter)', () => {
  const Q = `query ($filter: StatementFilter, $after: String, $first: Int, $orderBy: StatementOrder) {
    statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id content date article { id } }
    }
  }`;
  const cases: { name: string; filter: Record<string, unknown>; keep: Parameters<typeof expectedStatements>[0] }[] = [
    { name: 'speaker Putin (Arabic name)', filter: { speaker: 'بوتين' }, keep: (s) => s.speaker === 'vladimir-putin' },
    { name: 'about Russia', filter: { about: 'Russia' }, keep: (s) => s.about.includes('russia') },
    { name: 'addressed to Trump', filter: { addressee: 'Trump' }, keep: (s) => (s.addressees ?? []).includes('donald-trump') },
    { name: 'via Reuters (Arabic name)', filter: { via: 'رويترز' }, keep: (s) => (s.via ?? []).includes('reuters') },
    { name: 'denials', filter: { cueType: ['DENY'] }, keep: (s) => s.cueType === 'DENY' },
    { name: 'direct quotes by the Kremlin', filter: { speaker: 'kremlin', direct: true }, keep: (s) => s.speaker === 'kremlin' && s.direct },
    { name: 'dated 2017-01-28', filter: { from: '2017-01-28', to: '2017-01-28', about: 'Trump' }, keep: (s) => s.date === '2017-01-28' && s.about.includes('donald-trump') },
    { name: 'Trump about Putin', filter: { speaker: 'Trump', about: 'Putin' }, keep: (s) => s.speaker === 'donald-trump' && s.about.includes('vladimir-putin') },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const res = await t.gql<{ statements: { nodes: StatementNode[] } }>(Q, { filter: c.filter, first: 100 });
      expect(res.body.errors, c.name).toBeUndefined();
      expect(seedKeys(res.body.data!.statements.nodes), c.name).toEqual(expectedStatements(c.keep));
    });
  }

  it('paging with small pages walks the same list as one big page, without overlaps', async () => {
    const filter = { about: 'Trump' };
    const all = await t.gql<{ statements: { totalCount: number; nodes: StatementNode[] } }>(Q, { filter, first: 100 });
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: any = await t.gql(Q, { filter, first: 2, after });
      ids.push(...page.body.data.statements.nodes.map((n: StatementNode) => n.id));
      if (!page.body.data.statements.pageInfo.hasNextPage) break;
      after = page.body.data.statements.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.body.data!.statements.nodes.map((n) => n.id));
    expect(all.body.data!.statements.totalCount).toBe(ids.length);
  });

  for (const first of [101, -1]) {
    it(`first: ${first} is refused with BAD_USER_INPUT`, async () => {
      expect(codes(await t.gql(Q, { first }))).toEqual(['BAD_USER_INPUT']);
    });
  }
});

describe('actor network', () => {
  it('the Kremlin said things about Trump and Putin, with counts, cue types and the statements behind', async () => {
    const res = await t.gql<any>(`{ actor(name: "Kremlin") {
      saidAbout(first: 20) { actor { id name } count cueTypes { cueType count } statements(first: 20) { id about { id } } }
      speaksFor { id }
    } }`);
    expect(res.body.errors).toBeUndefined();
    const relations = res.body.data.actor.saidAbout as any[];
    const byId = new Map(relations.map((r) => [r.actor.id, r]));
    for (const id of ['donald-trump', 'vladimir-putin']) {
      const rel = byId.get(id);
      expect(rel, id).toBeDefined();
      const seedCount = expectedStatements((s) => s.speaker === 'kremlin' && s.about.includes(id)).length;
      expect(rel.count, id).toBeGreaterThanOrEqual(seedCount);
      expect(rel.statements.length).toBe(Math.min(rel.count, 20));
      expect(rel.statements.every((s: any) => s.about.some((a: any) => a.id === id)), id).toBe(true);
      expect(rel.cueTypes.reduce((n: number, c: any) => n + c.count, 0)).toBe(rel.count);
    }
    expect(res.body.data.actor.speaksFor.map((a: any) => a.id)).toContain('russia');
  });

  it('spokenAboutBy mirrors saidAbout', async () => {
    const res = await t.gql<any>(`{ actor(name: "ترامب") { spokenAboutBy(first: 50) { actor { id } count } } }`);
    const kremlin = (res.body.data.actor.spokenAboutBy as any[]).find((r) => r.actor.id === 'kremlin');
    const back = await t.gql<any>(`{ actor(id: "kremlin") { saidAbout(first: 50) { actor { id } count } } }`);
    const trump = (back.body.data.actor.saidAbout as any[]).find((r) => r.actor.id === 'donald-trump');
    expect(kremlin.count).toBe(trump.count);
  });
});

describe('statements in context', () => {
  it('the nested reminder has its parent, and the parent lists it as a child', async () => {
    const res = await t.gql<any>(`{ statements(filter: {speaker: "Putin", cueType: [REMIND]}, first: 100) {
      nodes { id addressees { id } parent { id speaker { id } children { id } } article { id } }
    } }`);
    const reminder = (res.body.data.statements.nodes as any[]).find((n) => seedIds.has(n.article.id));
    expect(reminder.addressees.map((a: any) => a.id)).toEqual(['donald-trump']);
    expect(reminder.parent.speaker.id).toBe('kremlin');
    expect(reminder.parent.children.map((c: any) => c.id)).toContain(reminder.id);
  });
});

describe('articles and search', () => {
  it('article(url) and article(id) give the same article, with outlet and its statements in text order', async () => {
    const seed = SEED_ARTICLES[0]!;
    const byUrl = await t.gql<any>(`query ($url: String) { article(url: $url) { id title language publishedAt outlet { name } statements(first: 100) { nodes { content } } } }`, { url: seed.url });
    expect(byUrl.body.errors).toBeUndefined();
    const a = byUrl.body.data.article;
    expect(a.id).toBe(articleId({ url: seed.url, text: seed.text }));
    expect(a).toMatchObject({ title: seed.title, language: seed.language, publishedAt: seed.publishedAt, outlet: { name: seed.outlet } });
    const positions = (a.statements.nodes as any[]).map((s) => seed.text.indexOf(s.content));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('articles mentioning Putin include every seed article that names him', async () => {
    const res = await t.gql<any>(`{ articles(filter: {mentions: "بوتين"}, first: 100) { nodes { id } } }`);
    const ids = (res.body.data.articles.nodes as any[]).map((n) => n.id).filter((id) => seedIds.has(id));
    const expected = SEED_ARTICLES.filter((a) => a.actors.some((x) => x.id === 'vladimir-putin')).map((a) => articleId({ url: a.url, text: a.text }));
    expect(ids.sort()).toEqual(expected.sort());
  });

  const searches: [string, string | null, (content: string) => boolean][] = [
    ['العلاقات الأمريكية', 'ar', (c) => c.includes('العلاقات')],
    ['التعاون', null, (c) => c.includes('تعاون')],
    ['unfounded accusations', 'en', (c) => c.includes('unfounded')],
  ];
  for (const [text, language, matches] of searches) {
    it(`search(${JSON.stringify(text)}) finds seed statements containing it`, async () => {
      const res = await t.gql<any>(`query ($text: String!, $language: Language) { search(text: $text, language: $language, first: 50) { statements { score statement { content article { id } } } actors { actor { id } } } }`, { text, language });
      expect(res.body.errors, text).toBeUndefined();
      const seedHits = (res.body.data.search.statements as any[]).filter((h) => seedIds.has(h.statement.article.id));
      expect(seedHits.length, text).toBeGreaterThan(0);
      expect(seedHits.every((h) => matches(h.statement.content)), text).toBe(true);
    });
  }

  it('search finds actors by an Arabic name', async () => {
    const res = await t.gql<any>(`{ search(text: "الكرملين") { actors { actor { id } } } }`);
    expect((res.body.data.search.actors as any[]).map((h) => h.actor.id)).toContain('kremlin');
  });
});

describe('extract (dry run)', () => {
  it('returns the extraction and stores nothing', async () => {
    const text = 'The Kremlin said on Saturday that Putin had spoken to Trump for an hour.';
    const before = await t.graph.run('MATCH (n) RETURN count(n) AS n');
    const res = await t.gql<any>(`query ($text: String!) { extract(text: $text, language: en, publishedAt: "2017-01-29") { language actors { id name mentions } statements { speaker cueType content span } } }`, { text });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.extract.language).toBe('en');
    for (const a of res.body.data.extract.actors) for (const [s, e] of a.mentions) expect(e).toBeGreaterThan(s);
    const stored = await t.graph.run('MATCH (s:Statement) WHERE s.content CONTAINS $t RETURN count(s) AS n', { t: 'spoken to Trump for an hour' });
    expect(Number(stored[0]!.n)).toBe(0);
    expect(before).toBeDefined();
  });
});
