// The CLI starts from compiled JavaScript (dist/) and never runs stale code: the build is made in
// a copy of the project (so this test never races a developer's own dist/), then the copy's
// sources are edited and the CLI must show the edit at once (it falls back to the sources).
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = join(ROOT, 'test/fixtures/ar-kremlin-trump-putin-syria.txt');
let copy: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(copy, 'bin/claimgraph.js'), ...args], {
    cwd: copy,
    env: { ...process.env, CLAIMGRAPH_DEBUG: '1', CLAIMGRAPH_FROM_SOURCE: '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'claimgraph-build-'));
  for (const entry of ['bin', 'src', 'scripts', 'cypher', 'samples', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'schema.graphql']) {
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  execFileSync(process.execPath, [join(copy, 'scripts/build.mjs')], { cwd: copy, stdio: 'pipe' });
}, 300_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

// Each case starts node processes (and one a build): seconds on a quiet machine, more under load.
describe('the compiled CLI', { timeout: 60_000 }, () => {
  it('runs from dist/ when the build is fresh', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: claimgraph');
    expect(r.stderr).not.toContain('running the TypeScript sources');
  });

  it('extracts exactly what the sources extract (data files resolve from dist/)', () => {
    const compiled = cli(['extract', SEED]);
    const sources = cli(['extract', SEED], { CLAIMGRAPH_FROM_SOURCE: '1' });
    expect(compiled.stderr).not.toContain('running the TypeScript sources');
    expect(sources.stderr).toContain('running the TypeScript sources');
    expect(compiled.code).toBe(0);
    expect(JSON.parse(compiled.stdout).statements.length).toBeGreaterThan(0);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(sources.stdout));
  });

  it('starts extraction workers from dist/ (the compiled worker script, no tsx)', async () => {
    const script = join(copy, 'pool-check.mjs');
    await writeFile(
      script,
      `import { readFileSync } from 'node:fs';
      import { createExtractPool } from './dist/import/extract-pool.js';
      import { extract } from './dist/extract/index.js';
      const text = readFileSync(${JSON.stringify(SEED)}, 'utf8');
      const pool = createExtractPool(1);
      const inWorker = await pool.extract(text, {});
      await pool.close();
      console.log(JSON.stringify([inWorker.statements.length, extract(text, {}).statements.length]));`,
    );
    const out = execFileSync(process.execPath, [script], { cwd: copy, encoding: 'utf8' });
    const [inWorker, onMain] = JSON.parse(out) as [number, number];
    expect(inWorker).toBeGreaterThan(0);
    expect(inWorker).toBe(onMain);
  });

  it('never runs stale code: an edited source file is run through tsx until the next build', async () => {
    const main = join(copy, 'src/cli/main.ts');
    const before = await readFile(main, 'utf8');
    await writeFile(main, before.replace("'Who said what about whom:", "'EDITED after the build. Who said what about whom:"));
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('EDITED after the build');
    expect(r.stderr).toMatch(/running the TypeScript sources \(.*src\/cli\/main\.ts changed after the build\)/);
  });

  it('notices a deleted source file (its folder changed)', async () => {
    execFileSync(process.execPath, [join(copy, 'scripts/build.mjs')], { cwd: copy, stdio: 'pipe' });
    expect(cli(['--help']).stderr).not.toContain('running the TypeScript sources');
    await rm(join(copy, 'src/import/samples.ts'));
    expect(cli(['--help']).stderr).toMatch(/src\/import\/ changed after the build/);
  });
});
