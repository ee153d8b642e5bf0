import autocannon from 'autocannon';
import { median } from '../stats/stats.ts';

export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export interface LoadOptions {
  /** http://127.0.0.1:port */
  readonly origin: string;
  readonly connections: number;
  readonly seconds: number;
  /** A fresh request each time (different ids, so no cache answers the same one twice). */
  readonly next: () => LoadRequest;
}

export interface LoadResult {
  /** Completed requests per second over the whole run. */
  readonly rps: number;
  /** Completed requests in each whole second of the run. */
  readonly perSecond: readonly number[];
  /** Every response's latency in ms. */
  readonly latencies: readonly number[];
  /** Socket errors, timeouts and non-2xx answers. */
  readonly errors: number;
}

/**
 * Closed-loop load with autocannon (in this process; the server under test runs in its own):
 * `connections` clients, each sending its next request as soon as the last one is answered.
 */
export function runLoad({ origin, connections, seconds, next }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const stamps: number[] = [];
  let started = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error: unknown, result) => {
        if (error !== null && error !== undefined) {
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          return;
        }
        const buckets = new Map<number, number>();
        for (const stamp of stamps) {
          const second = Math.floor((stamp - started) / 1000);
          if (second < seconds) buckets.set(second, (buckets.get(second) ?? 0) + 1);
        }
        const perSecond = Array.from({ length: seconds }, (_, s) => buckets.get(s) ?? 0);
        resolve({
          rps: result.requests.total / seconds,
          perSecond,
          latencies,
          errors: result.errors + result.timeouts + result.non2xx,
        });
      },
    );
    instance.on('start', () => {
      started = performance.now();
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      stamps.push(performance.now());
      latencies.push(responseTime);
    });
  });
}

/** The median of the per-second counts: steadier than the mean when a second stalls. */
export function medianRps(result: LoadResult): number {
  return result.perSecond.length > 0 ? median(result.perSecond) : result.rps;
}
