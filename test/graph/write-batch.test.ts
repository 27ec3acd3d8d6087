// The write path without a database: ids, what a write holds, and a snapshot of the exact query
// and parameters sent for a small batch (a change to either shows up in review).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/types.ts';
import { actorNames, articleId, canonicalUrl, contentHash, normaliseText, outletId, statementId } from '../../src/graph/identity.ts';
import { buildArticleBatch, prepareArticleWrite } from '../../src/graph/write-articles.ts';

describe('identity', () => {
  it.each([
    ['whitespace is collapsed', '  a \n\t b  ', 'a b'],
    ['NFC', 'e\u0301', '\u00e9'],
    ['Arabic kept as written', ' قال  الكرملين ', 'قال الكرملين'],
  ])('normaliseText: %s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each([
    ['same URL', { url: 'https://a.example/x', text: 'one' }, { url: 'https://a.example/x', text: 'two' }, true],
    ['fragment ignored', { url: 'https://a.example/x#top', text: 'one' }, { url: 'https://a.example/x', text: 'one' }, true],
    ['host case ignored', { url: 'https://A.EXAMPLE/x', text: 'one' }, { url: 'https://a.example/x', text: 'one' }, true],
    ['query kept', { url: 'https://a.example/x?id=1', text: 'one' }, { url: 'https://a.example/x?id=2', text: 'one' }, false],
    ['text re-wrapped', { text: 'The minister\nsaid so.' }, { text: ' The minister said  so. ' }, true],
    ['other text', { text: 'The minister said so.' }, { text: 'The minister said no.' }, false],
    ['URL vs text', { url: 'https://a.example/x', text: 'one' }, { text: 'one' }, false],
  ])('articleId: %s', (_name, a, b, same) => {
    expect(articleId(a) === articleId(b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(same);
  });

  it('prefixes ids by kind and keeps them short', () => {
    expect(articleId({ url: 'https://a.example/x', text: '' })).toMatch(/^url:[0-9a-f]{24}$/);
    expect(articleId({ text: 'x' })).toMatch(/^text:[0-9a-f]{24}$/);
  });

  it('contentHash follows words and title, not whitespace', () => {
    expect(contentHash({ title: 'T', text: 'a  b' })).toBe(contentHash({ title: 'T ', text: 'a b\n' }));
    expect(contentHash({ title: 'T', text: 'a b' })).not.toBe(contentHash({ title: 'U', text: 'a b' }));
    expect(contentHash({ text: 'a b' })).not.toBe(contentHash({ text: 'a c' }));
  });

  it('statement, outlet and names keys', () => {
    expect(statementId('url:abc', [10, 42])).toBe('url:abc:10-42');
    expect(outletId('  Reuters ')).toBe(outletId('reuters'));
    expect(actorNames('Vladimir Putin', ['بوتين', 'Putin', 'Vladimir Putin'])).toBe('Vladimir Putin | بوتين | Putin');
    expect(canonicalUrl('https://a.example/x#frag')).toBe('https://a.example/x');
  });
});

// A hand-written extraction of a two-sentence article: the writer's input, not the extractor's output.
const TEXT = 'Kremlin: talks agreed\n\nThe Kremlin said Putin told Trump that "cooperation is vital", according to Reuters. Critics of Trump denied it.';
function extraction(): Extraction {
  return {
    language: 'en',
    title: 'Kremlin: talks agreed',
    outlet: null,
    publishedAt: null,
    actors: [
      { id: 'kremlin', name: 'Kremlin', kind: 'ORGANIZATION', aliases: ['الكرملين'], mentions: [[27, 34]], speaksFor: ['russia'] },
      { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['Putin', 'بوتين'], mentions: [[40, 45]] },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'PERSON', aliases: ['Trump', 'ترامب'], mentions: [[51, 56], [128, 133]] },
      { id: 'reuters', name: 'Reuters', kind: 'MEDIA', aliases: ['رويترز'], mentions: [[99, 106]] },
      // Named by the extractor but linked by nothing in this article: not written.
      { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['روسيا'], mentions: [] },
      { id: 'critics-of-donald-trump', name: 'critics of Trump', kind: 'GROUP', aliases: [], mentions: [[108, 124]], describes: ['donald-trump'] },
    ],
    statements: [
      { id: 's1', speaker: 'kremlin', speakerText: 'The Kremlin', cue: 'said', cueType: 'SAY', content: 'Putin told Trump that "cooperation is vital"', direct: false, about: ['vladimir-putin', 'donald-trump'], addressees: [], via: ['reuters'], date: null, span: [23, 107], parent: null },
      { id: 's2', speaker: 'vladimir-putin', speakerText: 'Putin', cue: 'told', cueType: 'SAY', content: 'cooperation is vital', direct: true, about: [], addressees: ['donald-trump'], via: [], date: '2017-01-28', span: [40, 85], parent: 's1' },
      { id: 's3', speaker: 'critics-of-donald-trump', speakerText: 'Critics of Trump', cue: 'denied', cueType: 'DENY', content: 'it', direct: false, about: ['unknown-actor'], addressees: [], via: [], date: null, span: [108, 144], parent: null },
    ],
  };
}

describe('prepareArticleWrite', () => {
  const write = prepareArticleWrite({ url: 'https://news.example/kremlin#x', title: 'Kremlin: talks agreed', text: TEXT, outlet: ' Example News ', publishedAt: '2017-01-29' }, extraction(), 'test-1');

  it('keys statements by article and span, and keeps the nesting', () => {
    expect(write.statements.map((s) => [s.id, s.parent])).toEqual([
      [`${write.id}:23-107`, null],
      [`${write.id}:40-85`, `${write.id}:23-107`],
      [`${write.id}:108-144`, null],
    ]);
  });

  it('drops actors nothing links to and links to actors that are not written', () => {
    expect(write.actorIds).toEqual(['critics-of-donald-trump', 'donald-trump', 'kremlin', 'reuters', 'vladimir-putin']);
    expect(write.actors.find((a) => a.id === 'kremlin')!.speaksFor).toEqual([]);
    expect(write.actors.find((a) => a.id === 'critics-of-donald-trump')!.describes).toEqual(['donald-trump']);
    expect(write.statements[2]!.about).toEqual([]);
  });

  it('counts mentions and normalises url and outlet', () => {
    expect(write.mentions).toContainEqual({ actor: 'donald-trump', count: 2 });
    expect(write.mentions.find((m) => m.actor === 'russia')).toBeUndefined();
    expect(write.url).toBe('https://news.example/kremlin');
    expect(write.outlet).toEqual({ id: 'example news', name: 'Example News' });
  });
});

describe('buildArticleBatch', () => {
  it('sends one query with the batch as parameters (snapshot)', () => {
    const first = prepareArticleWrite({ url: 'https://news.example/kremlin', title: 'Kremlin: talks agreed', text: TEXT, publishedAt: '2017-01-29', outlet: 'Example News', provenance: '/data/inbox/kremlin.txt' }, extraction(), 'test-1');
    const second = prepareArticleWrite({ text: 'Putin said so.' }, {
      language: 'en', title: null, outlet: null, publishedAt: null,
      actors: [{ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['Putin', 'Wladimir Putin'], mentions: [[0, 5]] }],
      statements: [{ id: 's1', speaker: 'vladimir-putin', speakerText: 'Putin', cue: 'said', cueType: 'SAY', content: 'so', direct: false, about: [], addressees: [], via: [], date: null, span: [0, 14], parent: null }],
    }, 'test-1');
    const { query, params } = buildArticleBatch([first, second]);
    expect(query).toMatchSnapshot('query');
    expect(params).toMatchSnapshot('params');
  });

  it('merges an actor shared by two articles once, with the aliases of both, sorted by id', () => {
    const a = prepareArticleWrite({ text: 'Putin said so.' }, {
      language: 'en', title: null, outlet: null, publishedAt: null,
      actors: [{ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['Putin'], mentions: [[0, 5]] }, { id: 'alpha', name: 'Alpha', kind: 'OTHER', aliases: [], mentions: [[1, 2]] }],
      statements: [],
    }, 'v');
    const b = prepareArticleWrite({ text: 'بوتين قال.' }, {
      language: 'ar', title: null, outlet: null, publishedAt: null,
      actors: [{ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['بوتين'], mentions: [[0, 5]] }],
      statements: [],
    }, 'v');
    const actors = buildArticleBatch([a, b]).params.actors as Array<{ id: string; aliases: string[] }>;
    expect(actors.map((x) => x.id)).toEqual(['alpha', 'vladimir-putin']);
    expect(actors[1]!.aliases).toEqual(['Putin', 'بوتين']);
  });

  it('refuses the same article twice in one batch', () => {
    const w = prepareArticleWrite({ text: 'Putin said so.' }, { language: 'en', title: null, outlet: null, publishedAt: null, actors: [], statements: [] }, 'v');
    expect(() => buildArticleBatch([w, w])).toThrow(/appears twice/);
  });
});
