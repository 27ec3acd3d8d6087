// API benchmark: p50/p95 of five canonical questions asked through GraphQL over HTTP (the real
// server: express, Apollo, limits, DataLoaders, name resolution), and their ratio to the same
// answers computed by hand-written Cypher through the driver (cypher/read/bench/*.cypher) in the
// SAME run, against the same graph; plus, for perspective, the same Cypher behind a plain express
// route (any HTTP API's cost) and behind node:http alone (the floor of an HTTP hop). The answers are
// compared before timing: a fast wrong answer does not count. The HTTP client runs in a child
// process (bench/api-client.ts) unless --client-in-process; `npm run bench:api:compiled` runs all
// of it as tsc's JavaScript under plain node, as `npm start` runs the server.
//
//   npm run bench:api                          # 10,000 generated articles, throwaway Neo4j
//   npm run bench:api -- --count 2000 --iterations 100
//   NEO4J_TEST_URI=... npm run bench:api -- --keep   # leave the articles for the next run (re-import skips them)
//   NEO4J_TEST_URI=... npm run bench:api -- --statements 1000000 --keep
//       # a generated graph of that many statements instead (bench/generate-graph.ts: raw writer,
//       # skewed actors); written once, reused by later runs with --keep
//
// The actor questions are asked for two actors each, picked from the graph: the one with the most
// statements in that role (speaker, or spoken about) and the median one (among actors with any).
// Neo4j: NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) when set, with the bench's
// articles deleted afterwards; otherwise a throwaway local instance in a temp folder on free ports,
// stopped and removed at the end. Never the user's NEO4J_URI.
import { readFile } from 'node:fs/promises';
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { Command } from 'commander';
import express from 'express';
import { startApiServer } from '../src/api/server.ts';
import { neo4jTypes, type Graph } from '../src/graph/connection.ts';
import { deleteArticles } from '../src/graph/delete-article.ts';
import { articleId } from '../src/graph/identity.ts';
import { applySchema } from '../src/graph/schema.ts';
import { importArticles } from '../src/import/import-articles.ts';
import { jsonPoster } from './api-post.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { generateCorpus } from './generate-corpus.ts';
import { generatedHost, writeGeneratedGraph } from './generate-graph.ts';

const program = new Command('bench-api')
  .option('--count <n>', 'articles', (v) => Number.parseInt(v, 10), 10_000)
  .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 42)
  .option('--iterations <n>', 'timed runs per question and side', (v) => Number.parseInt(v, 10), 200)
  .option('--warmup <n>', 'untimed runs per question and side', (v) => Number.parseInt(v, 10), 30)
  .option('--client <name>', "HTTP client of the GraphQL side: 'http' (node:http, keep-alive) or 'fetch' (undici)", 'http')
  .option('--client-in-process', 'run the HTTP client in the bench process, beside the server (the figures before 2026-12-03); default: a child process (bench/api-client.ts)')
  .option('--keep', 'with NEO4J_TEST_URI: keep the bench articles afterwards (the next run skips re-importing them)')
  .option('--statements <n>', 'a generated graph of n statements (bench/generate-graph.ts) instead of imported articles', (v) => Number.parseInt(v, 10))
  .option('--only <regex>', 'time only the questions whose name matches (quick A/B runs), e.g. "whoSaid|speaker"')
  .parse();
const options = program.opts<{ count: number; seed: number; iterations: number; warmup: number; client: string; clientInProcess?: boolean; keep?: boolean; statements?: number; only?: string }>();
if (!['http', 'fetch'].includes(options.client)) program.error(`--client must be http or fetch (got ${options.client})`);
const log = (line: string) => console.error(line);


const cypherFile = (name: string) => readFile(resolve(import.meta.dirname, '../cypher/read/bench', `${name}.cypher`), 'utf8');

interface Question {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The GraphQL answer, reduced to what the Cypher baseline returns. */
  fromGraphql(data: any): unknown;
  /**
   * Hand-written Cypher for the same answer; with two, the faster one (timed in the warm-up) is the
   * baseline: a top-k sort of the actor's statements, or a walk of the date index in order (what a
   * person writing Cypher would use for an actor with tens of thousands of statements).
   */
  cypher: { files: string[]; params: Record<string, unknown> };
  fromCypher(rows: Record<string, any>[]): unknown;
}

/** Sends one request and says how long it took (wall time, client side), with the parsed body when `answer`. */
type Poster = (url: string, body: string, answer: boolean) => Promise<{ ms: number; answer?: unknown }>;

/** The client in this process, beside the server (`--client-in-process`; how the bench ran before). */
function inProcessPoster(client: string): Poster {
  const post = jsonPoster(client);
  return async (url, body) => {
    const t0 = performance.now();
    const answer = await post(url, body);
    return { ms: performance.now() - t0, answer };
  };
}

/**
 * The client in a child process (bench/api-client.ts), as a real client is: its CPU work no longer
 * runs on the server's event loop. It times each request itself, so the IPC hop is not counted.
 */
function childPoster(client: string): { post: Poster; child: ChildProcess } {
  // Same loader as this process (tsx for the .ts sources, none for compiled JavaScript).
  const child = fork(resolve(import.meta.dirname, `api-client${extname(import.meta.filename)}`), [], { execArgv: process.execArgv, serialization: 'advanced' });
  const pending = new Map<number, { resolve: (r: { ms: number; answer?: unknown }) => void; reject: (e: Error) => void }>();
  let next = 0;
  child.on('message', (m: { id: number; ms?: number; answer?: unknown; error?: string }) => {
    const waiting = pending.get(m.id);
    if (!waiting) return;
    pending.delete(m.id);
    if (m.error !== undefined) waiting.reject(new Error(m.error));
    else waiting.resolve({ ms: m.ms!, answer: m.answer });
  });
  child.on('exit', (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the bench's client process exited (${code})`));
    pending.clear();
  });
  const post: Poster = (url, body, answer) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      child.send({ id, url, body, client, answer });
    });
  return { post, child };
}

interface RankedActor {
  id: string;
  name: string;
  n: number;
}

/** Actors by how many statements they have in a role: the first one and the median one (among those with any). */
async function rankedActors(graph: Graph, types: string): Promise<{ most: RankedActor; median: RankedActor }> {
  const found = (await graph.run(
    `MATCH (x:Actor) WITH x, COUNT { (x)<-[:${types}]-(:Statement) } AS n WHERE n > 0
     RETURN x.id AS id, x.name AS name, n ORDER BY n DESC, x.id`,
  )) as unknown as RankedActor[];
  if (found.length === 0) throw new Error(`no actor has statements by ${types}`);
  return { most: found[0]!, median: found[Math.floor(found.length / 2)]! };
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j('claimgraph-bench-api-', log);
  const { graph } = neo4j;
  // The same URLs on every run with the same seed and count, so --keep lets the next run skip the import.
  const host = `bench-api-${options.seed}-${options.count}.claimgraph.example`;
  const ids: string[] = [];
  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  let plainServer: http.Server | undefined;
  let bareServer: http.Server | undefined;
  let clientProcess: ChildProcess | undefined;
  try {
    await applySchema(graph);
    let sampleUrl: string;
    let statements: number;
    let size: string;
    if (options.statements) {
      const host = generatedHost({ statements: options.statements });
      log(`writing (or finding) a generated graph of ${options.statements} statements in ${neo4j.where}...`);
      const started = performance.now();
      await writeGeneratedGraph(graph, { statements: options.statements, log });
      log(`generated graph ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const generated = await graph.run('MATCH (a:Article) WHERE a.url STARTS WITH $prefix RETURN collect(a.id) AS ids', { prefix: `https://${host}/` });
      // Not push(...ids): a million-statement graph has more articles than a call's argument limit.
      for (const id of generated[0]!.ids as string[]) ids.push(id);
      sampleUrl = `https://${host}/en/0`;
      size = `a generated graph (bench/generate-graph.ts, ${ids.length} articles)`;
    } else {
      log(`importing ${options.count} generated articles (seed ${options.seed}) into ${neo4j.where}...`);
      // The corpus lives only inside this function: the timed part runs without 10,000 article texts
      // on the heap, which a real API process would not hold either (they made every GC dearer).
      sampleUrl = await (async () => {
        const records = [...generateCorpus({ count: options.count, seed: options.seed, host })];
        for (const r of records) ids.push(articleId({ url: r.url, text: r.text }));
        const started = performance.now();
        const summary = await importArticles(graph, records, { batchSize: 100, concurrency: 2 });
        log(`imported in ${((performance.now() - started) / 1000).toFixed(0)} s: ${summary.new} new, ${summary.statements} statements, ${summary.failed} failed`);
        return records.find((r) => r.language === 'en')!.url;
      })();
      size = `${options.count} articles`;
    }
    // Let the full-text indexes catch up with the import before searching them.
    await graph.run('CALL db.awaitIndexes(300)');
    // Counted in the graph: with --keep, the import above finds every article unchanged.
    statements = ((await graph.run(
      'UNWIND $ids AS id MATCH (:Article {id: id})<-[:REPORTED_IN]-(s:Statement) RETURN count(s) AS statements',
      { ids },
    ))[0]?.statements as number) ?? 0;
    const speakers = await rankedActors(graph, 'SAID_BY');
    const discussed = await rankedActors(graph, 'ABOUT|ADDRESSED_TO');
    log(`speakers: most ${speakers.most.name} (${speakers.most.n}), median ${speakers.median.name} (${speakers.median.n}); spoken about: most ${discussed.most.name} (${discussed.most.n}), median ${discussed.median.name} (${discussed.median.n})`);

    api = await startApiServer({ graph, port: 0, mutations: false, logError: (e) => log(`api error: ${String(e)}`) });
    const url = api.url;

    const whoSaidWhatAbout = (actor: RankedActor, rank: string): Question => ({
      name: `whoSaidWhatAbout(about: ${rank} spoken-about actor, ${actor.n} statements, first: 20)`,
      graphql: {
        query: `query ($about: String!) { whoSaidWhatAbout(about: $about, first: 20) { totalCount nodes { content cueType date speaker { name } article { title } } } }`,
        variables: { about: actor.name },
      },
      fromGraphql: (d) => ({ total: d.whoSaidWhatAbout.totalCount, rows: d.whoSaidWhatAbout.nodes.map((n: any) => [n.content, n.speaker?.name ?? null, n.article?.title ?? null]) }),
      cypher: { files: ['who-said-what-about', 'who-said-what-about-scan'], params: { actorId: actor.id, first: neo4jTypes.int(20) } },
      fromCypher: (rows) => ({ total: rows[0]?.total ?? 0, rows: rows.map((r) => [r.content, r.speaker, r.title]) }),
    });
    const bySpeaker = (actor: RankedActor, rank: string): Question => ({
      name: `statements(filter: {speaker: ${rank} speaker, ${actor.n} statements}, first: 20)`,
      graphql: {
        query: `query ($speaker: String) { statements(filter: {speaker: $speaker}, first: 20) { totalCount nodes { content cueType about { name } via { name } } } }`,
        variables: { speaker: actor.name },
      },
      fromGraphql: (d) => ({ total: d.statements.totalCount, rows: d.statements.nodes.map((n: any) => [n.content, n.about.map((a: any) => a.name).sort(), n.via.map((a: any) => a.name).sort()]) }),
      cypher: { files: ['statements-by-speaker', 'statements-by-speaker-scan'], params: { actorId: actor.id, first: neo4jTypes.int(20) } },
      fromCypher: (rows) => ({ total: rows[0]?.total ?? 0, rows: rows.map((r) => [r.content, [...r.about].sort(), [...r.via].sort()]) }),
    });
    const network = (actor: RankedActor, rank: string): Question => ({
      name: `actor(${rank} spoken-about actor) { saidAbout spokenAboutBy }`,
      graphql: {
        query: `query ($name: String) { actor(name: $name) { saidAbout(first: 10) { actor { name } count } spokenAboutBy(first: 10) { actor { name } count } } }`,
        variables: { name: actor.name },
      },
      fromGraphql: (d) => ({
        saidAbout: d.actor.saidAbout.map((r: any) => [r.actor.name, r.count]),
        spokenAboutBy: d.actor.spokenAboutBy.map((r: any) => [r.actor.name, r.count]),
      }),
      cypher: { files: ['network'], params: { actorId: actor.id, first: neo4jTypes.int(10) } },
      fromCypher: (rows) => ({
        saidAbout: rows[0]!.saidAbout.map((r: any) => [r.name, r.count]),
        spokenAboutBy: rows[0]!.spokenAboutBy.map((r: any) => [r.name, r.count]),
      }),
    });
    const allQuestions: Question[] = [
      whoSaidWhatAbout(discussed.most, 'the most'),
      whoSaidWhatAbout(discussed.median, 'the median'),
      bySpeaker(speakers.most, 'the most'),
      bySpeaker(speakers.median, 'the median'),
      network(discussed.most, 'the most'),
      network(discussed.median, 'the median'),
      {
        name: 'search(text: "ceasefire", first: 20) { statements }',
        graphql: {
          query: `query ($text: String!) { search(text: $text, language: en, first: 20) { statements { score statement { content speaker { name } } } } }`,
          variables: { text: 'ceasefire' },
        },
        fromGraphql: (d) => d.search.statements.map((h: any) => [h.statement.content, h.statement.speaker?.name ?? null]),
        cypher: { files: ['search'], params: { index: 'statement_content_ar', query: '"ceasefire"', first: neo4jTypes.int(20) } },
        fromCypher: (rows) => rows.map((r) => [r.content, r.speaker]),
      },
      {
        name: 'article(url) { statements(first: 50) }',
        graphql: {
          query: `query ($url: String) { article(url: $url) { title outlet { name } statements(first: 50) { nodes { content speaker { name } about { name } } } } }`,
          variables: { url: sampleUrl },
        },
        fromGraphql: (d) => ({ title: d.article.title, outlet: d.article.outlet?.name, rows: d.article.statements.nodes.map((n: any) => [n.content, n.speaker?.name ?? null, n.about.map((a: any) => a.name).sort()]) }),
        cypher: { files: ['article'], params: { articleId: articleId({ url: sampleUrl, text: '' }), first: neo4jTypes.int(50) } },
        fromCypher: (rows) => ({ title: rows[0]!.title, outlet: rows[0]!.outlet, rows: rows[0]!.statements.map((s: any) => [s.content, s.speaker, [...s.about].sort()]) }),
      },
      {
        // Not a question: what a request that does nothing costs on each side (HTTP, express, Apollo
        // against one driver round trip), the floor under the ratios of the small questions.
        name: '(reference) { __typename } vs RETURN 1',
        graphql: { query: '{ __typename }', variables: {} },
        fromGraphql: (d) => (d.__typename === 'Query' ? 1 : 0),
        cypher: { files: ['fixed-cost'], params: {} },
        fromCypher: (rows) => rows[0]?.one,
      },
    ];
    const only = options.only ? new RegExp(options.only) : null;
    const questions = only ? allQuestions.filter((q) => only.test(q.name)) : allQuestions;

    // The search baseline must use the index the API picks for English text (see fulltext.ts).
    const indexes = (await graph.run(`SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names`))[0]!.names as string[];
    const searchQuestion = questions.find((q) => q.name.startsWith('search'));
    if (searchQuestion) searchQuestion.cypher.params.index = indexes.includes('statement_content_en') ? 'statement_content_en' : 'statement_content_ar';

    let post: Poster;
    if (options.clientInProcess) post = inProcessPoster(options.client);
    else ({ post, child: clientProcess } = childPoster(options.client));
    const ask = async (q: Question) => {
      const body = (await post(url, JSON.stringify(q.graphql), true)).answer as { data?: unknown; errors?: unknown };
      if (body.errors) throw new Error(`${q.name}: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const graphqlBodies = questions.map((q) => JSON.stringify(q.graphql));
    const run = async (q: Question, cypher: string) => graph.run(cypher, q.cypher.params);

    // A third side for perspective: the same hand-written Cypher behind a plain express route (JSON
    // in, rows out, no GraphQL). What any HTTP API costs over the driver on this machine, so the
    // GraphQL layer's own share can be read off.
    const variants = await Promise.all(questions.map((q) => Promise.all(q.cypher.files.map(cypherFile))));
    // The baseline of each question: its hand-written query, or the faster of its two (picked below).
    const cyphers = variants.map((v) => v[0]!);
    const plain = express();
    plain.post('/q/:index', express.json(), async (req, res) => {
      const i = Number(req.params.index);
      res.json(await run(questions[i]!, cyphers[i]!));
    });
    plainServer = http.createServer(plain);
    await new Promise<void>((ready) => plainServer!.listen(0, '127.0.0.1', ready));
    const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/q/`;
    // And behind node:http alone (no express, no body parser): the floor of an HTTP hop around the
    // baseline's Cypher on this machine, which no server built on node:http goes below.
    bareServer = http.createServer((req, res) => {
      req.resume();
      req.on('end', async () => {
        const i = Number(req.url!.slice('/q/'.length));
        const out = JSON.stringify(await run(questions[i]!, cyphers[i]!));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
        res.end(out);
      });
    });
    await new Promise<void>((ready) => bareServer!.listen(0, '127.0.0.1', ready));
    const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/q/`;

    // Wall time per request, and this process's CPU time per request (server and driver; the client
    // too with --client-in-process), which shows the Node-side cost apart from waiting for Neo4j.
    const SIDES = ['gql', 'http', 'bare', 'cy'] as const;
    type Side = (typeof SIDES)[number];
    const results: { name: string; times: Record<Side, number[]>; cpu: Record<Side, number> }[] = [];
    const baselines: string[] = [];
    for (const [index, q] of questions.entries()) {
      if (variants[index]!.length > 1) {
        const timed: { file: string; cypher: string; ms: number }[] = [];
        for (const [k, candidate] of variants[index]!.entries()) {
          const answer = JSON.stringify(q.fromCypher(await run(q, candidate)));
          const reference = JSON.stringify(q.fromCypher(await run(q, variants[index]![0]!)));
          if (answer !== reference) throw new Error(`${q.name}: ${q.cypher.files[k]} answers differently from ${q.cypher.files[0]}`);
          const samples: number[] = [];
          for (let i = 0; i < Math.max(5, options.warmup); i++) {
            const t0 = performance.now();
            await run(q, candidate);
            samples.push(performance.now() - t0);
          }
          timed.push({ file: q.cypher.files[k]!, cypher: candidate, ms: percentile(samples.sort((a, b) => a - b), 50) });
        }
        const best = timed.sort((a, b) => a.ms - b.ms)[0]!;
        cyphers[index] = best.cypher;
        baselines[index] = best.file;
      } else {
        baselines[index] = q.cypher.files[0]!;
      }
      const cypher = cyphers[index]!;
      // Each call answers its wall time: the HTTP sides as their client measured it.
      const call: Record<Side, () => Promise<number>> = {
        gql: async () => (await post(url, graphqlBodies[index]!, false)).ms,
        http: async () => (await post(`${plainUrl}${index}`, '{}', false)).ms,
        bare: async () => (await post(`${bareUrl}${index}`, '{}', false)).ms,
        cy: async () => {
          const t0 = performance.now();
          await run(q, cypher);
          return performance.now() - t0;
        },
      };
      const viaApi = JSON.stringify(q.fromGraphql(await ask(q)));
      const viaCypher = JSON.stringify(q.fromCypher(await run(q, cypher)));
      const viaHttp = JSON.stringify(q.fromCypher((await post(`${plainUrl}${index}`, '{}', true)).answer as Record<string, any>[]));
      const viaBare = JSON.stringify(q.fromCypher((await post(`${bareUrl}${index}`, '{}', true)).answer as Record<string, any>[]));
      if (viaApi !== viaCypher || viaHttp !== viaCypher || viaBare !== viaCypher) {
        throw new Error(`${q.name}: the answers differ\n  API:    ${viaApi.slice(0, 400)}\n  Cypher: ${viaCypher.slice(0, 400)}\n  HTTP:   ${viaHttp.slice(0, 400)}\n  node:http: ${viaBare.slice(0, 400)}`);
      }
      for (let i = 0; i < options.warmup; i++) for (const side of SIDES) await call[side]();
      const times: Record<Side, number[]> = { gql: [], http: [], bare: [], cy: [] };
      const cpu: Record<Side, number> = { gql: 0, http: 0, bare: 0, cy: 0 };
      // Interleaved, so every side sees the same machine load.
      for (let i = 0; i < options.iterations; i++) {
        for (const side of SIDES) {
          const cpu0 = process.cpuUsage();
          times[side].push(await call[side]());
          cpu[side] += cpuMs(process.cpuUsage(cpu0));
        }
      }
      for (const side of SIDES) {
        times[side].sort((a, b) => a - b);
        cpu[side] /= options.iterations;
      }
      results.push({ name: `${q.name} [${baselines[index]}]`, times, cpu });
      log(`${q.name}: done`);
    }

    console.log(`\nbench:api: ${size} (${statements} statements), ${options.iterations} timed runs per side after ${options.warmup} warm-up, GraphQL client ${options.client} ${options.clientInProcess ? 'in the bench process' : 'in a child process'}, ${neo4j.where}`);
    console.log(
      '| question | GraphQL p50 ms | GraphQL p95 ms | HTTP+Cypher p50 ms | node:http+Cypher p50 ms | Cypher p50 ms | Cypher p95 ms | ratio p50 GraphQL / Cypher | ratio p50 GraphQL / HTTP+Cypher | ratio p50 node:http+Cypher / Cypher | Node CPU ms/request GraphQL / HTTP+Cypher / Cypher |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { name, times, cpu } of results) {
      const [g50, g95, h50, b50, c50, c95] = [percentile(times.gql, 50), percentile(times.gql, 95), percentile(times.http, 50), percentile(times.bare, 50), percentile(times.cy, 50), percentile(times.cy, 95)];
      console.log(
        `| ${name} | ${g50.toFixed(2)} | ${g95.toFixed(2)} | ${h50.toFixed(2)} | ${b50.toFixed(2)} | ${c50.toFixed(2)} | ${c95.toFixed(2)} | ${(g50 / c50).toFixed(2)}x | ${(g50 / h50).toFixed(2)}x | ${(b50 / c50).toFixed(2)}x | ${cpu.gql.toFixed(2)} / ${cpu.http.toFixed(2)} / ${cpu.cy.toFixed(2)} |`,
      );
    }
  } finally {
    clientProcess?.kill();
    plainServer?.close();
    bareServer?.close();
    await api?.close();
    if (process.env.NEO4J_TEST_URI && ids.length > 0 && !options.keep) {
      log('deleting the bench articles...');
      await deleteArticles(graph, ids);
    }
    await neo4j.stop();
  }
}

main().catch((err) => {
  console.error(`bench:api: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
