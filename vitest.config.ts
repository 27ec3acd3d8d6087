import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql-js for everyone: Vite would otherwise give our modules graphql's ESM build (index.mjs)
// while Apollo Server loads its CommonJS build, and `instanceof GraphQLError` fails between the two
// (Apollo then reports our deliberate errors as INTERNAL_SERVER_ERROR). Node itself loads one copy.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

// Two projects: `unit` (pure code, no database, fast) and `integration` (`*.int.test.ts`, against a
// real Neo4j started once by the global setup, or NEO4J_TEST_URI when given).
//   npx vitest run --project unit        # extraction, ingest parsing, ...
//   npx vitest run --project integration # graph, API, browser
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/setup/neo4j.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One shared Neo4j on a 2-core machine: files run one at a time, each isolating its data.
          fileParallelism: false,
        },
      },
    ],
  },
});
