/**
 * Token buckets, one per client key, in this process's memory. A bucket holds up to `burst`
 * tokens and refills at `perMinute`; an operation takes its cost in tokens or is refused with the
 * seconds until it could run. Memory stays bounded: a bucket that has refilled completely is the
 * same as no bucket and is dropped, and past `maxClients` the least recently used goes first.
 */

export interface BucketSettings {
  /** Tokens added per minute: the sustained rate. */
  readonly perMinute: number;
  /** The most tokens a bucket holds: how many operations may come at once. */
  readonly burst: number;
  /** The most buckets kept; the least recently used are evicted past it. */
  readonly maxClients: number;
  /** Milliseconds since some fixed moment; injected so tests need no sleeping. */
  readonly now: () => number;
}

export type Take =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private takes = 0;

  constructor(private readonly settings: BucketSettings) {
    this.perMs = settings.perMinute / 60_000;
  }

  /** How many clients have a bucket now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes `cost` tokens (at most a full bucket) from the client's bucket, or says when to retry. */
  take(key: string, cost: number): Take {
    const now = this.settings.now();
    const need = Math.min(cost, this.settings.burst);
    const tokens = this.level(this.buckets.get(key), now);
    this.buckets.delete(key); // re-inserted below: the Map's order is least recently used first
    if (++this.takes % 1_000 === 0) this.dropFull(now);
    if (tokens < need) {
      this.buckets.set(key, { tokens, at: now });
      this.evictPastLimit();
      return { allowed: false, retryAfterSeconds: Math.ceil((need - tokens) / this.perMs / 1000) };
    }
    this.buckets.set(key, { tokens: tokens - need, at: now });
    this.evictPastLimit();
    return { allowed: true };
  }

  private level(bucket: Bucket | undefined, now: number): number {
    if (bucket === undefined) return this.settings.burst;
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.settings.burst, bucket.tokens + elapsed * this.perMs);
  }

  /** Buckets that have refilled completely: their clients have been idle long enough. */
  private dropFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.level(bucket, now) >= this.settings.burst) this.buckets.delete(key);
    }
  }

  private evictPastLimit(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.settings.maxClients) return;
      this.buckets.delete(key);
    }
  }
}
