// The composition root: every command is wired here and nowhere else.
// Each command module registers itself and imports its heavy dependencies lazily inside its
// action, so `claimgraph extract` never loads the Neo4j driver or the GraphQL server.
import { Command, CommanderError } from 'commander';
import * as extract from './commands/extract.ts';
import * as exportCmd from './commands/export.ts';
import * as evaluate from './commands/eval.ts';
import * as neo4j from './commands/neo4j.ts';
import * as schema from './commands/schema.ts';
import * as importCmd from './commands/import.ts';
import * as serve from './commands/serve.ts';
import * as start from './commands/start.ts';

export interface CommandModule {
  register(program: Command): void;
}

const commands: CommandModule[] = [extract, evaluate, importCmd, exportCmd, neo4j, schema, serve, start];

export function buildProgram(): Command {
  const program = new Command('claimgraph')
    .description('Who said what about whom: news attributions (Arabic, English) as a Neo4j knowledge graph')
    .exitOverride();
  for (const command of commands) command.register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    // Expected failures (missing Java, wrong password, bad input) are UserFacingError: one clear line.
    console.error(`claimgraph: ${(err as Error).message}`);
    if (process.env.CLAIMGRAPH_DEBUG) console.error(err);
    return 1;
  }
}
