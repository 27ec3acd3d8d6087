// Schema as code: cypher/schema.cypher applied to a graph, and the applied version recorded in it.
//
// Exports
//   applySchema(graph, options?) -> SchemaResult   idempotent; records (:SchemaVersion {id:'claimgraph'})
//   schemaStatements(text)                          the file split into statements (comments dropped)
//   readSchema(path?) -> { text, version }          the schema file and its version (sha256, 16 hex)
//   backfillEffectiveDates / backfillActorNameKeys / backfillConcerns(graph)   data of a new schema, for older graphs
//   schemaVersionOf(graph)                          the version recorded in a graph, or null
//   SCHEMA_FILE                                     the path of cypher/schema.cypher
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { neo4jTypes, type Graph } from './connection.ts';

const neo4jInt = neo4jTypes.int;
import { GraphError } from './errors.ts';
import { GAZETTEER_IDS } from '../extract/gazetteer.ts';
import { nameKeysProperty } from './identity.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));
const SCHEMA_VERSION_ID = 'claimgraph';
const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

export interface SchemaResult {
  version: string;
  statements: number;
  /** The version the graph had before (null when it never had one). */
  previousVersion: string | null;
}

/** Statements of a Cypher script: `//` comment lines dropped, split on `;` at the end of a line. */
export function schemaStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/u)
    .map((statement) => statement.replace(/\s+/gu, ' ').trim())
    .filter((statement) => statement.length > 0);
}

export async function readSchema(path: string = SCHEMA_FILE): Promise<{ text: string; version: string }> {
  const text = await readFile(path, 'utf8');
  const version = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  return { text, version };
}

export async function schemaVersionOf(graph: Graph): Promise<string | null> {
  const rows = await graph.run('MATCH (v:SchemaVersion {id: $id}) RETURN v.version AS version', { id: SCHEMA_VERSION_ID });
  const version = rows[0]?.version;
  return typeof version === 'string' ? version : null;
}

export interface ApplySchemaOptions {
  path?: string;
  /** Seconds to wait for new indexes to come online (full-text search right after import needs it). */
  awaitIndexesSeconds?: number;
}

const BACKFILL_BATCH = 10_000;

/**
 * Runs `perBatch` (a subquery over `batch`, the next statements by id, returning `changed`) over
 * every statement: batches along the id index, each its own transaction, so a graph of millions
 * never needs one huge transaction. Returns the sum of `changed`.
 */
async function backfillStatements(graph: Graph, perBatch: string): Promise<number> {
  let after = '';
  let changed = 0;
  for (;;) {
    const [row] = await graph.write(async (tx) =>
      (
        await tx.run(
          `MATCH (s:Statement) WHERE s.id > $after
           WITH s ORDER BY s.id LIMIT $batch
           WITH collect(s) AS batch
           CALL {
             WITH batch
             UNWIND batch AS s
             ${perBatch}
           }
           RETURN size(batch) AS seen, CASE WHEN size(batch) > 0 THEN batch[-1].id END AS last, changed`,
          { after, batch: neo4jInt(BACKFILL_BATCH) },
        )
      ).records.map((r) => r.toObject() as { seen: number; last: string | null; changed: number }),
    );
    changed += row?.changed ?? 0;
    if (!row || row.seen < BACKFILL_BATCH || row.last === null) return changed;
    after = row.last;
  }
}

/**
 * Statement.effectiveDate (the statement's own date, else its article's: what lists order and
 * filter by) for statements written before the importer stored it; statements with no date at all
 * stay without one. Returns how many statements got a date.
 */
export function backfillEffectiveDates(graph: Graph): Promise<number> {
  return backfillStatements(
    graph,
    `WITH s WHERE s.effectiveDate IS NULL
     OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
     WITH s, coalesce(s.date, min(a.publishedAt)) AS day WHERE day IS NOT NULL
     SET s.effectiveDate = day
     RETURN count(s) AS changed`,
  );
}

/**
 * (:Statement)-[:CONCERNS]->(:Actor) edges (one per actor a statement is about or addressed to) for
 * statements written before the importer wrote them; only missing edges are created, so a re-run
 * adds nothing. Returns how many edges were added.
 */
export function backfillConcerns(graph: Graph): Promise<number> {
  return backfillStatements(
    graph,
    `MATCH (s)-[:ABOUT|ADDRESSED_TO]->(x:Actor)
     WITH DISTINCT s, x WHERE NOT (s)-[:CONCERNS]->(x)
     CREATE (s)-[:CONCERNS]->(x)
     RETURN count(*) AS changed`,
  );
}

/**
 * Actor.nameKeys (the exact look-up by name) and Actor.builtIn (gazetteer actors rank first) for
 * actors written before the importer stored them; the keys are folded here, in TypeScript, by the
 * same function the importer uses (identity.ts nameKeysProperty). Batches along the id index, each
 * its own transaction. Returns how many actors got keys.
 */
export async function backfillActorNameKeys(graph: Graph): Promise<number> {
  let after = '';
  let updated = 0;
  for (;;) {
    const batch = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Actor) WHERE a.id > $after
           WITH a ORDER BY a.id LIMIT $batch
           RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.nameKeys IS NULL AS missing`,
          { after, batch: neo4jInt(BACKFILL_BATCH) },
        )
      ).records.map((r) => r.toObject() as { id: string; name: string | null; aliases: string[]; missing: boolean }),
    );
    const missing = batch.filter((a) => a.missing);
    if (missing.length > 0) {
      await graph.write((tx) =>
        tx.run(
          `UNWIND $actors AS actor
           MATCH (a:Actor {id: actor.id})
           SET a.nameKeys = actor.nameKeys, a.builtIn = actor.builtIn`,
          {
            actors: missing.map((a) => ({
              id: a.id,
              nameKeys: nameKeysProperty([a.name ?? '', ...a.aliases]),
              builtIn: GAZETTEER_IDS.has(a.id),
            })),
          },
        ),
      );
      updated += missing.length;
    }
    if (batch.length < BACKFILL_BATCH) return updated;
    after = batch[batch.length - 1]!.id;
  }
}

export async function applySchema(graph: Graph, options: ApplySchemaOptions = {}): Promise<SchemaResult> {
  const { text, version } = await readSchema(options.path);
  const statements = schemaStatements(text);
  const previousVersion = await schemaVersionOf(graph);
  // Each schema command in its own transaction: Neo4j refuses schema changes mixed with writes,
  // and IF NOT EXISTS makes a re-run (or a concurrent run) a no-op.
  for (const statement of statements) {
    try {
      await graph.write((tx) => tx.run(statement));
    } catch (err) {
      // Two processes applying at once (test runs, `start` and `serve`): the loser of the race gets
      // "already exists" although IF NOT EXISTS was meant to make that a no-op.
      if (!(err instanceof GraphError && err.neo4jCode && ALREADY_EXISTS.has(err.neo4jCode))) throw err;
    }
  }
  await graph.run(`CALL db.awaitIndexes($seconds)`, { seconds: options.awaitIndexesSeconds ?? 300 });
  // Data the new schema's indexes expect, for graphs written before it (once per schema change).
  if (previousVersion !== null && previousVersion !== version) {
    await backfillEffectiveDates(graph);
    await backfillActorNameKeys(graph);
    await backfillConcerns(graph);
  }
  await graph.write((tx) =>
    tx.run(
      `MERGE (v:SchemaVersion {id: $id})
       SET v.version = $version, v.appliedAt = datetime()`,
      { id: SCHEMA_VERSION_ID, version },
    ),
  );
  return { version, statements: statements.length, previousVersion };
}
