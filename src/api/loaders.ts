// One set of DataLoaders per request: every entity fetched by id (or name) goes through one, so a
// page of 100 statements asking for speaker, about and article costs one query per kind, not per row.
import DataLoader from 'dataloader';
import { actorsByIds, actorsByNames } from '../graph/read/actors.ts';
import { articlesByIds, articleTexts, mentionsOfArticles } from '../graph/read/articles.ts';
import { relationsOfActors, spokesOfActors, type RelationDirection } from '../graph/read/network.ts';
import type { GraphAccess } from '../graph/read/runner.ts';
import { childrenOfStatements, statementsByIds } from '../graph/read/statements.ts';
import type { ActorRelationRow, ActorRow, ArticleRow, StatementRow } from '../graph/read/types.ts';
import { notFound } from './errors.ts';
import { NameCache } from './name-cache.ts';

/**
 * A DataLoader batch function from a keyed look-up: exactly one result per key, in key order, and an
 * Error (NOT_FOUND) for each key the look-up did not return — the DataLoader contract.
 */
export function byKey<K, V>(
  lookup: (keys: readonly K[]) => Promise<Map<K, V>>,
  describe: (key: K) => string,
): (keys: readonly K[]) => Promise<(V | Error)[]> {
  return async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => (found.has(key) ? found.get(key)! : notFound(describe(key))));
  };
}

/** For one-to-many look-ups: a missing key is an empty list, not an error. */
function listByKey<K, V>(lookup: (keys: readonly K[]) => Promise<Map<K, V[]>>): (keys: readonly K[]) => Promise<V[][]> {
  return async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => found.get(key) ?? []);
  };
}

export interface RelationKey {
  actorId: string;
  limit: number;
  perRelation: number;
}

export function createLoaders(graph: GraphAccess, names: NameCache = new NameCache(0)) {
  const relations = (direction: RelationDirection) =>
    new DataLoader<RelationKey, ActorRelationRow[], string>(
      async (keys) => {
        // Keys with the same limits share one query; different limits (rare) get their own.
        const groups = new Map<string, RelationKey[]>();
        for (const k of keys) groups.set(`${k.limit}:${k.perRelation}`, [...(groups.get(`${k.limit}:${k.perRelation}`) ?? []), k]);
        const results = new Map<string, ActorRelationRow[]>();
        for (const group of groups.values()) {
          const { limit, perRelation } = group[0]!;
          const found = await graph.read((tx) => relationsOfActors(tx, group.map((k) => k.actorId), direction, limit, perRelation));
          for (const k of group) results.set(relationKey(k), found.get(k.actorId) ?? []);
        }
        return keys.map((k) => results.get(relationKey(k)) ?? []);
      },
      { cacheKeyFn: relationKey },
    );
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
    saidAbout: relations('SAID_ABOUT'),
    spokenAboutBy: relations('SPOKEN_ABOUT_BY'),
    speaksFor: new DataLoader<string, ActorRow[]>(listByKey((ids) => graph.read((tx) => spokesOfActors(tx, ids, 'SPEAKS_FOR')))),
    spokenForBy: new DataLoader<string, ActorRow[]>(listByKey((ids) => graph.read((tx) => spokesOfActors(tx, ids, 'SPOKEN_FOR_BY')))),
  };
}

function relationKey(k: RelationKey): string {
  return `${k.actorId}\u0000${k.limit}\u0000${k.perRelation}`;
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
