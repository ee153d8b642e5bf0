import { describe, expect, it } from 'vitest';
import { closest } from './suggest.ts';

describe('closest', () => {
  it('suggests near misses and other casings, and nothing for unrelated words', () => {
    expect(closest('knd', ['id', 'kind', 'name'])).toBe('kind');
    expect(closest('cloud_provider', ['CloudProvider', 'Chip'])).toBe('CloudProvider');
    expect(closest('relatonships', ['sources', 'relationships'])).toBe('relationships');
    expect(closest('colour', ['id', 'kind', 'name'])).toBeUndefined();
    expect(closest('xy', ['id', 'to'])).toBeUndefined();
  });
});
