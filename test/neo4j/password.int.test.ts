// The initial password is handed to neo4j-admin as an argument: one that starts with '-' (a
// generated base64url password does, one time in 64) must be taken as the password, not an option.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNeo4jConf } from '../../src/neo4j/conf.ts';
import { resolveLayout } from '../../src/neo4j/layout.ts';
import { isInitialized, preparePassword } from '../../src/neo4j/password.ts';
import { findJava } from '../../src/neo4j/tools.ts';

const homes: string[] = [];
afterAll(async () => {
  for (const home of homes) await rm(home, { recursive: true, force: true });
});

describe('preparePassword', () => {
  for (const password of ['-starts-with-a-dash', '--looks-like-an-option', 'plain-password-123']) {
    it(`sets and stores ${JSON.stringify(password)}`, async () => {
      const home = await mkdtemp(join(tmpdir(), 'claimgraph-password-'));
      homes.push(home);
      const layout = resolveLayout({ home });
      await writeNeo4jConf(layout);
      const result = await preparePassword(layout, await findJava(), password);
      expect(result).toEqual({ password, generated: false });
      expect(await isInitialized(layout)).toBe(true);
      expect((await readFile(layout.passwordFile, 'utf8')).trim()).toBe(password);
    });
  }
});
