import { defineConfig } from 'vitest/config';

/**
 * Three tiers, by file name:
 * - unit:        x.test.ts beside the code; no database, fast.
 * - integration: x.int.test.ts; one real embedded Neo4j started by the global setup, shared by
 *                all files, which run one at a time and reset the data they use.
 * - e2e:         apps/web/e2e/*.e2e.test.ts; the production server on its own embedded Neo4j,
 *                driven through Debian's chromium with playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
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
        test: {
          name: 'e2e',
          include: ['{apps,packages}/*/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 360_000,
        },
      },
    ],
  },
});
