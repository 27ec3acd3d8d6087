// Questions about the network between actors: who talks about whom (aggregated over statements),
// and who speaks for whom.
import { actorProjection } from './projections.ts';
import { rows, type Tx } from './runner.ts';
import type { ActorRelationRow, ActorRow } from './types.ts';
import { int } from './values.ts';

export type RelationDirection = 'SAID_ABOUT' | 'SPOKEN_ABOUT_BY';

/** Statements each actor made about others (SAID_ABOUT) or others made about it, most first. */
export async function relationsOfActors(
  tx: Tx,
  actorIds: readonly string[],
  direction: RelationDirection,
  limit: number,
  statementsPerRelation: number,
): Promise<Map<string, ActorRelationRow[]>> {
  // Statements where speaker and subject are the same actor are not an edge between two actors.
  const pattern =
    direction === 'SAID_ABOUT'
      ? '(me:Actor {id: id})<-[:SAID_BY]-(s:Statement)-[:ABOUT]->(other:Actor)'
      : '(me:Actor {id: id})<-[:ABOUT]-(s:Statement)-[:SAID_BY]->(other:Actor)';
  const found = await rows<{ id: string; relations: ActorRelationRow[] }>(
    tx,
    `UNWIND $ids AS id
     CALL {
       WITH id
       MATCH ${pattern}
       WHERE other <> me
       WITH other, s ORDER BY s.date IS NULL, s.date DESC, s.id
       // Aggregates rather than node lists: only ids and cue types are kept per edge.
       WITH other, count(s) AS count, min(s.date) AS firstDate, max(s.date) AS lastDate,
            collect(s.cueType) AS cues, collect(s.id)[0..$perRelation] AS statementIds
       ORDER BY count DESC, other.id
       LIMIT $limit
       RETURN collect({
         actorId: other.id,
         actor: ${actorProjection('other')},
         count: count,
         // cueType counts without APOC: the distinct types, each with how many statements carry it.
         cueTypes: [t IN reduce(ts = [], c IN cues | CASE WHEN c IN ts THEN ts ELSE ts + c END) |
                    {cueType: t, count: size([c IN cues WHERE c = t])}],
         firstDate: firstDate,
         lastDate: lastDate,
         statementIds: statementIds
       }) AS relations
     }
     RETURN id, relations`,
    { ids: [...new Set(actorIds)], limit: int(limit), perRelation: int(statementsPerRelation) },
  );
  return new Map(
    found.map((r) => [
      r.id,
      r.relations.map((rel) => ({
        ...rel,
        cueTypes: [...rel.cueTypes].sort((a, b) => b.count - a.count || a.cueType.localeCompare(b.cueType)),
      })),
    ]),
  );
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
