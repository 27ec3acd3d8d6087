// The slice of the foundation's Graph (src/graph/connection.ts) the read modules need, plus a wrapper
// that counts the Cypher queries a piece of work runs: the API counts them per GraphQL request to
// prove that nested selections cost a constant number of queries, not one per row.
import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from './values.ts';

export type Tx = Pick<ManagedTransaction, 'run'>;

export interface GraphAccess {
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export interface QueryCounter {
  queries: number;
}

/** The same graph, with every `tx.run` counted into `counter`. */
export function countingGraph(graph: GraphAccess, counter: QueryCounter): GraphAccess {
  const wrap = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            counter.queries += 1;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    read: (work) => graph.read((tx) => work(wrap(tx))),
    write: (work) => graph.write((tx) => work(wrap(tx))),
  };
}

/** Runs `cypher` with `params` and returns each record as a plain object. */
export async function rows<T>(tx: Tx, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toPlain(record.toObject()) as T);
}
