import { defineConfig } from 'vitest/config';

/** The bench's own unit tests (the root config's projects only look under apps/ and packages/). */
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
