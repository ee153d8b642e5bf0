/**
 * Test-only (the soak, config.heapSamples): appends the heap to a file as JSON lines, one per
 * interval, each taken right after a full GC when node runs with --expose-gc, so the series shows
 * what stays alive rather than when the collector last ran. Nothing is served over HTTP.
 */
import { appendFileSync } from 'node:fs';

export interface HeapSample {
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly heapUsedBytes: number;
  readonly heapTotalBytes: number;
  readonly rssBytes: number;
  /** True when a full GC ran just before (node --expose-gc). */
  readonly afterGc: boolean;
}

export function takeHeapSample(): HeapSample {
  const collect = globalThis.gc;
  collect?.();
  const memory = process.memoryUsage();
  return {
    at: Date.now(),
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    rssBytes: memory.rss,
    afterGc: collect !== undefined,
  };
}

/** Samples now and every intervalMs; returns a function that stops sampling. */
export function startHeapSamples(file: string, intervalMs: number): () => void {
  const sample = (): void => {
    appendFileSync(file, JSON.stringify(takeHeapSample()) + '\n');
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
