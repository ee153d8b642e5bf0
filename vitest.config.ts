import { defineConfig } from 'vitest/config';

/**
 * graphql ships a CommonJS build (main) and an ESM one (module) without an exports map: Node loads
 * the first for dependencies such as @graphql-tools/schema, Vite would give our sources the
 * second, and graphql's instanceof checks then fail ("from another module or realm"). One copy.
 */
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

/**
 * Three tiers, by file name:
 * - unit:        x.test.ts beside the code; no database, fast.
 * - integration: x.int.test.ts; one real embedded Neo4j started by the global setup, shared by
 *                all files, which run one at a time and reset the data they use.
 * - e2e:         apps/web/e2e/*.e2e.test.ts; the production server on its own embedded Neo4j,
 *                driven through Debian's chromium with playwright-core.
 * - long:        *.long.test.ts, only in `pnpm test:long`, which also runs unit and integration
 *                with DETOUR_FUZZ_RUNS raised: the 10-minute soak (DETOUR_SOAK_MINUTES).
 */
/** Defined only when `pnpm test:long` sets DETOUR_TEST_LONG=1, so a plain `vitest run` never runs it. */
const long =
  process.env['DETOUR_TEST_LONG'] === '1'
    ? [
        {
          resolve,
          test: {
            name: 'long',
            include: ['{apps,packages}/*/{src,test,e2e}/**/*.long.test.ts'],
            hookTimeout: 360_000,
          },
        },
      ]
    : [];

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/*.long.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['{apps,packages}/*/{src,test}/**/*.int.test.ts'],
          globalSetup: ['apps/api/test/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['{apps,packages}/*/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 360_000,
        },
      },
      ...long,
    ],
  },
});
