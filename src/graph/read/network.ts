// Questions about the network between actors: who talks about whom (aggregated over statements),
// and who speaks for whom.
import { actorProjection } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorRelationRow, ActorRow, RelationDetailsRow } from './types.ts';
import { int } from './values.ts';

export type RelationDirection = 'SAID_ABOUT' | 'SPOKEN_ABOUT_BY';

export interface RelationKey {
  actorId: string;
  direction: RelationDirection;
}

// Statements where speaker and subject are the same actor are not an edge between two actors.
// Both directions in one subquery, chosen per key, so a client asking for saidAbout AND
// spokenAboutBy (the whole network) costs one query. With `other` already bound (one edge), the
// pattern is matched between the two actors instead of over all of `me`'s statements.
function relatedStatements(otherBound: boolean): string {
  const imported = otherBound ? 'me, key, other' : 'me, key';
  const returned = otherBound ? 's' : 's, other';
  return `CALL {
    WITH ${imported}
    WITH ${imported} WHERE key.direction = 'SAID_ABOUT'
    MATCH (me)<-[:SAID_BY]-(s:Statement)-[:ABOUT]->(other:Actor)
    RETURN ${returned}
    UNION ALL
    WITH ${imported}
    WITH ${imported} WHERE key.direction = 'SPOKEN_ABOUT_BY'
    MATCH (me)<-[:ABOUT]-(s:Statement)-[:SAID_BY]->(other:Actor)
    RETURN ${returned}
  }`;
}

/**
 * Whom each actor talks about (SAID_ABOUT) or who talks about it (SPOKEN_ABOUT_BY): the other
 * actors with their statement counts, most first, `limit` per key. Only counts: the cue types,
 * dates and statements behind an edge cost a walk over its statements' properties, and are read
 * by `relationDetails` when a client asks for them.
 */
export async function relationsOfActors(
  tx: Tx,
  keys: readonly RelationKey[],
  limit: number,
): Promise<Map<string, ActorRelationRow[]>> {
  const found = await rows<{ actorId: string; direction: RelationDirection; relations: ActorRelationRow[] }>(
    tx,
    `UNWIND $keys AS key
     CALL {
       WITH key
       MATCH (me:Actor {id: key.actorId})
       ${relatedStatements(false)}
       WITH me, other, s WHERE other <> me
       WITH other, count(s) AS count
       ORDER BY count DESC, other.id
       LIMIT $limit
       RETURN collect({otherId: other.id, actor: ${actorProjection('other')}, count: count}) AS relations
     }
     RETURN key.actorId AS actorId, key.direction AS direction, relations`,
    { keys: uniqueKeys(keys), limit: int(limit) },
  );
  return new Map(
    found.map((r) => [relationKeyString(r), r.relations.map((rel) => ({ ...rel, actorId: r.actorId, direction: r.direction }))]),
  );
}

export interface RelationPairKey extends RelationKey {
  otherId: string;
}

/** Cue types, first and last date, and the newest statement ids (up to `perRelation`) of each edge. */
export async function relationDetails(
  tx: Tx,
  pairs: readonly RelationPairKey[],
  perRelation: number,
): Promise<Map<string, RelationDetailsRow>> {
  const found = await rows<RelationPairKey & RelationDetailsRow>(
    tx,
    `UNWIND $keys AS key
     CALL {
       WITH key
       MATCH (me:Actor {id: key.actorId}), (other:Actor {id: key.otherId})
       ${relatedStatements(true)}
       WITH s ORDER BY s.effectiveDate IS NULL, s.effectiveDate DESC, s.id
       WITH min(s.effectiveDate) AS firstDate, max(s.effectiveDate) AS lastDate, collect(s.cueType) AS cues, collect(s.id)[0..$perRelation] AS statementIds
       // cueType counts without APOC: the distinct types, each with how many statements carry it.
       RETURN firstDate, lastDate, statementIds,
              [t IN reduce(ts = [], c IN cues | CASE WHEN c IN ts THEN ts ELSE ts + c END) |
               {cueType: t, count: size([c IN cues WHERE c = t])}] AS cueTypes
     }
     RETURN key.actorId AS actorId, key.direction AS direction, key.otherId AS otherId, firstDate, lastDate, statementIds, cueTypes`,
    { keys: uniqueKeys(pairs), perRelation: int(perRelation) },
  );
  return new Map(
    found.map((r) => [
      relationKeyString(r),
      {
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        statementIds: r.statementIds,
        cueTypes: [...r.cueTypes].sort((a, b) => b.count - a.count || a.cueType.localeCompare(b.cueType)),
      },
    ]),
  );
}

/** One string per key (DataLoader cache keys, map keys). */
export function relationKeyString(key: RelationKey & { otherId?: string }): string {
  return [key.actorId, key.direction, key.otherId ?? ''].join('\u0000');
}

/** Each key once, as parameters with only the fields the query reads. */
function uniqueKeys(keys: readonly (RelationKey & { otherId?: string })[]): Record<string, string>[] {
  const unique = new Map(keys.map((k) => [relationKeyString(k), k]));
  return [...unique.values()].map((k) => ({ actorId: k.actorId, direction: k.direction, ...(k.otherId ? { otherId: k.otherId } : {}) }));
}

export type SpokesDirection = 'SPEAKS_FOR' | 'SPOKEN_FOR_BY';

export async function spokesOfActors(
  tx: Tx,
  actorIds: readonly string[],
  direction: SpokesDirection,
): Promise<Map<string, ActorRow[]>> {
  const pattern = direction === 'SPEAKS_FOR' ? '(me)-[:SPEAKS_FOR]->(other:Actor)' : '(me)<-[:SPEAKS_FOR]-(other:Actor)';
  const found = await rows<{ id: string; actors: ActorRow[] }>(
    tx,
    `UNWIND $ids AS id
     MATCH (me:Actor {id: id})
     OPTIONAL MATCH ${pattern}
     WITH id, other ORDER BY other.id
     RETURN id, [x IN collect(other) | ${actorProjection('x')}] AS actors`,
    { ids: [...new Set(actorIds)] },
  );
  return new Map(found.map((r) => [r.id, r.actors]));
}
