// Questions about actors: by id, by a name in any language, listed and searched.
import { afterCondition, keyReturn, orderByClause, type KeyValue, type SortKey } from './keyset.ts';
import type { ActorKind } from '../../extract/types.ts';
import { allWordsQuery, analyzerLanguage, fulltextIndexes } from './fulltext.ts';
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

/** Names (or ids) to actors, many at once: the one resolution (resolve-actors.ts). */
export { resolveActors as actorsByNames } from './resolve-actors.ts';

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
