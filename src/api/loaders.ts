// One set of DataLoaders per request: every entity fetched by id (or name) goes through one, so a
// page of 100 statements asking for speaker, about and article costs one query per kind, not per row.
import DataLoader from 'dataloader';
import { actorsByIds, actorsByNames } from '../graph/read/actors.ts';
import { articlesByIds, articleTexts, mentionsOfArticles } from '../graph/read/articles.ts';
import { relationDetails, relationKeyString, relationsOfActors, spokesOfActors, type RelationKey, type RelationPairKey } from '../graph/read/network.ts';
import type { GraphAccess } from '../graph/read/runner.ts';
import {
  childrenOfStatements,
  findStatements,
  findStatementsWithTotal,
  PARENT,
  statementPagesOfParents,
  statementsByIds,
  type StatementParent,
} from '../graph/read/statements.ts';
import type { StatementShape } from '../graph/read/projections.ts';
import { claimsByIds, claimsOfStatements, outletsOfClaims, responsesOf } from '../graph/read/claims.ts';
import type { ClaimResponseRow, ClaimRow, OutletRow } from '../graph/read/types.ts';
import type { ActorRelationRow, ActorRow, ArticleRow, Page, PageRequest, RelationDetailsRow, StatementRow } from '../graph/read/types.ts';
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

/** One page of one parent's statements (an article's, a speaker's), read as the selection needs. */
export interface StatementPageKey {
  parent: StatementParent;
  id: string;
  page: PageRequest;
  withTotal: boolean;
  shape: StatementShape;
}

export type StatementPage = Page<StatementRow> & { total: number | null };

/** The key without the parent's id: keys that share it are read together. */
function pageGroup(k: StatementPageKey): string {
  return JSON.stringify([k.parent, k.page.after, k.page.limit, k.withTotal, k.shape]);
}

/**
 * Pages of several parents with the same page request and shape in one query (a list of articles
 * with their statements); a lone parent takes the single-parent query, whose top-k sort is faster
 * on a speaker with thousands of statements.
 */
async function statementPages(graph: GraphAccess, keys: readonly StatementPageKey[]): Promise<StatementPage[]> {
  const groups = new Map<string, StatementPageKey[]>();
  for (const k of keys) {
    const group = pageGroup(k);
    const members = groups.get(group);
    if (members) members.push(k);
    else groups.set(group, [k]);
  }
  const results = new Map<string, StatementPage>();
  for (const [group, members] of groups) {
    const { parent, page, withTotal, shape } = members[0]!;
    if (members.length === 1) {
      const { field, order } = PARENT[parent];
      const query = { [field]: members[0]!.id };
      const found = await graph.read((tx) =>
        withTotal ? findStatementsWithTotal(tx, query, order, page, shape) : findStatements(tx, query, order, page, shape),
      );
      results.set(`${group}${members[0]!.id}`, found);
      continue;
    }
    const found = await graph.read((tx) => statementPagesOfParents(tx, parent, members.map((m) => m.id), page, { withTotal, shape }));
    for (const m of members) results.set(`${group}${m.id}`, found.get(m.id) ?? { rows: [], keys: [], hasMore: false, total: withTotal ? 0 : null });
  }
  return keys.map((k) => results.get(`${pageGroup(k)}${k.id}`)!);
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
    /** Statement pages of articles and speakers: one query for a whole list of them. */
    statementPages: new DataLoader<StatementPageKey, StatementPage, string>((keys) => statementPages(graph, keys), {
      cacheKeyFn: (k) => `${pageGroup(k)}${k.id}`,
    }),
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
    claim: new DataLoader<string, ClaimRow>(byKey((ids) => graph.read((tx) => claimsByIds(tx, ids)), (id) => `claim "${id}"`)),
    /** The claim a statement reports; NOT_FOUND for a statement that reports none. */
    claimOfStatement: new DataLoader<string, ClaimRow>(
      byKey((ids) => graph.read((tx) => claimsOfStatements(tx, ids)), (id) => `claim of statement "${id}"`),
    ),
    claimOutlets: new DataLoader<string, OutletRow[]>(listByKey((ids) => graph.read((tx) => outletsOfClaims(tx, ids)))),
    claimResponses: new DataLoader<string, ClaimResponseRow[]>(listByKey((ids) => graph.read((tx) => responsesOf(tx, 'claim', ids)))),
    statementResponses: new DataLoader<string, ClaimResponseRow[]>(listByKey((ids) => graph.read((tx) => responsesOf(tx, 'statement', ids)))),
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
