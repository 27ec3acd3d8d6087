// The committed resolver types must be exactly what `npm run codegen` generates from schema.graphql:
// the schema is the contract, and the types are never edited (or allowed to drift) by hand.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('generated GraphQL types', () => {
  it('are current with schema.graphql (run `npm run codegen` after changing the schema)', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = await generate({ ...codegenConfig, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(path.resolve(ROOT, output.filename), 'utf8');
        expect(committed, `${output.filename} differs from what codegen generates`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
