// One set of DataLoaders per request: every entity fetched by id (or name) goes through one, so a
// page of 100 statements asking for speaker, about and article costs one query per kind, not per row.
import DataLoader from 'dataloader';
import { actorsByIds, actorsByNames } from '../graph/read/actors.ts';
import { articlesByIds, articleTexts, mentionsOfArticles } from '../graph/read/articles.ts';
import { relationDetails, relationKeyString, relationsOfActors, spokesOfActors, type RelationKey, type RelationPairKey } from '../graph/read/network.ts';
import type { GraphAccess } from '../graph/read/runner.ts';
import { childrenOfStatements, statementsByIds } from '../graph/read/statements.ts';
import type { ActorRelationRow, ActorRow, ArticleRow, RelationDetailsRow, StatementRow } from '../graph/read/types.ts';
import { notFound } from './errors.ts';
import { NameCache } from './name-cache.ts';

/**
 * A DataLoader batch function from a keyed look-up: exactly one result per key, in key order, and an
 * Error (NOT_FOUND) for each key the look-up did not return — the DataLoader contract. `mapKey`
 * says how a key appears in the look-up's map (the key itself by default; a string for object keys).
 */
export function byKey<K, V, M = K>(
  lookup: (keys: readonly K[]) => Promise<Map<M, V>>,
  describe: (key: K) => string,
  mapKey: (key: K) => M = (key) => key as unknown as M,
): (keys: readonly K[]) => Promise<(V | Error)[]> {
  return async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => (found.has(mapKey(key)) ? found.get(mapKey(key))! : notFound(describe(key))));
  };
}

/** For one-to-many look-ups: a missing key is an empty list, not an error. */
function listByKey<K, V>(lookup: (keys: readonly K[]) => Promise<Map<K, V[]>>): (keys: readonly K[]) => Promise<V[][]> {
  return async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => found.get(key) ?? []);
  };
}

/** An actor's edges in one direction, `limit` of them. */
export interface RelationsKey extends RelationKey {
  limit: number;
}

/** How many statements behind an edge are read (the most `ActorRelation.statements` may ask for). */
export const STATEMENTS_PER_RELATION = 100;

export function createLoaders(graph: GraphAccess, names: NameCache = new NameCache(0)) {
  return {
    actor: new DataLoader<string, ActorRow>(byKey((ids) => graph.read((tx) => actorsByIds(tx, ids)), (id) => `actor "${id}"`)),
    /** Names or ids in any language; NOT_FOUND when nothing matches. */
    actorByName: new DataLoader<string, ActorRow>(
      byKey((keys) => cachedNames(graph, names, keys), (name) => `actor "${name}"`),
    ),
    statement: new DataLoader<string, StatementRow>(
      byKey((ids) => graph.read((tx) => statementsByIds(tx, ids)), (id) => `statement "${id}"`),
    ),
    childStatements: new DataLoader<string, StatementRow[]>(listByKey((ids) => graph.read((tx) => childrenOfStatements(tx, ids)))),
    article: new DataLoader<string, ArticleRow>(byKey((ids) => graph.read((tx) => articlesByIds(tx, ids)), (id) => `article "${id}"`)),
    articleText: new DataLoader<string, string>(byKey((ids) => graph.read((tx) => articleTexts(tx, ids)), (id) => `article "${id}"`)),
    articleMentions: new DataLoader<string, ActorRow[]>(listByKey((ids) => graph.read((tx) => mentionsOfArticles(tx, ids)))),
    /** saidAbout and spokenAboutBy of every actor of the request: one query per distinct `limit`. */
    relations: new DataLoader<RelationsKey, ActorRelationRow[], string>(
      async (keys) => {
        const results = new Map<string, ActorRelationRow[]>();
        for (const limit of new Set(keys.map((k) => k.limit))) {
          const found = await graph.read((tx) => relationsOfActors(tx, keys.filter((k) => k.limit === limit), limit));
          for (const [key, rows] of found) results.set(`${key}\u0000${limit}`, rows);
        }
        return keys.map((k) => results.get(relationsKeyString(k)) ?? []);
      },
      { cacheKeyFn: relationsKeyString },
    ),
    /** Cue types, dates and statements behind edges: only when a client selects them. */
    relationDetails: new DataLoader<RelationPairKey, RelationDetailsRow, string>(
      byKey(
        (pairs) => graph.read((tx) => relationDetails(tx, pairs, STATEMENTS_PER_RELATION)),
        (k) => `relation ${k.actorId} ${k.direction} ${k.otherId}`,
        (k: RelationPairKey) => relationKeyString(k),
      ),
      { cacheKeyFn: relationKeyString },
    ),
    speaksFor: new DataLoader<string, ActorRow[]>(listByKey((ids) => graph.read((tx) => spokesOfActors(tx, ids, 'SPEAKS_FOR')))),
    spokenForBy: new DataLoader<string, ActorRow[]>(listByKey((ids) => graph.read((tx) => spokesOfActors(tx, ids, 'SPOKEN_FOR_BY')))),
  };
}

function relationsKeyString(k: RelationsKey): string {
  return `${relationKeyString(k)}\u0000${k.limit}`;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Names from the server's cache; the rest in one look-up, remembered for the next requests. */
async function cachedNames(graph: GraphAccess, cache: NameCache, keys: readonly string[]): Promise<Map<string, ActorRow>> {
  const found = new Map<string, ActorRow>();
  const missing: string[] = [];
  for (const key of keys) {
    const actor = cache.get(key);
    if (actor) found.set(key, actor);
    else missing.push(key);
  }
  if (missing.length > 0) {
    const looked = await graph.read((tx) => actorsByNames(tx, missing));
    for (const [name, actor] of looked) {
      cache.set(name, actor);
      found.set(name, actor);
    }
  }
  return found;
}
