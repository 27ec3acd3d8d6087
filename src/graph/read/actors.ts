// Questions about actors: by id, by a name in any language, listed and searched.
import { afterCondition, keyReturn, orderByClause, type KeyValue, type SortKey } from './keyset.ts';
import { foldKey } from '../../extract/normalize.ts';
import type { ActorKind } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndex, fulltextIndexes, phraseQuery } from './fulltext.ts';
import { actorProjection } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorRow, Page, PageRequest } from './types.ts';
import { int } from './values.ts';

export async function actorsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, ActorRow>> {
  const found = await rows<{ actor: ActorRow }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${actorProjection('a')} AS actor`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map(({ actor }) => [actor.id, actor]));
}

interface Candidate {
  name: string;
  actor: ActorRow;
  score: number;
  exact: boolean;
}

const CANDIDATES_PER_INDEX = 25;

/**
 * Resolves names (or ids) to actors, many at once. Order of preference for each name:
 * the id itself; an actor whose name or alias is the same once normalised (Arabic letter variants,
 * diacritics and Latin case folded: "بوتين" = "بوتين", "putin" = "Putin"); then, unless `strict`,
 * the best full-text hit (Arabic or English analyzer). Names that resolve to nothing are absent.
 */
export async function actorsByNames(
  tx: Tx,
  names: readonly string[],
  options: { strict?: boolean } = {},
): Promise<Map<string, ActorRow>> {
  const lookups = await Promise.all(
    [...new Set(names)].map(async (name) => ({
      name,
      index: await fulltextIndex(tx, 'actor_names', analyzerLanguage(name)),
      query: phraseQuery(name) ?? '""',
    })),
  );
  const candidates = await rows<Candidate>(
    tx,
    `UNWIND $lookups AS l
     CALL {
       WITH l
       MATCH (a:Actor) WHERE a.id = l.name OR a.name = l.name
       RETURN a, 1000.0 AS score, true AS exact
       UNION
       WITH l
       CALL db.index.fulltext.queryNodes(l.index, l.query, {limit: $perIndex}) YIELD node, score
       RETURN node AS a, score, false AS exact
     }
     RETURN l.name AS name, ${actorProjection('a')} AS actor, score, exact`,
    { lookups: lookups.filter((l) => l.query !== '""'), perIndex: int(CANDIDATES_PER_INDEX) },
  );
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);

  const resolved = new Map<string, ActorRow>();
  for (const { name } of lookups) {
    const found = byName.get(name) ?? [];
    const chosen =
      found.find((c) => c.actor.id === name) ??
      found.find((c) => c.exact) ??
      found.find((c) => sameName(c.actor, name)) ??
      (options.strict ? undefined : [...found].sort((a, b) => b.score - a.score || a.actor.id.localeCompare(b.actor.id))[0]);
    if (chosen) resolved.set(name, chosen.actor);
  }
  return resolved;
}

function sameName(actor: ActorRow, name: string): boolean {
  const key = foldKey(name);
  return [actor.name, ...actor.aliases].some((n) => foldKey(n) === key);
}

const ACTOR_ORDER: SortKey[] = [{ expr: 'score', desc: true, notNull: true }, { expr: 'a.name' }, { expr: 'a.id', notNull: true }];

export interface ActorListFilter {
  search?: string | null;
  kind?: ActorKind | null;
}

/** Actors by name (or by full-text relevance when searching), then id: a stable order for paging. */
export async function listActors(tx: Tx, filter: ActorListFilter, page: PageRequest): Promise<Page<ActorRow>> {
  const { source, params } = await actorSource(tx, filter);
  const after = page.after ? afterCondition(ACTOR_ORDER, page.after) : null;
  const found = await rows<{ key: KeyValue[]; actor: ActorRow }>(
    tx,
    `${source}
     WITH a, score${after ? ` WHERE ${after.where}` : ''}
     ORDER BY ${orderByClause(ACTOR_ORDER)}
     LIMIT $limit
     RETURN ${keyReturn(ACTOR_ORDER)} AS key, ${actorProjection('a')} AS actor`,
    { ...params, ...(after?.params ?? {}), limit: int(page.limit + 1) },
  );
  const kept = found.slice(0, page.limit);
  return { rows: kept.map((r) => r.actor), keys: kept.map((r) => r.key), hasMore: found.length > page.limit };
}

export async function countActors(tx: Tx, filter: ActorListFilter): Promise<number> {
  const { source, params } = await actorSource(tx, filter);
  const [row] = await rows<{ total: number }>(tx, `${source} RETURN count(a) AS total`, params);
  return row?.total ?? 0;
}

async function actorSource(tx: Tx, filter: ActorListFilter): Promise<{ source: string; params: Record<string, unknown> }> {
  const params: Record<string, unknown> = { kind: filter.kind ?? null };
  const query = filter.search ? allWordsQuery(filter.search) : null;
  if (query) {
    // Every actor index: a Latin query still finds actors whose Arabic names carry a Latin alias.
    params.query = query;
    const indexes = await fulltextIndexes(tx, 'actor_names', analyzerLanguage(filter.search ?? ''));
    indexes.forEach((name, i) => (params[`index${i}`] = name));
    const calls = indexes.map((_, i) => `CALL db.index.fulltext.queryNodes($index${i}, $query) YIELD node, score RETURN node, score`);
    return {
      source: `CALL {
         ${calls.join('\n         UNION ALL\n         ')}
       }
       WITH node AS a, max(score) AS score
       WHERE $kind IS NULL OR a.kind = $kind`,
      params,
    };
  }
  return { source: `MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind WITH a, 0 AS score`, params };
}
