// The connection to Neo4j: the only module that creates a driver.
//
// Exports
//   connect(settings, options?) -> Graph     open a driver (no I/O until first use; call verify() to check)
//   Graph                                    read/write units of work, run() for one query, verify(), close()
//   Row, Params, Tx                          the types callers use instead of importing neo4j-driver
//   neo4jTypes                               the driver's value types (Date, DateTime, Integer, ...) for params
//
// Rules kept here so no caller has to remember them:
//   * one driver per Graph, and callers keep one Graph per process (the driver is a connection pool);
//   * reads and writes go through session.executeRead / executeWrite, which retry transient failures
//     and route to the right cluster member, so the same code works on a single server, a cluster
//     and Aura (neo4j+s://); readAutoCommit, for the API's many small reads, runs auto-commit
//     queries and falls back to executeRead on a retryable failure;
//   * every failure leaves through translateGraphError, so callers see a GraphError with a code;
//   * integers come back as JS numbers (disableLosslessIntegers): claimgraph counts and offsets stay far
//     below 2^53, and the GraphQL layer wants plain numbers.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { ConnectionSettings } from '../config.ts';
import { translateGraphError, type GraphErrorContext } from './errors.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
/** A transaction inside read()/write(): `await tx.run(cypher, params)`. */
export type Tx = ManagedTransaction;
export type { QueryResult };

/** The driver's value types (neo4jTypes.Date, neo4jTypes.DateTime, ...) and helpers, for building parameters. */
export const neo4jTypes = {
  Date: neo4j.types.Date,
  DateTime: neo4j.types.DateTime,
  Integer: neo4j.types.Integer,
  int: neo4j.int,
  isDate: neo4j.isDate,
  isDateTime: neo4j.isDateTime,
  isInt: neo4j.isInt,
};

export interface Graph {
  /** Where this graph lives (no password): for messages and logs. */
  readonly target: GraphErrorContext;
  /** Run `work` in a read transaction (retried on transient errors; routed to readers in a cluster). */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Run `work`'s queries as auto-commit reads on one session: one round trip per query, where a
   * managed read transaction costs two (BEGIN + RUN, then COMMIT) and a second driver Result.
   * `RETURN 1` took 2.6 ms this way against 4.3 ms through read() on the bench machine (BENCHMARKS.md,
   * issue 13): the price of every small API request. The queries run one after another, each its own
   * transaction (Neo4j reads are read-committed either way, so a work of several queries sees no
   * less consistency than in one transaction). Not retried by the driver: on a retryable failure
   * the whole work runs again through read(), which retries (reads are idempotent).
   */
  readAutoCommit<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Run `work` in one write transaction: all of it commits or none (retried on transient errors, so keep it idempotent). */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One query in its own transaction; rows as plain objects. `mode` defaults to 'read'. */
  run(cypher: string, params?: Params, options?: { mode?: 'read' | 'write' }): Promise<Row[]>;
  /**
   * One read query whose rows arrive as they are consumed (the driver pulls the next batch only when
   * the consumer has taken the last: constant memory for any number of rows). Not retried: rows
   * already handed out cannot be taken back, so a failure ends the iteration with a GraphError.
   */
  stream(cypher: string, params?: Params): AsyncIterable<Row>;
  /** Check that the server answers and accepts the credentials; throws GraphError otherwise. */
  verify(): Promise<void>;
  /**
   * One `RETURN 1`, not retried (unlike read()): fails at once with GraphError when Neo4j refuses
   * the connection, so a server's health circuit (read/circuit.ts) learns of an outage in
   * milliseconds rather than after the driver's retry window.
   */
  ping(): Promise<void>;
  /** Close the pool; the Graph is unusable afterwards. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long one connection attempt may take (ms). */
  connectionTimeoutMs?: number;
  /** How long the driver keeps retrying a transaction that failed transiently (ms). */
  maxTransactionRetryTimeMs?: number;
  /** Connection pool size; the default suits one CLI or API process. */
  maxConnectionPoolSize?: number;
}

/** Rows the driver asks for at a time in stream(): a page in flight while the last is consumed. */
const STREAM_FETCH_SIZE = 500;

/** Rows of a result as plain objects keyed by the RETURN names. */
export function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => record.toObject() as Row);
}

export function connect(settings: ConnectionSettings, options: ConnectOptions = {}): Graph {
  const target: GraphErrorContext = { uri: settings.uri, user: settings.user, database: settings.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionTimeout: options.connectionTimeoutMs ?? 10_000,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      userAgent: 'claimgraph',
    });
  } catch (err) {
    // A malformed URI fails here, synchronously.
    throw translateGraphError(err, target);
  }
  const database = settings.database;

  async function inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (err) {
      throw translateGraphError(err, target);
    } finally {
      await session.close();
    }
  }

  async function autoCommitReads<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    // One query at a time on the session, in call order (a work may start two before awaiting either).
    let queue: Promise<unknown> = Promise.resolve();
    const tx = {
      run: (cypher: string, params?: Params) => {
        const next = queue.then(() => session.run(cypher, params));
        queue = next.catch(() => undefined);
        return next;
      },
    } as unknown as Tx;
    try {
      return await work(tx);
    } catch (err) {
      if (neo4j.isRetryableError(err)) return inSession('READ', work);
      throw translateGraphError(err, target);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  return {
    target,
    read: (work) => inSession('READ', work),
    readAutoCommit: autoCommitReads,
    write: (work) => inSession('WRITE', work),
    async run(cypher, params = {}, runOptions = {}) {
      const work = async (tx: Tx) => rowsOf(await tx.run(cypher, params));
      return runOptions.mode === 'write' ? inSession('WRITE', work) : inSession('READ', work);
    },
    async *stream(cypher, params = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: STREAM_FETCH_SIZE });
      try {
        for await (const record of session.run(cypher, params)) yield record.toObject() as Row;
      } catch (err) {
        throw translateGraphError(err, target);
      } finally {
        await session.close();
      }
    },
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
        // verifyConnectivity does not always authenticate on every protocol version: a real
        // query makes a wrong password fail here rather than at the first read.
        await inSession('READ', (tx) => tx.run('RETURN 1 AS ok'));
      } catch (err) {
        throw translateGraphError(err, target);
      }
    },
    async ping() {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1 AS ok');
      } catch (err) {
        throw translateGraphError(err, target);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    async close() {
      await driver.close();
    },
  };
}
