// `claimgraph eval` (`npm run eval`): scores the extractor on the shared dev corpus with the shared
// scorer, printing its table. The corpus belongs to publishers and lives outside the project; when
// it is absent the command says so (the project's own tests hold the floor without it).
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score extraction on the shared dev corpus (../shared/corpus/dev) with ../shared/eval/score.mjs')
    .option('--shared <dir>', 'the shared folder holding eval/score.mjs and corpus/', '../shared')
    .option('--corpus <dir>', 'corpus folder (default: <shared>/corpus/dev)')
    .option('--json', 'print the scorer JSON instead of the table')
    .action(async (opts: { shared: string; corpus?: string; json?: boolean }) => {
      const { existsSync } = await import('node:fs');
      const { resolve } = await import('node:path');
      const { spawn } = await import('node:child_process');
      const shared = resolve(opts.shared);
      const scorer = resolve(shared, 'eval/score.mjs');
      const corpus = resolve(opts.corpus ?? resolve(shared, 'corpus/dev'));
      if (!existsSync(scorer) || !existsSync(corpus)) {
        console.log(`No evaluation corpus here (looked for ${scorer} and ${corpus}); nothing to score.`);
        return;
      }
      const args = [scorer, '--corpus', corpus, '--cmd', 'npx claimgraph extract --format json {file}', opts.json ? '--json' : '--verbose'];
      const code = await new Promise<number>((done, fail) => {
        const child = spawn(process.execPath, args, { stdio: 'inherit' });
        child.on('error', fail);
        child.on('exit', (c) => done(c ?? 1));
      });
      if (code !== 0) process.exitCode = code;
    });
}
