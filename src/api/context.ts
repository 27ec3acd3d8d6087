// What every resolver receives: the graph (instrumented to count this request's queries), the
// request's DataLoaders and the server's name cache.
import { countingGraph, type GraphAccess, type QueryCounter } from '../graph/read/runner.ts';
import type { ExtractRunner } from './extract-runner.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { NameCache } from './name-cache.ts';

export interface ApiContext {
  graph: GraphAccess;
  loaders: Loaders;
  /** Cypher queries run for this request so far (tests and logs read it). */
  queries: QueryCounter;
  /** The server's name -> actor cache (mutations clear it). */
  names: NameCache;
  /** The server's extraction worker (`extract` dry runs). */
  extractor: ExtractRunner;
}

export function createContext(graph: GraphAccess, extractor: ExtractRunner, names: NameCache = new NameCache(0)): ApiContext {
  const queries: QueryCounter = { queries: 0 };
  const counted = countingGraph(graph, queries);
  return { graph: counted, loaders: createLoaders(counted, names), queries, names, extractor };
}
