// The composition root: every command is wired here and nowhere else.
import { Command, CommanderError } from 'commander';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('claimgraph')
    .description('Who said what about whom: news attributions as a knowledge graph')
    .exitOverride();
  // Commands register themselves from their own modules (see ./commands/*).
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    console.error(`claimgraph: ${(err as Error).message}`);
    return 1;
  }
}
