// A test run that was killed leaves its throwaway Neo4j folder (and maybe its server) behind; the
// next run removes it. Only folders whose owning process is gone, and only the folder's own Neo4j is
// ever signalled: a pid file pointing at some other live process is not obeyed.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reapOrphans } from './neo4j.global.ts';

let homes: string | undefined;
afterAll(async () => {
  if (homes) await rm(homes, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('reapOrphans', () => {
  it('removes the folders of runs that no longer exist, keeps the live ones, and signals nothing it does not own', async () => {
    homes = await mkdtemp(join(tmpdir(), 'claimgraph-reap-'));
    const gone = `run-${deadPid()}-1`;
    const goneWithForeignPid = `run-${deadPid()}-2`;
    const live = `run-${process.pid}-3`;
    for (const name of [gone, goneWithForeignPid, live, 'not-a-run']) await mkdir(join(homes, name, 'run'), { recursive: true });
    // A stale pid file that names a live process which is not Neo4j (this test runner).
    await writeFile(join(homes, goneWithForeignPid, 'run', 'claimgraph-neo4j.pid'), String(process.pid));

    const reaped = await reapOrphans(homes, () => undefined);

    expect(reaped.sort()).toEqual([gone, goneWithForeignPid].sort());
    expect((await readdir(homes)).sort()).toEqual([live, 'not-a-run'].sort());
    expect(() => process.kill(process.pid, 0), 'the process named by the stale pid file is untouched').not.toThrow();
  });
});
