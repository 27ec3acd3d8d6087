// `claimgraph extract big.txt | head`: the reader closes the pipe early. The CLI must end quietly
// (exit 0, nothing on stderr), not with an EPIPE stack.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/claimgraph.js', import.meta.url).pathname;
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a reader that closes the pipe early', () => {
  it('ends the command quietly with exit code 0', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-pipe-'));
    const file = join(dir, 'long.txt');
    // Many short attributed sentences: a large JSON answer, written while the reader is gone.
    const sentence = (i: number) => `The minister said on Monday that talks number ${i} would resume soon. `;
    await writeFile(file, Array.from({ length: 6000 }, (_, i) => sentence(i)).join(''));

    const child = spawn(process.execPath, [BIN, 'extract', file, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then hang up, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr, 'stderr').toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
