// A small, known graph for tests that read it (the cypher/queries test, the Browser test): the seed
// article (test/fixtures/ar-kremlin-trump-putin-syria.txt) and two short English articles written
// for these tests, imported through the real importer (src/import/import-articles.ts) and writer.
//
// The extraction of each article is written here by hand, following its gold annotation, instead
// of coming from the extractor: a test of the queries must not pass or fail with the extractor's
// recall. Offsets are never typed in: every span is found in the text the importer passes on
// (`extract(text)`), so a changed fixture fails loudly instead of pointing at the wrong words.
//
// Isolation on a shared Neo4j: the articles live under their own URLs (https://claimgraph.test/...),
// so their ids are theirs alone; actors use the extractor's ids (`donald-trump`) and are shared, as
// they are meant to be. removeSeedGraph() deletes the articles with their statements.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActorKind, CueType, ExtractedActor, ExtractedStatement, Extraction, Language } from '../../src/extract/types.ts';
import { deleteArticle } from '../../src/graph/delete-article.ts';
import { articleId } from '../../src/graph/identity.ts';
import type { GraphSession } from '../../src/graph/write-articles.ts';
import { importArticles, type ImportSummary } from '../../src/import/import-articles.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

interface SeedActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  speaksFor?: string[];
  describes?: string[];
}

interface SeedStatement {
  /** The whole attribution as it appears in the text, once: it gives the span. */
  span: string;
  /** What was said, a part of `span`. */
  content: string;
  speaker: string;
  speakerText: string;
  cue: string;
  cueType: CueType;
  direct: boolean;
  about: string[];
  addressees?: string[];
  via?: string[];
  date?: string;
  /** The `span` of the statement this one is nested in. */
  parent?: string;
}

export interface SeedArticle {
  url: string;
  title: string;
  text: string;
  publishedAt: string;
  outlet: string;
  language: Language;
  actors: SeedActor[];
  statements: SeedStatement[];
}

// The actors, named as the gazetteer names them (src/extract/data/gazetteer): English display
// name, every Arabic and English name as an alias.
const A = {
  kremlin: { id: 'kremlin', name: 'Kremlin', kind: 'ORGANIZATION', aliases: ['Kremlin', 'the Kremlin', 'الكرملين'], speaksFor: ['russia'] },
  putin: { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['Putin', 'فلاديمير بوتين', 'بوتين'] },
  trump: { id: 'donald-trump', name: 'Donald Trump', kind: 'PERSON', aliases: ['Trump', 'دونالد ترامب', 'ترامب'] },
  obama: { id: 'barack-obama', name: 'Barack Obama', kind: 'PERSON', aliases: ['Obama', 'أوباما'] },
  assad: { id: 'bashar-al-assad', name: 'Bashar al-Assad', kind: 'PERSON', aliases: ['Assad', 'بشار الأسد', 'الأسد'] },
  peskov: { id: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'PERSON', aliases: ['Peskov', 'دميتري بيسكوف'], speaksFor: ['russia'] },
  reuters: { id: 'reuters', name: 'Reuters', kind: 'MEDIA', aliases: ['Reuters', 'رويترز', 'وكالة رويترز'] },
  whiteHouse: { id: 'white-house', name: 'White House', kind: 'ORGANIZATION', aliases: ['White House', 'البيت الأبيض'], speaksFor: ['united-states'] },
  us: { id: 'united-states', name: 'United States', kind: 'STATE', aliases: ['U.S.', 'Washington', 'America', 'الولايات المتحدة', 'واشنطن', 'أمريكا'] },
  russia: { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Moscow', 'روسيا', 'موسكو'] },
  syria: { id: 'syria', name: 'Syria', kind: 'STATE', aliases: ['سوريا'] },
  isis: { id: 'islamic-state', name: 'Islamic State', kind: 'GROUP', aliases: ['ISIS', 'تنظيم الدولة'] },
  trumpCritics: { id: 'critics-of-donald-trump', name: 'critics of Donald Trump', kind: 'GROUP', aliases: ['critics of Trump', 'منتقدو ترامب'], describes: ['donald-trump'] },
  usIntelligence: { id: 'us-intelligence-officials', name: 'U.S. intelligence officials', kind: 'GROUP', aliases: [] },
} satisfies Record<string, SeedActor>;

const seedText = readFileSync(path.join(FIXTURES, 'ar-kremlin-trump-putin-syria.txt'), 'utf8');

export const SEED_ARTICLES: SeedArticle[] = [
  {
    // The seed article, as its gold (test/fixtures/ar-kremlin-trump-putin-syria.gold.json) reads it.
    url: 'https://claimgraph.test/queries/ar-kremlin-trump-putin-syria',
    title: 'ترامب وبوتين يتفقان على التنسيق في سوريا',
    text: seedText,
    publishedAt: '2017-01-29',
    outlet: 'بلدي نيوز',
    language: 'ar',
    actors: [A.kremlin, A.putin, A.trump, A.reuters, A.obama, A.assad, A.us, A.russia, A.isis, A.syria, A.trumpCritics],
    statements: [
      {
        span: 'قال الكرملين يوم السبت، إن الرئيسين الروسي فلاديمير بوتين، والأمريكي دونالد ترامب، اتفقا على محاولة إعادة بناء العلاقات الأمريكية الروسية والتعاون في سوريا',
        content: 'اتفقا على محاولة إعادة بناء العلاقات الأمريكية الروسية والتعاون في سوريا',
        speaker: 'kremlin', speakerText: 'الكرملين', cue: 'قال', cueType: 'SAY', direct: false,
        about: ['vladimir-putin', 'donald-trump'], date: '2017-01-28',
      },
      {
        span: 'وقال الكرملين في بيان "أظهر الجانبان رغبة في العمل النشط والمشترك بشأن تحقيق الاستقرار وتطوير التعاون الروسي الأمريكي"، حسب وكالة رويترز',
        content: 'أظهر الجانبان رغبة في العمل النشط والمشترك بشأن تحقيق الاستقرار وتطوير التعاون الروسي الأمريكي',
        speaker: 'kremlin', speakerText: 'الكرملين', cue: 'قال', cueType: 'SAY', direct: true,
        about: [], via: ['reuters'],
      },
      {
        span: 'وشدد على أن "الرئيسين تحدثا لصالح إقامة تنسيق حقيقي بين الإجراءات الروسية والأمريكية، بهدف تدمير تنظيم الدولة، والجماعات الإرهابية الأخرى في سوريا."',
        content: 'الرئيسين تحدثا لصالح إقامة تنسيق حقيقي بين الإجراءات الروسية والأمريكية، بهدف تدمير تنظيم الدولة، والجماعات الإرهابية الأخرى في سوريا.',
        speaker: 'kremlin', speakerText: 'الكرملين', cue: 'شدد', cueType: 'STRESS', direct: true,
        about: ['islamic-state'],
      },
      {
        span: 'دعت واشنطن تحت إدارة أوباما إلى رحيل الأسد',
        content: 'إلى رحيل الأسد',
        speaker: 'united-states', speakerText: 'واشنطن', cue: 'دعت', cueType: 'CALL', direct: false,
        about: ['bashar-al-assad'],
      },
      {
        span: 'وقال الكرملين إن ترامب وبوتين اتفقا على إقامة تعاون عندما يتعلق الأمر بالقضايا العالمية',
        content: 'ترامب وبوتين اتفقا على إقامة تعاون عندما يتعلق الأمر بالقضايا العالمية',
        speaker: 'kremlin', speakerText: 'الكرملين', cue: 'قال', cueType: 'SAY', direct: false,
        about: ['donald-trump', 'vladimir-putin'],
      },
      {
        span: 'مشيرا إلى "بوتين ذكر ترامب بأن بلادنا دعمت أمريكا لأكثر من قرنين، وكانت حليفتها في حربين عالميتين والآن ترى الولايات المتحدة كأهم شريك في مكافحة الإرهاب الدولي"',
        content: 'بوتين ذكر ترامب بأن بلادنا دعمت أمريكا لأكثر من قرنين، وكانت حليفتها في حربين عالميتين والآن ترى الولايات المتحدة كأهم شريك في مكافحة الإرهاب الدولي',
        speaker: 'kremlin', speakerText: 'الكرملين', cue: 'مشيرا', cueType: 'NOTE', direct: true,
        about: ['vladimir-putin', 'donald-trump'],
      },
      {
        span: 'بوتين ذكر ترامب بأن بلادنا دعمت أمريكا لأكثر من قرنين، وكانت حليفتها في حربين عالميتين',
        content: 'بلادنا دعمت أمريكا لأكثر من قرنين، وكانت حليفتها في حربين عالميتين',
        speaker: 'vladimir-putin', speakerText: 'بوتين', cue: 'ذكر', cueType: 'REMIND', direct: true,
        about: ['united-states'], addressees: ['donald-trump'],
        parent: 'مشيرا إلى "بوتين ذكر ترامب بأن بلادنا دعمت أمريكا لأكثر من قرنين، وكانت حليفتها في حربين عالميتين والآن ترى الولايات المتحدة كأهم شريك في مكافحة الإرهاب الدولي"',
      },
      {
        span: 'ممن يرون أنه انتخب بمساعدة وكالات المخابرات الروسية',
        content: 'انتخب بمساعدة وكالات المخابرات الروسية',
        speaker: 'critics-of-donald-trump', speakerText: 'ممن يرون', cue: 'يرون', cueType: 'BELIEVE', direct: false,
        about: ['donald-trump'],
      },
      {
        span: 'انتخب بمساعدة وكالات المخابرات الروسية، الأمر الذي ينفيه ترامب',
        content: 'انتخب بمساعدة وكالات المخابرات الروسية',
        speaker: 'donald-trump', speakerText: 'ترامب', cue: 'ينفيه', cueType: 'DENY', direct: false,
        about: ['donald-trump'],
      },
      {
        span: 'واتهمه منتقدوه أيضا بأنه حريص جدا على التحالف مع بوتين',
        content: 'بأنه حريص جدا على التحالف مع بوتين',
        speaker: 'critics-of-donald-trump', speakerText: 'منتقدوه', cue: 'اتهمه', cueType: 'ACCUSE', direct: false,
        about: ['donald-trump', 'vladimir-putin'],
      },
    ],
  },
  {
    url: 'https://claimgraph.test/queries/en-kremlin-denies-interference',
    title: 'Kremlin rejects claims of election interference',
    text: [
      'Kremlin rejects claims of election interference',
      '',
      'MOSCOW, Jan. 9 - The Kremlin on Monday denied that Russia had interfered in the U.S. election, according to Reuters.',
      '"These accusations are absolutely unfounded," Kremlin spokesman Dmitry Peskov told reporters.',
      'U.S. intelligence officials have accused Russia of running a hacking campaign to help Donald Trump.',
      'Trump denied that he had any business ties to Russia. He said Putin was "a strong leader".',
      'Putin praised Trump as "a very bright and talented person" in December.',
    ].join('\n'),
    publishedAt: '2017-01-09',
    outlet: 'Claimgraph Test Wire',
    language: 'en',
    actors: [A.kremlin, A.russia, A.us, A.reuters, A.peskov, A.usIntelligence, A.trump, A.putin],
    statements: [
      {
        span: 'The Kremlin on Monday denied that Russia had interfered in the U.S. election, according to Reuters',
        content: 'that Russia had interfered in the U.S. election',
        speaker: 'kremlin', speakerText: 'The Kremlin', cue: 'denied', cueType: 'DENY', direct: false,
        about: ['russia', 'united-states'], via: ['reuters'], date: '2017-01-09',
      },
      {
        span: '"These accusations are absolutely unfounded," Kremlin spokesman Dmitry Peskov told reporters',
        content: 'These accusations are absolutely unfounded,',
        speaker: 'dmitry-peskov', speakerText: 'Kremlin spokesman Dmitry Peskov', cue: 'told', cueType: 'SAY', direct: true,
        about: [], date: '2017-01-09',
      },
      {
        span: 'U.S. intelligence officials have accused Russia of running a hacking campaign to help Donald Trump',
        content: 'Russia of running a hacking campaign to help Donald Trump',
        speaker: 'us-intelligence-officials', speakerText: 'U.S. intelligence officials', cue: 'accused', cueType: 'ACCUSE', direct: false,
        about: ['russia', 'donald-trump'],
      },
      {
        span: 'Trump denied that he had any business ties to Russia',
        content: 'that he had any business ties to Russia',
        speaker: 'donald-trump', speakerText: 'Trump', cue: 'denied', cueType: 'DENY', direct: false,
        about: ['donald-trump', 'russia'],
      },
      {
        span: 'He said Putin was "a strong leader"',
        content: 'Putin was "a strong leader"',
        speaker: 'donald-trump', speakerText: 'He', cue: 'said', cueType: 'SAY', direct: false,
        about: ['vladimir-putin'],
      },
      {
        span: 'Putin praised Trump as "a very bright and talented person"',
        content: 'Trump as "a very bright and talented person"',
        speaker: 'vladimir-putin', speakerText: 'Putin', cue: 'praised', cueType: 'WELCOME', direct: false,
        about: ['donald-trump'],
      },
    ],
  },
  {
    url: 'https://claimgraph.test/queries/en-white-house-putin-call',
    title: 'White House calls Trump-Putin call "a significant start"',
    text: [
      'White House calls Trump-Putin call "a significant start"',
      '',
      'WASHINGTON, Jan. 29 - The White House said on Saturday that the call between President Trump and Vladimir Putin was "a significant start" to improving relations.',
      'Putin told Trump that Russia was ready to cooperate against the Islamic State in Syria, the Kremlin said.',
      'Trump criticized Obama\'s Syria policy as "a disaster", according to Reuters.',
    ].join('\n'),
    publishedAt: '2017-01-29',
    outlet: 'Claimgraph Test Wire',
    language: 'en',
    actors: [A.whiteHouse, A.trump, A.putin, A.russia, A.isis, A.syria, A.kremlin, A.obama, A.reuters, A.us],
    statements: [
      {
        span: 'The White House said on Saturday that the call between President Trump and Vladimir Putin was "a significant start" to improving relations',
        content: 'the call between President Trump and Vladimir Putin was "a significant start" to improving relations',
        speaker: 'white-house', speakerText: 'The White House', cue: 'said', cueType: 'SAY', direct: false,
        about: ['donald-trump', 'vladimir-putin'], date: '2017-01-28',
      },
      {
        span: 'Putin told Trump that Russia was ready to cooperate against the Islamic State in Syria, the Kremlin said',
        content: 'Putin told Trump that Russia was ready to cooperate against the Islamic State in Syria',
        speaker: 'kremlin', speakerText: 'the Kremlin', cue: 'said', cueType: 'SAY', direct: false,
        about: ['vladimir-putin', 'donald-trump'],
      },
      {
        span: 'Putin told Trump that Russia was ready to cooperate against the Islamic State in Syria',
        content: 'that Russia was ready to cooperate against the Islamic State in Syria',
        speaker: 'vladimir-putin', speakerText: 'Putin', cue: 'told', cueType: 'SAY', direct: false,
        about: ['russia', 'islamic-state', 'syria'], addressees: ['donald-trump'],
        parent: 'Putin told Trump that Russia was ready to cooperate against the Islamic State in Syria, the Kremlin said',
      },
      {
        span: 'Trump criticized Obama\'s Syria policy as "a disaster", according to Reuters',
        content: 'Obama\'s Syria policy as "a disaster"',
        speaker: 'donald-trump', speakerText: 'Trump', cue: 'criticized', cueType: 'CRITICIZE', direct: false,
        about: ['barack-obama', 'syria'], via: ['reuters'],
      },
    ],
  },
];

/** Where `needle` is in `text`; it must be there exactly once, or the fixture is ambiguous. */
function spanOf(text: string, needle: string, what: string): [number, number] {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`seed-graph: ${what} not found in the text: "${needle}"`);
  if (text.indexOf(needle, start + 1) >= 0) throw new Error(`seed-graph: ${what} occurs twice in the text: "${needle}"`);
  return [start, start + needle.length];
}

/** Every occurrence of any of the actor's names (longest names first, no overlaps). */
function mentionsOf(text: string, names: string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (!found.some(([s, e]) => i < e && s < i + name.length)) found.push([i, i + name.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The extraction of a seed article, with spans located in `text` (the text the importer passes). */
export function seedExtraction(article: SeedArticle, text: string): Extraction {
  const actors: ExtractedActor[] = article.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    mentions: mentionsOf(text, [a.name, ...a.aliases]),
    ...(a.speaksFor ? { speaksFor: a.speaksFor } : {}),
    ...(a.describes ? { describes: a.describes } : {}),
  }));
  const known = new Set(actors.map((a) => a.id));
  const statements: ExtractedStatement[] = article.statements.map((s, i) => {
    const span = spanOf(text, s.span, `statement ${i + 1}`);
    const [cs, ce] = spanOf(s.span, s.content, `content of statement ${i + 1}`);
    if (cs < 0 || ce > s.span.length) throw new Error(`seed-graph: content outside its span in statement ${i + 1}`);
    for (const id of [s.speaker, ...s.about, ...(s.addressees ?? []), ...(s.via ?? [])]) {
      if (!known.has(id)) throw new Error(`seed-graph: statement ${i + 1} names actor ${id}, not in the article's actors`);
    }
    return {
      id: `s${i + 1}`,
      speaker: s.speaker,
      speakerText: s.speakerText,
      cue: s.cue,
      cueType: s.cueType,
      content: s.content,
      direct: s.direct,
      about: s.about,
      addressees: s.addressees ?? [],
      via: s.via ?? [],
      date: s.date ?? null,
      span,
      parent: s.parent ? `s${article.statements.findIndex((p) => p.span === s.parent) + 1}` : null,
    };
  });
  for (const s of statements) {
    if (s.parent === 's0') throw new Error(`seed-graph: statement ${s.id} has a parent that is not one of the statements`);
  }
  return { language: article.language, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, actors, statements };
}

/** The article ids the seed articles get (from their URLs, as the importer computes them). */
export function seedArticleIds(): string[] {
  return SEED_ARTICLES.map((a) => articleId({ url: a.url, text: a.text }));
}

/** Imports the seed articles through the importer, with their hand-written extractions. */
export async function seedGraph(graph: GraphSession): Promise<ImportSummary> {
  const rejects: string[] = [];
  const summary = await importArticles(
    graph,
    SEED_ARTICLES.map(({ url, title, text, publishedAt, outlet, language }) => ({ url, title, text, publishedAt, outlet, language })),
    {
      // Offsets must point into the text the importer stores, so the extraction is built from it.
      extract: (text) => {
        const article = SEED_ARTICLES.find((a) => text.includes(a.text));
        if (!article) throw new Error('seed-graph: the importer passed a text that is not a seed article');
        return seedExtraction(article, text);
      },
      extractorVersion: 'seed-graph-1',
      onReject: (r) => rejects.push(`${r.source.file}: ${r.reason}`),
    },
  );
  if (rejects.length > 0) throw new Error(`seed-graph: import rejected ${rejects.join('; ')}`);
  return summary;
}

/** Deletes the seed articles and their statements (actors are shared and stay). */
export async function removeSeedGraph(graph: GraphSession): Promise<void> {
  for (const id of seedArticleIds()) await deleteArticle(graph, id);
}

/** The seed article once more, under its own URL, extracted by the real extractor (src/extract). */
export const EXTRACTED_SEED = {
  url: 'https://claimgraph.test/queries/extracted/ar-kremlin-trump-putin-syria',
  text: seedText,
  publishedAt: '2017-01-29',
};

/** Imports EXTRACTED_SEED through the importer with the default extractor; returns its article id. */
export async function importExtractedSeed(graph: GraphSession): Promise<string> {
  const rejects: string[] = [];
  await importArticles(graph, [EXTRACTED_SEED], { onReject: (r) => rejects.push(r.reason) });
  if (rejects.length > 0) throw new Error(`seed-graph: the extracted seed was rejected: ${rejects.join('; ')}`);
  return articleId({ url: EXTRACTED_SEED.url, text: EXTRACTED_SEED.text });
}
