import { describe, expect, it } from 'vitest';
import { TokenBuckets, type BucketSettings } from './tokenBucket.ts';

/** Buckets on a clock the test moves by hand. */
function buckets(settings: Partial<BucketSettings> = {}) {
  const clock = { ms: 1_000_000 };
  const limiter = new TokenBuckets({
    perMinute: 60,
    burst: 5,
    maxClients: 100,
    now: () => clock.ms,
    ...settings,
  });
  return { limiter, clock };
}

describe('TokenBuckets', () => {
  it('lets a burst through, then refuses with the seconds until one more token', () => {
    const { limiter } = buckets();
    for (let i = 0; i < 5; i++) expect(limiter.take('a', 1)).toEqual({ allowed: true });
    expect(limiter.take('a', 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the configured rate, never past the burst', () => {
    const { limiter, clock } = buckets();
    for (let i = 0; i < 5; i++) limiter.take('a', 1);
    clock.ms += 2_000; // 60 a minute: two tokens back
    expect(limiter.take('a', 1).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
    clock.ms += 3_600_000;
    for (let i = 0; i < 5; i++) expect(limiter.take('a', 1).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('keeps one bucket per client: one client spending everything does not slow another', () => {
    const { limiter } = buckets();
    for (let i = 0; i < 50; i++) limiter.take('abuser', 1);
    expect(limiter.take('abuser', 1).allowed).toBe(false);
    expect(limiter.take('analyst', 1)).toEqual({ allowed: true });
  });

  it('charges an operation its cost, and an operation dearer than a full bucket only a full bucket', () => {
    const { limiter } = buckets();
    expect(limiter.take('a', 3).allowed).toBe(true);
    expect(limiter.take('a', 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b', 500).allowed).toBe(true);
    expect(limiter.take('b', 500)).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });

  it('does not charge a refused operation', () => {
    const { limiter, clock } = buckets({ perMinute: 6 }); // one token every 10 s
    for (let i = 0; i < 5; i++) limiter.take('a', 1);
    for (let i = 0; i < 20; i++) expect(limiter.take('a', 1).allowed).toBe(false);
    clock.ms += 10_000;
    expect(limiter.take('a', 1).allowed).toBe(true);
  });

  it('says a whole number of seconds to wait, rounded up', () => {
    const { limiter } = buckets({ perMinute: 7, burst: 1 });
    limiter.take('a', 1);
    // 7 a minute: one token takes 8.57 s.
    expect(limiter.take('a', 1)).toEqual({ allowed: false, retryAfterSeconds: 9 });
  });

  it('stays bounded: past maxClients the least recently used client is forgotten', () => {
    const { limiter } = buckets({ maxClients: 3 });
    for (const key of ['a', 'b', 'c']) limiter.take(key, 5);
    limiter.take('a', 1); // a is now the most recently used
    limiter.take('d', 5);
    expect(limiter.size).toBe(3);
    // b was evicted, so it starts again with a full bucket; a and d still have none.
    expect(limiter.take('b', 5).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('drops idle clients whose buckets have refilled, so a flood of addresses does not pile up', () => {
    const { limiter, clock } = buckets({ maxClients: 100_000 });
    for (let i = 0; i < 999; i++) limiter.take(`client-${String(i)}`, 1);
    expect(limiter.size).toBe(999);
    clock.ms += 60_000;
    limiter.take('late', 1); // the 1000th take sweeps
    expect(limiter.size).toBe(1);
  });
});
