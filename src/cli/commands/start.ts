// `claimgraph start` (= `npm start`): everything a newcomer needs in one command: the local Neo4j
// (unless NEO4J_URI is set), the schema, the sample articles, and the GraphQL API with its playground.
import type { Command } from 'commander';
import { addServeOptions, type ServeOptions } from './serve.ts';

export function register(program: Command): void {
  addServeOptions(
    program
      .command('start')
      .description('start Neo4j (local unless NEO4J_URI is set), apply the schema, import the samples, serve the API')
      .option('--no-samples', 'do not import the sample articles'),
  ).action(async (opts: ServeOptions) => {
    const { serveUntilStopped } = await import('./serve.ts');
    await serveUntilStopped(opts);
  });
}
