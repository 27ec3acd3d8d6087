// A large generated graph for the API benchmark at scale (`npm run bench:api -- --statements N`):
// N statements written straight through the raw UNWIND writer (cypher/write/bench-raw-articles.cypher),
// with no extraction, because extracting a million statements' worth of text would take longer than
// the questions asked of it. The graph has the shape of news, not of a uniform toy:
//   * 5,000 actors; who speaks and who is spoken about are Zipf-distributed (weight 1/rank), on two
//     different rankings, so a few actors have tens of thousands of statements and the median
//     actor a few dozen (the real 64k-statement graph's most discussed actor had 6% of them);
//   * 4% of statements carry a date of their own, the rest take their article's (as in real data);
//   * some statements have addressees and a relaying medium (via), some articles no date;
//   * English and Arabic statement text (for the full-text question).
// Deterministic: the same seed and count give the same graph, and a run that was interrupted
// resumes (articles already stored are skipped), so `--keep` lets later runs reuse it.
//
//   NEO4J_TEST_URI=... node --import tsx bench/generate-graph.ts --statements 1000000
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { slugify } from '../src/extract/actors.ts';
import type { Graph } from '../src/graph/connection.ts';
import { articleId, contentHash, nameKeys, statementId } from '../src/graph/identity.ts';
import { buildArticleBatch } from '../src/graph/write-articles.ts';
import { writeQuery } from '../src/graph/write-cypher.ts';
import type { ActorWrite, ArticleWrite, StatementWrite } from '../src/graph/write-prepare.ts';
import { statementCaption } from '../src/graph/statement-caption.ts';

export interface GeneratedGraphOptions {
  statements: number;
  seed?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  concurrency?: number;
  log?: (line: string) => void;
}

const GIVEN = ['Amira', 'Boris', 'Carmen', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hassan', 'Irina', 'Jamal', 'Katya', 'Laith', 'Marta', 'Nabil', 'Olga', 'Pavel', 'Qasim', 'Rania', 'Sami', 'Tamara', 'Umar', 'Vera', 'Walid', 'Xenia', 'Yusuf', 'Zeina', 'Anton', 'Basma', 'Cyril', 'Dalia', 'Emil', 'Fatima', 'Gleb', 'Hiba', 'Igor', 'Jana', 'Karim', 'Lina', 'Maxim', 'Nour', 'Oleg', 'Petra', 'Rami', 'Salma', 'Timur', 'Ulla', 'Viktor', 'Wafa', 'Yara', 'Zoran', 'Adel', 'Bianca', 'Chadi', 'Dora', 'Elias', 'Fadi', 'Gaia', 'Hadi', 'Ines', 'Jonas'];
const FAMILY = ['Abbas', 'Belov', 'Castro', 'Darwish', 'Egorov', 'Fawzi', 'Gromov', 'Haddad', 'Ivanova', 'Jaber', 'Kuznetsov', 'Lahoud', 'Markov', 'Nasser', 'Orlov', 'Petrov', 'Qureshi', 'Rahman', 'Sokolov', 'Tarek', 'Usmanov', 'Volkov', 'Wahbi', 'Yakovlev', 'Zaki', 'Aziz', 'Bakr', 'Chehab', 'Dabbagh', 'Esposito', 'Fares', 'Ghanem', 'Hamdan', 'Issa', 'Jarrah', 'Khalil', 'Lebedev', 'Mansour', 'Novak', 'Osman', 'Popov', 'Rizk', 'Saleh', 'Tannous', 'Vasquez', 'Yassin', 'Zein', 'Awad', 'Barakat', 'Costa', 'Daher', 'Elkin', 'Frolov', 'Gaber', 'Hakim', 'Ibrahim', 'Karam', 'Lutfi', 'Moreau', 'Nader', 'Obeid', 'Pavlov', 'Rashid', 'Sabbagh', 'Toma', 'Wehbe', 'Yunus', 'Zorin', 'Antar', 'Bishara', 'Dagher', 'Farah', 'Haidar', 'Kanaan', 'Moussa', 'Nakhle', 'Qassem', 'Sarkis', 'Tabet', 'Younes'];
const ORG_KIND = ['Ministry', 'Council', 'Agency', 'Front', 'Union', 'Committee', 'Authority', 'Movement'];
const ORG_OF = ['Northern Provinces', 'Coastal Affairs', 'Water Resources', 'National Unity', 'Free Press', 'Border Security', 'Public Health', 'Reconstruction', 'Energy', 'Trade', 'Veterans', 'Farmers', 'Refugees', 'Justice', 'Culture', 'Youth', 'Transport', 'Labour', 'Finance', 'Defence', 'Interior', 'Education', 'Tourism', 'Housing', 'Statistics'];

const TOPICS_EN = ['the ceasefire', 'the sanctions', 'the peace talks', 'the refugee crisis', 'the oil deal', 'the prisoner exchange', 'the border crossing', 'the aid convoys', 'the nuclear agreement', 'the election results', 'the water dispute', 'the budget'];
const TOPICS_AR = ['وقف إطلاق النار', 'العقوبات', 'محادثات السلام', 'أزمة اللاجئين', 'اتفاق النفط', 'تبادل الأسرى', 'المعبر الحدودي', 'قوافل المساعدات'];
const CUES: Array<[string, string]> = [['said', 'SAY'], ['said', 'SAY'], ['said', 'SAY'], ['told', 'SAY'], ['denied', 'DENY'], ['warned', 'WARN'], ['accused', 'ACCUSE'], ['called for', 'CALL'], ['stressed', 'STRESS'], ['announced', 'ANNOUNCE']];
const CUES_AR: Array<[string, string]> = [['قال', 'SAY'], ['قال', 'SAY'], ['أكد', 'CONFIRM'], ['نفى', 'DENY'], ['حذر', 'WARN'], ['اتهم', 'ACCUSE'], ['دعا', 'CALL']];
const OUTLETS = ['Scale Wire', 'Scale Daily', 'The Scale Post', 'Scale News Network', 'Scale Herald'];

export const ACTOR_COUNT = 5_000;
const MEDIA_COUNT = 10;

/** mulberry32, as in generate-corpus.ts: fully determined by the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenActor {
  id: string;
  name: string;
  kind: ActorWrite['kind'];
  label: ActorWrite['label'];
}

function actorPool(): GenActor[] {
  const actors: GenActor[] = [];
  for (const kind of ORG_KIND) for (const of of ORG_OF) actors.push({ name: `${kind} of ${of}`, kind: 'ORGANIZATION', label: 'Organization', id: '' });
  outer: for (const family of FAMILY) {
    for (const given of GIVEN) {
      if (actors.length >= ACTOR_COUNT) break outer;
      actors.push({ name: `${given} ${family}`, kind: 'PERSON', label: 'Person', id: '' });
    }
  }
  for (const a of actors) a.id = slugify(a.name);
  return actors;
}

/** Zipf (weight 1/rank) over n ranks, by inverse transform on the cumulative weights. */
function zipfSampler(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1);
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function generatedHost(options: { statements: number; seed?: number }): string {
  return `scale-${options.seed ?? 7}-${options.statements}.claimgraph.example`;
}

/** The articles of the generated graph, in batches; about 7 statements an article. */
export function* generatedArticleBatches(options: GeneratedGraphOptions): Generator<ArticleWrite[]> {
  const seed = options.seed ?? 7;
  const random = prng(seed);
  const actors = actorPool();
  const speakers = shuffled(actors, random);
  const subjects = shuffled(actors, random);
  const media = actors.filter((a) => a.kind === 'ORGANIZATION').slice(0, MEDIA_COUNT);
  const speakerRank = zipfSampler(speakers.length, random);
  const subjectRank = zipfSampler(subjects.length, random);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const host = generatedHost(options);
  const start = Date.UTC(2016, 0, 1);
  const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
  const batchSize = options.batchSize ?? 200;

  let written = 0;
  let index = 0;
  let batch: ArticleWrite[] = [];
  while (written < options.statements) {
    const language = random() < 0.8 ? 'en' : 'ar';
    const url = `https://${host}/${language}/${index++}`;
    const count = Math.min(options.statements - written, 4 + Math.floor(random() * 7));
    const publishedAt = random() < 0.01 ? null : day(Math.floor(random() * 3000));
    const used = new Map<string, GenActor>();
    const sentences: string[] = [];
    const drafts: Array<Omit<StatementWrite, 'id' | 'props'> & { content: string; cue: string; cueType: string; span: [number, number] }> = [];
    let offset = 0;
    for (let k = 0; k < count; k++) {
      const speaker = speakers[speakerRank()]!;
      const about = random() < 0.9 ? [subjects[subjectRank()]!] : [];
      if (random() < 0.2) about.push(subjects[subjectRank()]!);
      const aboutIds = [...new Set(about.filter((a) => a.id !== speaker.id).map((a) => a.id))];
      const addressees = random() < 0.1 ? [subjects[subjectRank()]!].filter((a) => a.id !== speaker.id) : [];
      const via = random() < 0.15 ? [pick(media)].filter((a) => a.id !== speaker.id) : [];
      for (const a of [speaker, ...about, ...addressees, ...via]) used.set(a.id, a);
      const [cue, cueType] = language === 'en' ? pick(CUES) : pick(CUES_AR);
      const topic = language === 'en' ? pick(TOPICS_EN) : pick(TOPICS_AR);
      const target = about[0]?.name ?? 'the government';
      const content = language === 'en' ? `${target} was ready to move on ${topic}` : `${target} مستعدة للمضي في ${topic}`;
      const sentence = language === 'en' ? `${speaker.name} ${cue} that ${content}.` : `و${cue} ${speaker.name} إن ${content}.`;
      drafts.push({
        content, cue, cueType, span: [offset, offset + sentence.length],
        date: random() < 0.04 && publishedAt ? publishedAt : null,
        speaker: speaker.id, about: aboutIds, addressees: addressees.map((a) => a.id), via: via.map((a) => a.id), parent: null,
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    written += count;
    const text = sentences.join(' ');
    const title = `${language === 'en' ? 'Report' : 'تقرير'} ${index}`;
    const id = articleId({ url, text });
    const outlet = pick(OUTLETS);
    batch.push({
      id, url, title, language, publishedAt, text,
      contentHash: contentHash({ title, text }),
      extractorVersion: 'bench-generated',
      source: 'bench:generate-graph',
      outlet: { id: outlet.toLowerCase(), name: outlet },
      actorIds: [...used.keys()].sort(),
      mentions: [...used.keys()].sort().map((actor) => ({ actor, count: 1 })),
      statements: drafts.map(({ content, cue, cueType, span, ...rest }) => ({
        ...rest,
        id: statementId(id, span),
        props: { content, cue, cueType, direct: false, start: span[0], end: span[1], language, speakerText: null, caption: statementCaption({ cueType, content }) },
      })),
      actors: [...used.values()].map((a) => ({ id: a.id, name: a.name, kind: a.kind, label: a.label, aliases: [], speaksFor: [], describes: [], keys: nameKeys([a.name]), builtIn: false })),
    });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Writes the generated graph (skipping articles already stored); returns the statements stored. */
export async function writeGeneratedGraph(graph: Graph, options: GeneratedGraphOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const query = writeQuery('bench-raw-articles');
  const concurrency = options.concurrency ?? 2;
  const batches = generatedArticleBatches(options);
  let done = 0;
  let skipped = 0;
  const started = performance.now();
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) {
      const stored = new Set(
        (await graph.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS ids', { ids: next.value.map((w) => w.id) }))[0]!.ids as string[],
      );
      const fresh = next.value.filter((w) => !stored.has(w.id));
      skipped += next.value.length - fresh.length;
      if (fresh.length > 0) {
        const { params } = buildArticleBatch(fresh);
        await graph.write((tx) => tx.run(query, params));
      }
      done += next.value.reduce((n, w) => n + w.statements.length, 0);
      if (done % 50_000 < 2_000) log(`generated graph: ${done} statements (${skipped} articles already stored), ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done;
}

async function main(): Promise<void> {
  const program = new Command('generate-graph')
    .option('--statements <n>', 'statements', (v) => Number.parseInt(v, 10), 1_000_000)
    .option('--seed <n>', 'seed', (v) => Number.parseInt(v, 10), 7)
    .parse();
  const opts = program.opts<{ statements: number; seed: number }>();
  const { openBenchNeo4j } = await import('./neo4j.ts');
  const { applySchema } = await import('../src/graph/schema.ts');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const neo4j = await openBenchNeo4j('claimgraph-bench-graph-', log);
  try {
    await applySchema(neo4j.graph);
    const n = await writeGeneratedGraph(neo4j.graph, { ...opts, log });
    log(`done: ${n} statements in ${neo4j.where}`);
  } finally {
    await neo4j.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
