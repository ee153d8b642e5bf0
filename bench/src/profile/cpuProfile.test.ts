import { describe, expect, it } from 'vitest';
import { ownerOf } from './cpuProfile.ts';

describe('ownerOf', () => {
  it('names the npm package, the workspace folder, Node or V8', () => {
    expect(
      ownerOf(
        'file:///r/node_modules/.pnpm/graphql@16.15.0/node_modules/graphql/execution/execute.js',
        'f',
      ),
    ).toBe('graphql');
    expect(
      ownerOf('file:///r/node_modules/.pnpm/@envelop+core@5/node_modules/@envelop/core/x.js', 'f'),
    ).toBe('@envelop/core');
    expect(ownerOf('file:///r/apps/api/src/db/database.ts', 'read')).toBe('apps/api/src/db');
    expect(ownerOf('node:internal/streams', 'f')).toBe('node internals');
    expect(ownerOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});
