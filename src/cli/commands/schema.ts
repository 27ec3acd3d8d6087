// `claimgraph schema apply`: constraints and indexes from cypher/schema.cypher (idempotent).
import type { Command } from 'commander';

export function register(program: Command): void {
  const schema = program.command('schema').description('the graph schema (constraints and indexes)');
  schema
    .command('apply')
    .description('apply cypher/schema.cypher (IF NOT EXISTS: safe to repeat) and record its version in the graph')
    .action(async () => {
      const { ensureNeo4j } = await import('../../neo4j/ensure.ts');
      const { connect } = await import('../../graph/connection.ts');
      const { applySchema } = await import('../../graph/schema.ts');
      const settings = await ensureNeo4j(process.env, { log: (line) => console.error(line) });
      const graph = connect(settings);
      try {
        const result = await applySchema(graph);
        const change = result.previousVersion === result.version ? 'unchanged' : `was ${result.previousVersion ?? 'none'}`;
        console.log(`Schema ${result.version} applied to ${settings.uri} (${result.statements} statements; ${change}).`);
      } finally {
        await graph.close();
      }
    });
}
