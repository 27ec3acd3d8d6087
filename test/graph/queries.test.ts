// Unit tests for the query files, their loader and the Browser guide generated from them (no database;
// test/graph/queries.int.test.ts runs every query against Neo4j).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BROWSER_GUIDE_FILE, renderBrowserGuide } from '../../src/graph/browser-guide.ts';
import {
  actorByNameCypher,
  loadQueries,
  parseCypherLiteral,
  parseQueryFile,
  queryParams,
  toCypherLiteral,
  type ParamValue,
} from '../../src/graph/queries.ts';

const queries = await loadQueries();

describe('cypher/queries', () => {
  it('holds the questions users ask', () => {
    const names = queries.map((q) => q.name);
    for (const expected of [
      'who-said-what-about',
      'what-an-actor-said-and-who-relayed-it',
      'actors-who-talk-about-each-other',
      'denials',
      'relayed-by',
      'statement-in-context',
    ]) {
      expect(names, `missing query ${expected}`).toContain(expected);
    }
    expect(new Set(names).size, 'query names are unique').toBe(names.length);
  });

  it.each(queries.map((q) => [q.file, q] as const))('%s has a title, a description and only parameterised input', (_file, q) => {
    expect(q.title.length, `${q.file}: title`).toBeGreaterThan(10);
    expect(q.description.length, `${q.file}: description`).toBeGreaterThan(40);
    // Values come in as $parameters: the body never splices user input, and each parameter is documented.
    for (const p of q.params) expect(p.description.length, `${q.file}: help for $${p.name}`).toBeGreaterThan(5);
    expect(q.cypher, `${q.file}: the model's pattern`).toMatch(/:SAID_BY|:VIA|:ABOUT/);
    expect(q.cypher, `${q.file}: reads only`).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DETACH)\b/);
  });

  it.each(queries.filter((q) => q.params.length > 0).map((q) => [q.file, q] as const))(
    '%s finds its actor as the API does (actorByNameCypher: id, folded name or alias, built-in first)',
    (_file, q) => {
      // A parameter naming an actor in any language must go through the one resolution, spelled
      // out in the file exactly as src/graph/queries.ts writes it (no drift between the files).
      for (const p of q.params.filter((p) => ['about', 'speaker', 'via', 'actor', 'to'].includes(p.name))) {
        const variable = new RegExp(`MATCH \\(a:Actor\\) WHERE a\\.id = \\$${p.name}[\\s\\S]*?RETURN a AS (\\w+)`).exec(q.cypher)?.[1];
        expect(variable, `${q.file}: $${p.name} is resolved`).toBeDefined();
        expect(q.cypher, q.file).toContain(actorByNameCypher(p.name, variable!));
      }
    },
  );
});

describe('parseQueryFile', () => {
  const cases: Array<{ name: string; source: string; error: RegExp }> = [
    { name: 'no header', source: 'MATCH (n) RETURN n', error: /first line must be/ },
    { name: 'header only', source: '// A question\n// about nothing', error: /no query after the header/ },
    { name: 'undeclared parameter', source: '// Q\nMATCH (a:Actor {id: $id}) RETURN a', error: /uses \$id without an @param/ },
    {
      name: 'unused parameter',
      source: "// Q\n// @param id = 'x' : an id\nMATCH (a:Actor) RETURN a",
      error: /declares @param id but never uses it/,
    },
    { name: 'param without help', source: "// Q\n// @param id = 'x'\nMATCH (a {id: $id}) RETURN a", error: /expected ": what it is"/ },
    { name: 'bad default', source: "// Q\n// @param id = 'x : an id\nMATCH (a {id: $id}) RETURN a", error: /unterminated string/ },
    {
      name: 'description after params',
      source: "// Q\n// @param id = 'x' : an id\n// more words\nMATCH (a {id: $id}) RETURN a",
      error: /description text after the @param lines/,
    },
  ];
  it.each(cases)('refuses a file with $name, naming the file', ({ source, error }) => {
    expect(() => parseQueryFile('bad.cypher', source)).toThrow(error);
    expect(() => parseQueryFile('bad.cypher', source)).toThrow(/^bad\.cypher: /);
  });

  it('reads title, description, parameters and body; a $ inside a string is not a parameter', () => {
    const q = parseQueryFile(
      '12-some-question.cypher',
      [
        '// Some question?',
        '// First line of the description,',
        '// second line.',
        "// @param who = 'a: b' : someone (the default holds a colon)",
        '// @param n = [1, 2.5] : numbers',
        "MATCH (a:Actor) WHERE a.name = $who AND a.rank IN $n AND a.note <> 'costs $5'",
        'RETURN a',
      ].join('\n'),
    );
    expect(q).toMatchObject({
      name: 'some-question',
      title: 'Some question?',
      description: 'First line of the description, second line.',
      params: [
        { name: 'who', default: 'a: b', description: 'someone (the default holds a colon)' },
        { name: 'n', default: [1, 2.5], description: 'numbers' },
      ],
    });
    expect(q.cypher.startsWith('MATCH')).toBe(true);
  });
});

describe('Cypher literals for parameter defaults', () => {
  const cases: Array<[string, ParamValue]> = [
    ["'Trump'", 'Trump'],
    ["'ترامب'", 'ترامب'],
    ['"double"', 'double'],
    ["'it\\'s'", "it's"],
    ['42', 42],
    ['-1.5', -1.5],
    ['true', true],
    ['FALSE', false],
    ['null', null],
    ["['a', 1, [true]]", ['a', 1, [true]]],
    ['[]', []],
  ];
  it.each(cases)('%s reads as %j and writes back to the same value', (literal, value) => {
    expect(parseCypherLiteral(literal)).toEqual(value);
    expect(parseCypherLiteral(toCypherLiteral(value))).toEqual(value);
  });

  it.each(['Trump', "'open", '[1,', '1 2', '{a: 1}'])('refuses %s', (literal) => {
    expect(() => parseCypherLiteral(literal)).toThrow(/bad default/);
  });
});

describe('queryParams', () => {
  const q = queries.find((x) => x.name === 'who-said-what-about')!;
  it('fills defaults and lets callers override them', () => {
    expect(queryParams(q)).toEqual({ about: 'Trump' });
    expect(queryParams(q, { about: 'بوتين' })).toEqual({ about: 'بوتين' });
  });
  it('refuses parameters the query does not take', () => {
    expect(() => queryParams(q, { abuot: 'x' })).toThrow(/unknown parameter\(s\) abuot; it takes about/);
  });
});

describe('README, "Exploring in the Neo4j Browser"', () => {
  it.each(queries.map((q) => [q.file, q] as const))('lists %s with its question', async (file, q) => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Exploring in the Neo4j Browser'));
    expect(section, 'README section').toContain('## Exploring in the Neo4j Browser');
    expect(section, file).toContain(`| \`${file}\` | ${q.title} |`);
  });
});

describe('cypher/browser-guide.html', () => {
  it('is current with cypher/queries (regenerate: node --import tsx src/graph/browser-guide.ts)', async () => {
    expect(await readFile(BROWSER_GUIDE_FILE, 'utf8')).toBe(renderBrowserGuide(queries));
  });

  it('has a slide per query with its parameters and query as runnable blocks', () => {
    const html = renderBrowserGuide(queries);
    const slides = html.split('<slide class="row-fluid">').slice(1);
    expect(slides).toHaveLength(queries.length + 2);
    for (const q of queries) {
      const slide = slides.find((s) => s.includes(`<h3>${q.title.replace(/&/g, '&amp;')}</h3>`));
      expect(slide, `slide for ${q.file}`).toBeDefined();
      const runnables = [...slide!.matchAll(/<pre class="pre-scrollable code runnable">([\s\S]*?)<\/pre>/g)].map((m) =>
        m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
      );
      expect(runnables.at(-1), `${q.file}: the query, unescaped`).toBe(q.cypher);
      for (const p of q.params) expect(runnables, `${q.file}: :param ${p.name}`).toContain(`:param ${p.name} => ${toCypherLiteral(p.default)}`);
    }
  });
});
