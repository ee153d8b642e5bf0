import { describe, expect, it } from 'vitest';
import { LruCache } from './lruCache.ts';

describe('LruCache', () => {
  it('forgets the least recently used entries past its limit, never the newest', () => {
    const cache = new LruCache<string>(10, (v) => v.length);
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa'); // a is now the most recent
    cache.set('c', 'cccc'); // 12 > 10: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('aaaa');
    cache.set('huge', 'x'.repeat(50)); // alone over the limit, but kept
    expect(cache.get('huge')).toHaveLength(50);
    expect(cache.get('a')).toBeUndefined();
  });

  it('accounts for sizes learnt later', () => {
    const cache = new LruCache<number>(100, () => 0);
    cache.set('x', 1);
    cache.set('y', 2);
    cache.resize('y', 90);
    cache.resize('x', 20); // 110: the entry that grew stays, the other goes
    expect(cache.get('y')).toBeUndefined();
    expect(cache.get('x')).toBe(1);
  });
});
