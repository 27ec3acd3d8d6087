// Without Java on PATH, `claimgraph neo4j start` fails with one line that says what to install.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/neo4j/layout.ts';

const execFileAsync = promisify(execFile);

describe('claimgraph neo4j start without java', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-nojava-'));
    // A PATH holding node and nothing else.
    await symlink(process.execPath, join(dir, 'node'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 1 with one line naming Java and how to install it', async () => {
    const env: NodeJS.ProcessEnv = {
      PATH: dir,
      HOME: process.env.HOME,
      // A home of its own: never touch (or find running) the user's instance.
      CLAIMGRAPH_NEO4J_HOME: join(dir, 'home'),
      NEO4J_BOLT_PORT: '1',
      NEO4J_HTTP_PORT: '2',
    };
    const result = await execFileAsync(process.execPath, [resolve(REPO_ROOT, 'bin/claimgraph.js'), 'neo4j', 'start'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimgraph: .*Java.*'java' is not on PATH.*install/);
    expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000); // a whole CLI process (tsx transpiles on start): slow on a busy 2-core machine
});
