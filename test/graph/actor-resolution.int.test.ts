// Exact before fuzzy, on a graph shaped like a real corpus: for every built-in actor, extracted
// actors whose names CONTAIN its names ("غولد إيران", "critics of Iran"), and one spelled the same
// once folded (a diacritic, upper case), each with more statements than the built-in actor. Every
// name and alias of every built-in actor (the whole gazetteer) must still resolve to that actor,
// through the API (actor(name:), actorCandidates, whoSaidWhatAbout) and through every
// cypher/queries/ file that takes an actor's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/extract/actors.ts';
import { GAZETTEER } from '../../src/extract/gazetteer.ts';
import type { ExtractedActor, ExtractedStatement, Extraction } from '../../src/extract/types.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { deleteArticles } from '../../src/graph/delete-article.ts';
import { loadQueries, runNamedQuery, type NamedQuery } from '../../src/graph/queries.ts';
import { prepareArticleWrite, writeArticles } from '../../src/graph/write-articles.ts';
import { startTestApi, type TestApi } from '../api/api-under-test.ts';
import { testGraph, uniqueTag } from '../support/graph.ts';

const tag = uniqueTag('resolve');
const registry = new ActorRegistry();

interface BuiltIn {
  id: string;
  name: string;
  names: string[];
  marker: string;
}

const builtIns: BuiltIn[] = GAZETTEER.map((e) => {
  const actor = registry.get(e.id)!;
  return { id: e.id, name: actor.name, names: [actor.name, ...actor.aliases], marker: `[${tag}:${e.id}]` };
});

/** A name that folds to the same key but is written otherwise: upper case, or a diacritic added. */
function sameOnceFolded(name: string): string {
  return /[\u0600-\u06FF]/u.test(name) ? `${name[0]}\u064F${name.slice(1)}` : name.toUpperCase();
}

/** The junk a real corpus grows around a name: longer phrases holding it, and a look-alike. */
function junkNames(name: string): string[] {
  const arabic = /[\u0600-\u06FF]/u.test(name);
  const around = arabic ? [`غولد ${name}`, `نقاد ${name}`] : [`critics of ${name}`];
  return [...around, sameOnceFolded(name)].filter((n) => n !== name);
}

/** One article per built-in actor: its statement, and two by each junk actor (more than it has). */
function articleOf(b: BuiltIn, index: number): ReturnType<typeof prepareArticleWrite> {
  const entry = GAZETTEER[index]!;
  const actors: ExtractedActor[] = [{ id: b.id, name: b.name, kind: entry.kind, aliases: b.names.slice(1), mentions: [] }];
  const statements: ExtractedStatement[] = [];
  const lines: string[] = [];
  const say = (speaker: string, content: string) => {
    const start = lines.join('\n').length + (lines.length > 0 ? 1 : 0);
    lines.push(content);
    statements.push({
      id: `s${statements.length}`,
      speaker,
      speakerText: null,
      cue: 'said',
      cueType: 'CRITICIZE',
      content,
      direct: false,
      about: [speaker],
      addressees: [speaker],
      via: [speaker],
      date: null,
      span: [start, start + content.length],
      parent: null,
    });
  };
  say(b.id, `${b.marker} spoke`);
  const junk = [...new Set(b.names.flatMap(junkNames))];
  junk.forEach((name, j) => {
    const id = `${tag}-${b.id}-junk-${j}`;
    actors.push({ id, name, kind: 'OTHER', aliases: [], mentions: [] });
    for (let k = 0; k < 2; k++) say(id, `[${id}] ${k}`);
  });
  const extraction: Extraction = { language: 'en', title: null, outlet: null, publishedAt: null, actors, statements };
  return prepareArticleWrite({ url: `https://claimgraph.test/${tag}/${b.id}`, text: lines.join('\n') }, extraction, 'test');
}

let graph: Graph;
let api: TestApi;
let queries: NamedQuery[];
const writes = builtIns.map(articleOf);
const everyName = builtIns.flatMap((b) => b.names.map((name) => ({ name, actor: b })));

beforeAll(async () => {
  graph = testGraph();
  for (let i = 0; i < writes.length; i += 50) await writeArticles(graph, writes.slice(i, i + 50), { claims: false });
  api = await startTestApi({}, graph);
  queries = (await loadQueries()).filter((q) => q.params.some((p) => /actor's id, name or alias|speaker's id|addressee's id/.test(p.description)));
}, 300_000);

afterAll(async () => {
  await api?.close();
  await deleteArticles(graph, writes.map((w) => w.id));
  await graph?.close();
});

describe('every built-in name resolves to its built-in actor, never to a longer or look-alike junk actor', () => {
  it(`the graph holds the junk (${writes.reduce((n, w) => n + w.actors.length, 0)} actors)`, async () => {
    const [row] = await graph.run(`MATCH (a:Actor) WHERE a.id STARTS WITH $tag RETURN count(a) AS n`, { tag });
    expect(Number(row!.n)).toBeGreaterThan(everyName.length * 2);
  });

  it('through the API: actor(name:), actorCandidates (best first) and whoSaidWhatAbout', { timeout: 300_000 }, async () => {
    const wrong: string[] = [];
    const CHUNK = 5; // three aliases a name: the API allows 15 a request
    for (let i = 0; i < everyName.length; i += CHUNK) {
      const chunk = everyName.slice(i, i + CHUNK);
      const fields = chunk
        .map(
          (_, j) => `a${j}: actor(name: $n${j}) { id }
            c${j}: actorCandidates(name: $n${j}) { actor { id } matchedBy best builtIn }
            w${j}: whoSaidWhatAbout(about: $n${j}, first: 5) { edges { node { content } } }`,
        )
        .join('\n');
      const vars = chunk.map((_, j) => `$n${j}: String!`).join(', ');
      const res = await api.gql(`query(${vars}) { ${fields} }`, Object.fromEntries(chunk.map((c, j) => [`n${j}`, c.name])));
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const data = res.body.data!;
      chunk.forEach(({ name, actor }, j) => {
        const candidates = data[`c${j}`] as Array<{ actor: { id: string }; best: boolean; builtIn: boolean }>;
        const about = (data[`w${j}`].edges as Array<{ node: { content: string } }>).map((e) => e.node.content);
        if (data[`a${j}`]?.id !== actor.id) wrong.push(`actor(name: "${name}") -> ${data[`a${j}`]?.id} (want ${actor.id})`);
        if (candidates[0]?.actor.id !== actor.id || !candidates[0].best || !candidates[0].builtIn)
          wrong.push(`actorCandidates("${name}")[0] -> ${candidates[0]?.actor.id}`);
        if (about.length !== 1 || about[0] !== `${actor.marker} spoke`) wrong.push(`whoSaidWhatAbout("${name}") -> ${about.join(' / ')}`);
      });
    }
    expect(wrong, wrong.slice(0, 20).join('\n')).toEqual([]);
  });

  it('actorCandidates lists the look-alike as an alternative, with how it matched', async () => {
    const iran = builtIns.find((b) => b.id === 'iran')!;
    const arabic = iran.names.find((n) => /[\u0600-\u06FF]/u.test(n))!;
    const res = await api.gql(`query($n: String!) { actorCandidates(name: $n) { actor { id name } matchedBy statementCount builtIn best } }`, { n: arabic });
    const list = res.body.data!.actorCandidates as Array<{ actor: { id: string; name: string }; matchedBy: string; statementCount: number; builtIn: boolean; best: boolean }>;
    expect(list[0]).toMatchObject({ actor: { id: 'iran' }, builtIn: true, best: true });
    const lookAlike = list.find((c) => c.actor.name === sameOnceFolded(arabic));
    expect(lookAlike).toMatchObject({ matchedBy: 'NAME', builtIn: false, best: false, statementCount: 2 });
    // Names that merely contain the asked name are not candidates at all.
    expect(list.filter((c) => c.actor.name.includes(' '))).toEqual([]);
  });

  it('through every cypher/queries/ file that takes an actor name', { timeout: 600_000 }, async () => {
    expect(queries.map((q) => q.name).sort()).toEqual(
      ['graph-around-an-actor', 'relayed-by', 'said-to', 'what-an-actor-said-and-who-relayed-it', 'what-critics-said', 'who-said-what-about', 'who-speaks-for'].sort(),
    );
    // Every name through the first two files; the others spell out the same resolution
    // (test/graph/queries.test.ts holds them to one text), so every 7th name through them keeps the run short.
    const wrong: string[] = [];
    for (const query of queries) {
      const param = query.params[0]!.name;
      const all = ['who-said-what-about', 'what-an-actor-said-and-who-relayed-it'].includes(query.name);
      for (const { name, actor } of everyName.filter((_, i) => all || i % 7 === 0)) {
        const rows = JSON.stringify(await runNamedQuery(graph, query, { [param]: name }));
        if (!rows.includes(actor.marker) || rows.includes(`[${tag}-`)) wrong.push(`${query.name}(${param}: "${name}") missed ${actor.id}`);
      }
    }
    expect(wrong, wrong.slice(0, 20).join('\n')).toEqual([]);
  });
});
