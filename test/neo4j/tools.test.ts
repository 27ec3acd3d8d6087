// Missing tools are named, with how to install them, before anything is downloaded or started.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleNeo4j } from '../../src/neo4j/assemble.ts';
import { LocalNeo4jError } from '../../src/neo4j/errors.ts';
import { findJava, findMaven } from '../../src/neo4j/tools.ts';

describe('missing tools', () => {
  let emptyDir: string;
  beforeAll(async () => {
    emptyDir = await mkdtemp(join(tmpdir(), 'cg-tools-'));
  });
  afterAll(async () => {
    await rm(emptyDir, { recursive: true, force: true });
  });

  const cases = [
    { name: 'java', find: findJava, code: 'JAVA_MISSING', mentions: ["'java' is not on PATH", 'openjdk-17', 'NEO4J_URI'] },
    { name: 'mvn', find: findMaven, code: 'MAVEN_MISSING', mentions: ["'mvn' is not on PATH", 'apt-get install maven', 'NEO4J_URI'] },
  ] as const;
  for (const c of cases) {
    it(`${c.name} absent from PATH: ${c.code}, one line naming what to install`, async () => {
      const err = await c.find({ PATH: emptyDir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect((err as LocalNeo4jError).code).toBe(c.code);
      for (const text of c.mentions) expect((err as Error).message).toContain(text);
      expect((err as Error).message).not.toContain('\n');
    });
  }

  it('assembling into an empty lib folder without Maven fails before touching the folder', async () => {
    const libDir = join(emptyDir, 'lib');
    await expect(assembleNeo4j({ libDir, env: { PATH: emptyDir } })).rejects.toMatchObject({ code: 'MAVEN_MISSING' });
  });

  it('finds the real java on this machine (JAVA_HOME or PATH)', async () => {
    await expect(findJava()).resolves.toMatch(/java$/);
  });
});
