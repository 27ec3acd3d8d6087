// Writing extracted articles to the graph, a batch at a time.
//
//   writeArticles(graph, writes: ArticleWrite[]): Promise<ArticleOutcome[]>
//     One query (cypher/write/articles.cypher) and one transaction per batch; the outcome of each
//     article is 'new', 'updated' (its previous statements replaced) or 'unchanged' (same
//     contentHash and extractorVersion: nothing written). Idempotent: running it twice changes
//     nothing the second time. Transient failures (deadlocks between concurrent imports sharing
//     actors, a leader switch) are retried by the driver's executeWrite.
//   storedVersions(graph, ids): Promise<Map<id, {contentHash, extractorVersion}>>
//     What is stored for these articles, so the importer skips extracting unchanged ones.
//   buildArticleBatch(writes): {query, params}
//     The query and its parameters, without running them (tests, tools).
//
// Build the writes with prepareArticleWrite (write-prepare.ts).
import neo4j from 'neo4j-driver';
import type { Graph } from './connection.ts';
import type { ActorWrite, ArticleWrite } from './write-prepare.ts';
import { writeQuery } from './write-cypher.ts';
import { writeClaims, type PreviousLink } from './write-claims.ts';

export type { ArticleInput, ArticleWrite, ActorWrite, StatementWrite } from './write-prepare.ts';
export { prepareArticleWrite } from './write-prepare.ts';

/** What the writer needs of a connection: a `Graph` from connect() (src/graph/connection.ts). */
export type GraphSession = Pick<Graph, 'read' | 'write'>;

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

export interface ArticleOutcome {
  id: string;
  outcome: WriteOutcome;
}

export interface StoredVersion {
  contentHash: string;
  extractorVersion: string;
}

/** Query text and parameters, exactly as sent. */
export interface CypherCall {
  query: string;
  params: Record<string, unknown>;
}

const int = (n: number) => neo4j.int(n);

/** Actors of the batch, merged by id (aliases and links united), sorted by id for lock ordering. */
function batchActors(writes: readonly ArticleWrite[]): ActorWrite[] {
  const merged = new Map<string, ActorWrite>();
  for (const write of writes) {
    for (const actor of write.actors) {
      const known = merged.get(actor.id);
      if (!known) {
        merged.set(actor.id, { ...actor, aliases: [...actor.aliases], speaksFor: [...actor.speaksFor], describes: [...actor.describes], keys: [...actor.keys] });
        continue;
      }
      for (const [list, extra] of [[known.aliases, actor.aliases], [known.speaksFor, actor.speaksFor], [known.describes, actor.describes], [known.keys, actor.keys]] as const) {
        for (const value of extra) if (!list.includes(value)) list.push(value);
      }
    }
  }
  return [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function buildArticleBatch(writes: readonly ArticleWrite[]): CypherCall {
  const ids = new Set<string>();
  for (const w of writes) {
    // Within one query the same article twice would race with itself: keep the last version.
    if (ids.has(w.id)) throw new Error(`article ${w.id} appears twice in one batch`);
    ids.add(w.id);
  }
  // Sorted by id: concurrent batches lock their articles in the same order (fewer deadlocks).
  const sorted = [...writes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articles = sorted.map((w) => ({
    id: w.id,
    url: w.url,
    title: w.title,
    language: w.language,
    publishedAt: w.publishedAt,
    text: w.text,
    contentHash: w.contentHash,
    extractorVersion: w.extractorVersion,
    source: w.source,
    outlet: w.outlet,
    actorIds: w.actorIds,
    // Integers go as Neo4j integers: a plain JS number would be stored as a float.
    mentions: w.mentions.map((m) => ({ actor: m.actor, count: int(m.count) })),
    statements: w.statements.map((s) => ({
      id: s.id,
      props: { ...s.props, start: int(s.props.start), end: int(s.props.end) },
      date: s.date,
      speaker: s.speaker,
      about: s.about,
      addressees: s.addressees,
      via: s.via,
      parent: s.parent,
    })),
  }));
  return { query: writeQuery('articles'), params: { articles, actors: batchActors(writes) } };
}

export interface WriteOptions {
  /**
   * Cluster the new statements into claims and link denials to what they answer, in the same
   * transaction (default true). Off: only for measuring what claims cost (bench:import
   * --no-claims); a graph written without them has no claims for those articles.
   */
  claims?: boolean;
}

export async function writeArticles(graph: GraphSession, writes: readonly ArticleWrite[], options: WriteOptions = {}): Promise<ArticleOutcome[]> {
  if (writes.length === 0) return [];
  const { query, params } = buildArticleBatch(writes);
  const records = await graph.write(async (tx) => {
    const rows = (await tx.run(query, params)).records;
    if (options.claims !== false) {
      const changed = new Set(rows.filter((r) => r.get('outcome') !== 'unchanged').map((r) => r.get('id') as string));
      const previousLinks = (rows[0]?.get('previousClaims') as PreviousLink[] | undefined) ?? [];
      if (changed.size > 0) await writeClaims(tx, writes.filter((w) => changed.has(w.id)), previousLinks);
    }
    return rows;
  });
  const outcomes = new Map(records.map((r) => [r.get('id') as string, r.get('outcome') as WriteOutcome]));
  return writes.map((w) => ({ id: w.id, outcome: outcomes.get(w.id) ?? 'unchanged' }));
}

export async function storedVersions(graph: GraphSession, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
  if (ids.length === 0) return new Map();
  const records = await graph.read(async (tx) => (await tx.run(writeQuery('stored-versions'), { ids })).records);
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      { contentHash: r.get('contentHash') as string, extractorVersion: r.get('extractorVersion') as string },
    ]),
  );
}
