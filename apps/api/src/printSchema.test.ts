import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printDetourSchema, SCHEMA_FILE } from './printSchema.ts';

describe('apps/api/schema.graphql', () => {
  it('is the SDL the server runs (run pnpm --filter @detour/api schema:print to update)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === printDetourSchema(),
      'apps/api/schema.graphql differs from the schema the server runs: run pnpm --filter @detour/api schema:print to update it',
    ).toBe(true);
  });
});
