// Every file in cypher/queries/ against a real Neo4j holding the seed graph (test/support/seed-graph.ts):
// each answer is compared with the same question answered in plain TypeScript over the fixture data,
// so a query that goes stale (a renamed relationship, a lost alias match) fails here by name.
//
// The database may be shared: the checks look at the rows of the seed articles' statements (their
// ids are the seed's alone) and treat counts over shared actors as lower bounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../src/graph/delete-article.ts';
import { articleId, statementId } from '../../src/graph/identity.ts';
import { loadQueries, runNamedQuery, type NamedQuery } from '../../src/graph/queries.ts';
import { testGraph } from '../support/graph.ts';
import { EXTRACTED_SEED, SEED_ARTICLES, importExtractedSeed, removeSeedGraph, seedExtraction, seedGraph } from '../support/seed-graph.ts';
import type { Graph } from '../../src/graph/connection.ts';

type Row = Record<string, unknown>;

/** One seed statement as the tests see it: ids resolved, names looked up. */
interface Fact {
  id: string;
  article: string;
  articleTitle: string;
  text: string;
  span: [number, number];
  speaker: string;
  speakerName: string;
  cueType: string;
  content: string;
  about: string[];
  via: string[];
  addressees: string[];
}

const actorNames = new Map<string, string>();
const describes = new Map<string, string[]>();
const speaksFor = new Map<string, string[]>();
const facts: Fact[] = [];
for (const article of SEED_ARTICLES) {
  const id = articleId({ url: article.url, text: article.text });
  const extraction = seedExtraction(article, article.text);
  for (const a of article.actors) {
    actorNames.set(a.id, a.name);
    if (a.describes) describes.set(a.id, a.describes);
    if (a.speaksFor) speaksFor.set(a.id, a.speaksFor);
  }
  for (const s of extraction.statements) {
    facts.push({
      id: statementId(id, s.span),
      article: id,
      articleTitle: article.title,
      text: article.text,
      span: s.span,
      speaker: s.speaker!,
      speakerName: actorNames.get(s.speaker!)!,
      cueType: s.cueType,
      content: s.content,
      about: s.about,
      via: s.via,
      addressees: s.addressees,
    });
  }
}
const seedIds = new Set(facts.map((f) => f.id));

const name = (id: string) => actorNames.get(id)!;
const seedRows = (rows: Row[]) => rows.filter((r) => seedIds.has(r.statementId as string));
const sorted = (values: string[]) => [...values].sort();

let graph: Graph;
let queries: NamedQuery[];
const run = (queryName: string, params: Row = {}) => {
  const query = queries.find((q) => q.name === queryName);
  if (!query) throw new Error(`no query ${queryName}`);
  return runNamedQuery(graph, query, params);
};

beforeAll(async () => {
  queries = await loadQueries();
  graph = testGraph(); // the run's Neo4j (test/setup/neo4j.global.ts)
  await removeSeedGraph(graph);
  const summary = await seedGraph(graph);
  expect(summary.new + summary.updated, 'seed articles written').toBe(SEED_ARTICLES.length);
});

afterAll(async () => {
  if (!graph) return;
  await removeSeedGraph(graph);
  await graph.close();
});

// Which queries have a dedicated check below; a new query file must add one.
const checked = new Set<string>();
const question = (queryName: string, body: () => void) => {
  checked.add(queryName);
  describe(queryName, body);
};

describe('every query file', () => {
  it('runs with its defaults and returns rows', async () => {
    for (const q of queries) {
      const rows = await run(q.name);
      expect(rows.length, `${q.file} with ${JSON.stringify(q.params.map((p) => [p.name, p.default]))}`).toBeGreaterThan(0);
    }
  });

  it('has a dedicated check in this file', () => {
    expect(queries.map((q) => q.name).filter((n) => !checked.has(n)), 'queries without a check').toEqual([]);
  });
});

question('who-said-what-about', () => {
  const aboutTrump = facts.filter((f) => f.about.includes('donald-trump'));
  // The same actor by English name, Arabic alias, id and odd case: the same statements.
  it.each(['Trump', 'ترامب', 'donald-trump', 'DONALD TRUMP', 'دونالد ترامب'])('$about = %s finds every statement about Trump', async (about) => {
    const rows = seedRows(await run('who-said-what-about', { about }));
    expect(sorted(rows.map((r) => r.statementId as string)), about).toEqual(sorted(aboutTrump.map((f) => f.id)));
    for (const row of rows) {
      const fact = facts.find((f) => f.id === row.statementId)!;
      expect(row, `${about}: ${fact.id}`).toMatchObject({ speaker: fact.speakerName, cueType: fact.cueType, content: fact.content, article: fact.articleTitle });
    }
  });

  it('finds nothing for a name no actor has', async () => {
    expect(await run('who-said-what-about', { about: 'No Such Actor 4711' })).toEqual([]);
  });
});

question('what-an-actor-said-and-who-relayed-it', () => {
  it.each(['Kremlin', 'الكرملين'])('$speaker = %s lists what the Kremlin said with who relayed it', async (speaker) => {
    const rows = seedRows(await run('what-an-actor-said-and-who-relayed-it', { speaker }));
    const expected = facts.filter((f) => f.speaker === 'kremlin');
    expect(sorted(rows.map((r) => r.statementId as string)), speaker).toEqual(sorted(expected.map((f) => f.id)));
    for (const fact of expected) {
      const row = rows.find((r) => r.statementId === fact.id)!;
      expect(row.relayedBy, `${speaker}: relays of ${fact.id}`).toEqual(sorted(fact.via.map(name)));
      expect(row.about, `${speaker}: subjects of ${fact.id}`).toEqual(sorted(fact.about.map(name)));
    }
    expect(rows.some((r) => (r.relayedBy as string[]).includes('Reuters')), 'one Kremlin statement came via Reuters').toBe(true);
  });
});

question('actors-who-talk-about-each-other', () => {
  it('counts both directions of each pair, mutual pairs first', async () => {
    const rows = await run('actors-who-talk-about-each-other');
    for (const row of rows) {
      const [ab, ba] = [row.oneAboutOther as number, row.otherAboutOne as number];
      expect(row.statements, JSON.stringify(row)).toBe(ab + ba);
      expect(row.mutual, JSON.stringify(row)).toBe(Math.min(ab, ba));
    }
    // Mutual pairs first (by the smaller direction), then by the total.
    const ranks = rows.map((r) => [r.mutual as number, r.statements as number] as const);
    const ranked = [...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(ranks, 'ranked by mutual, then total').toEqual(ranked);

    // The pairs of the seed, counted here; the database may hold more statements, never fewer.
    const seedPairs = new Map<string, { one: string; other: string; oneAboutOther: number; otherAboutOne: number }>();
    for (const f of facts) {
      for (const about of f.about) {
        if (about === f.speaker) continue;
        const [one, other] = f.speaker < about ? [f.speaker, about] : [about, f.speaker];
        const pair = seedPairs.get(`${one}|${other}`) ?? { one, other, oneAboutOther: 0, otherAboutOne: 0 };
        if (f.speaker === one) pair.oneAboutOther++;
        else pair.otherAboutOne++;
        seedPairs.set(`${one}|${other}`, pair);
      }
    }
    const top = [...seedPairs.values()].sort((a, b) => b.oneAboutOther + b.otherAboutOne - (a.oneAboutOther + a.otherAboutOne))[0]!;
    const mutual = [...seedPairs.values()].find((p) => p.oneAboutOther > 0 && p.otherAboutOne > 0)!;
    expect(mutual, 'the seed has a pair talking about each other').toBeDefined();
    expect(rows[0]!.mutual as number, 'a pair that talks both ways leads').toBeGreaterThan(0);
    for (const pair of [top, mutual]) {
      const row = rows.find((r) => r.actor === name(pair.one) && r.otherActor === name(pair.other));
      expect(row, `${pair.one} / ${pair.other} in the ranking`).toBeDefined();
      expect(row!.oneAboutOther as number, `${pair.one} about ${pair.other}`).toBeGreaterThanOrEqual(pair.oneAboutOther);
      expect(row!.otherAboutOne as number, `${pair.other} about ${pair.one}`).toBeGreaterThanOrEqual(pair.otherAboutOne);
    }
  });
});

question('denials', () => {
  it('lists every denial with the claims it answers', async () => {
    const rows = seedRows(await run('denials'));
    const denials = facts.filter((f) => f.cueType === 'DENY');
    expect(sorted(rows.map((r) => r.statementId as string))).toEqual(sorted(denials.map((d) => d.id)));
    for (const denial of denials) {
      const row = rows.find((r) => r.statementId === denial.id)!;
      expect(row, denial.id).toMatchObject({ denier: denial.speakerName, denies: denial.content });
      const answered = facts.filter(
        (f) => f.article === denial.article && f.id !== denial.id && f.cueType !== 'DENY' &&
          (f.content.includes(denial.content) || denial.content.includes(f.content)),
      );
      const answers = row.answers as Array<{ statementId: string }>;
      expect(sorted(answers.map((a) => a.statementId)), `claims answered by ${denial.id}`).toEqual(sorted(answered.map((f) => f.id)));
      for (const claim of answered) {
        expect(answers.find((a) => a.statementId === claim.id), `${denial.id} answers ${claim.id}`).toEqual({
          claimant: claim.speakerName, cueType: claim.cueType, content: claim.content, statementId: claim.id,
        });
      }
    }
    expect(rows.some((r) => (r.answers as unknown[]).length > 0), 'the seed has a denial answering a claim').toBe(true);
  });
});

question('claims-most-outlets-carried', () => {
  it('lists claims most carried first, each with its speaker, first wording, article and outlets', async () => {
    const all = await run('claims-most-outlets-carried');
    const outlets = all.map((r) => r.outlets as number);
    expect(outlets, 'most outlets first').toEqual([...outlets].sort((a, b) => b - a));
    const rows = seedRows(all);
    // Every seed statement reports a claim; the claims founded by seed statements are listed.
    expect(rows.length, 'claims first reported by a seed statement').toBeGreaterThan(0);
    for (const row of rows) {
      const fact = facts.find((f) => f.id === row.statementId)!;
      const article = SEED_ARTICLES.find((a) => articleId({ url: a.url, text: a.text }) === fact.article)!;
      expect(row, fact.id).toMatchObject({ speaker: fact.speakerName, content: fact.content, firstArticle: fact.articleTitle });
      expect(row.outletNames as string[], fact.id).toContain(article.outlet);
      expect(row.outlets as number).toBe((row.outletNames as string[]).length);
    }
    const wide = await run('claims-most-outlets-carried', { minOutlets: 2 });
    for (const row of wide) expect(row.outlets as number).toBeGreaterThanOrEqual(2);
  });
});

question('what-was-denied', () => {
  it('lists every denial with the claim it answers and who made that claim', async () => {
    const rows = (await run('what-was-denied')).filter((r) => seedIds.has(r.statementId as string));
    const denials = facts.filter((f) => f.cueType === 'DENY');
    expect(sorted([...new Set(rows.map((r) => r.statementId as string))])).toEqual(sorted(denials.map((d) => d.id)));
    for (const denial of denials) {
      const row = rows.find((r) => r.statementId === denial.id)!;
      expect(row, denial.id).toMatchObject({ denier: denial.speakerName, denies: denial.content, cueType: 'DENY' });
      // The claim the text names ("..., which Trump denies"): its speaker is the claimant.
      const answered = facts.filter(
        (f) => f.article === denial.article && f.id !== denial.id && f.cueType !== 'DENY' &&
          (f.content.includes(denial.content) || denial.content.includes(f.content)),
      );
      for (const claim of answered) {
        expect(row, `${denial.id} answers ${claim.id}`).toMatchObject({ linkedBy: 'antecedent' });
        expect(row.claimants as string[]).toContain(claim.speakerName);
      }
    }
    const byName = await run('what-was-denied', { denier: denials[0]!.speakerName.toUpperCase() });
    expect(byName.some((r) => r.statementId === denials[0]!.id)).toBe(true);
    for (const r of byName) expect(r.denier).toBe(denials[0]!.speakerName);
  });
});

question('relayed-by', () => {
  it.each(['Reuters', 'رويترز', 'reuters'])('$via = %s finds what came through Reuters, with the original speaker', async (via) => {
    const rows = seedRows(await run('relayed-by', { via }));
    const expected = facts.filter((f) => f.via.includes('reuters'));
    expect(sorted(rows.map((r) => r.statementId as string)), via).toEqual(sorted(expected.map((f) => f.id)));
    for (const fact of expected) {
      expect(rows.find((r) => r.statementId === fact.id), `${via}: ${fact.id}`).toMatchObject({ relayedBy: 'Reuters', speaker: fact.speakerName, content: fact.content });
    }
  });
});

question('statement-in-context', () => {
  it.each(facts.map((f) => [f.id, f] as const))('%s comes with its exact words and its sentence', async (id, fact) => {
    const rows = await run('statement-in-context', { statement: id });
    expect(rows, id).toHaveLength(1);
    const row = rows[0]!;
    const attribution = fact.text.slice(fact.span[0], fact.span[1]);
    expect(row.attribution, id).toBe(attribution);
    const sentence = row.sentence as string;
    // The sentence holds the attribution, is a piece of the article and stays within one line.
    expect(sentence, id).toContain(attribution.trim());
    expect(fact.text, id).toContain(sentence);
    expect(sentence, id).not.toContain('\n');
    expect(row.article, id).toBe(fact.articleTitle);
  });

  it('finds a statement by words of its content', async () => {
    const fact = facts.find((f) => f.content.includes('رغبة في العمل'))!;
    const rows = await run('statement-in-context', { statement: 'رغبة في العمل' });
    expect(rows.map((r) => r.statementId)).toContain(fact.id);
  });
});

question('who-speaks-for', () => {
  it.each(['Russia', 'روسيا', 'Moscow'])('$actor = %s lists the actors speaking for Russia with what they said', async (actor) => {
    const rows = await run('who-speaks-for', { actor });
    const voices = [...speaksFor].filter(([, targets]) => targets.includes('russia')).map(([id]) => id);
    expect(voices.length).toBeGreaterThan(0);
    for (const voice of voices) {
      const row = rows.find((r) => r.voice === name(voice));
      const said = facts.filter((f) => f.speaker === voice);
      expect(row, `${actor}: ${voice}`).toBeDefined();
      expect(row!.speaksFor, `${actor}: ${voice}`).toBe('Russia');
      expect(row!.statements as number, `${actor}: statements by ${voice}`).toBeGreaterThanOrEqual(said.length);
      expect(typeof row!.example, `${actor}: example by ${voice}`).toBe('string');
    }
    const counts = rows.map((r) => r.statements as number);
    expect(counts, 'ranked by statements').toEqual([...counts].sort((a, b) => b - a));
  });
});

question('what-critics-said', () => {
  it.each(['Trump', 'ترامب'])('$about = %s gathers the critics and every criticism of Trump', async (about) => {
    const rows = seedRows(await run('what-critics-said', { about }));
    const expected = facts.filter(
      (f) => f.about.includes('donald-trump') &&
        ((describes.get(f.speaker) ?? []).includes('donald-trump') || ['CRITICIZE', 'ACCUSE', 'CONDEMN', 'REJECT'].includes(f.cueType)),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(sorted(rows.map((r) => r.statementId as string)), about).toEqual(sorted(expected.map((f) => f.id)));
    expect(rows.map((r) => r.critic)).toContain('critics of Donald Trump');
  });
});

question('said-to', () => {
  it.each(['Trump', 'ترامب'])('$to = %s finds what was said to Trump, with the speaker', async (to) => {
    const rows = seedRows(await run('said-to', { to }));
    const expected = facts.filter((f) => f.addressees.includes('donald-trump'));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(rows.map((r) => r.statementId as string)), to).toEqual(sorted(expected.map((f) => f.id)));
    for (const fact of expected) {
      expect(rows.find((r) => r.statementId === fact.id), `${to}: ${fact.id}`).toMatchObject({ speaker: fact.speakerName, addressedTo: 'Donald Trump', content: fact.content });
    }
  });
});

question('graph-around-an-actor', () => {
  it('returns paths that all touch Putin', async () => {
    const rows = await run('graph-around-an-actor', { about: 'بوتين' });
    expect(rows.length).toBeGreaterThan(0);
    const ids = (path: unknown) =>
      ((path as { segments: Array<{ start: { properties: { id: string } }; end: { properties: { id: string } } }> }).segments)
        .flatMap((s) => [s.start.properties.id, s.end.properties.id]);
    for (const row of rows) expect(ids(row.path), JSON.stringify(ids(row.path))).toContain('vladimir-putin');
    const statementIdsInPaths = new Set(rows.flatMap((r) => ids(r.path)));
    const seedAroundPutin = facts.filter((f) => f.speaker === 'vladimir-putin' || f.about.includes('vladimir-putin'));
    // LIMIT 50 caps the picture; the small seed fits in it unless the database holds much more.
    const shown = seedAroundPutin.filter((f) => statementIdsInPaths.has(f.id));
    expect(shown.length, 'seed statements around Putin in the picture').toBeGreaterThan(0);
  });
});

// The same questions over what the real extractor makes of the seed article: the queries and the
// extraction meet in the graph. Only the facts the gold marks as required are asked for.
describe('the seed article as the extractor reads it', () => {
  let extractedId: string;
  const ofArticle = (rows: Row[]) => rows.filter((r) => String(r.statementId).startsWith(`${extractedId}:`));
  beforeAll(async () => {
    extractedId = await importExtractedSeed(graph);
  });
  afterAll(async () => {
    if (extractedId) await deleteArticle(graph, extractedId);
  });

  it('who said what about ترامب: the Kremlin did', async () => {
    const rows = ofArticle(await run('who-said-what-about', { about: 'ترامب' }));
    expect(rows.map((r) => r.speaker)).toContain('Kremlin');
  });

  it('relayed by رويترز: the Kremlin statement in quotes', async () => {
    const rows = ofArticle(await run('relayed-by', { via: 'رويترز' }));
    expect(rows.find((r) => String(r.content).includes('رغبة في العمل'))).toMatchObject({ speaker: 'Kremlin', relayedBy: 'Reuters' });
  });

  it('denials: Trump denies', async () => {
    const rows = ofArticle(await run('denials'));
    expect(rows.map((r) => r.denier)).toContain('Donald Trump');
  });

  it('statement in context: every statement found by id shows its exact words', async () => {
    const rows = ofArticle(await run('who-said-what-about', { about: 'Trump' }));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [context] = await run('statement-in-context', { statement: row.statementId });
      const [start, end] = String(row.statementId).split(':').at(-1)!.split('-').map(Number) as [number, number];
      expect(context?.attribution, String(row.statementId)).toBe(EXTRACTED_SEED.text.slice(start, end));
    }
  });
});
