import { medianRps, runLoad } from '../measure/load.ts';
import { timeEach, timeEachSync } from '../measure/timeEach.ts';
import { shortestIndirectPath } from '../network/shortestIndirect.ts';
import type { NetworkModel } from '../network/networkModel.ts';
import type { BenchOptions } from '../options.ts';
import type { Results } from '../report/results.ts';
import { startServer } from '../servers/startServer.ts';
import { median, p95 } from '../stats/stats.ts';
import type { Pair, SizeContext } from './context.ts';
import { randomPairs } from './pairs.ts';

export interface CsrFloor {
  readonly samples: readonly number[];
  /** Per pair: relationships on the shortest indirect path, OFFERS included; null when none. */
  readonly hops: readonly (number | null)[];
}

const floors = new WeakMap<NetworkModel, CsrFloor>();

/**
 * W0(a): the in-process floor for W1's first question, on the same pairs: BFS over typed arrays,
 * no database, no I/O. Measured once per network and shared with W1.
 */
export function csrFloor(model: NetworkModel, pairs: readonly Pair[], warmup: number): CsrFloor {
  const cached = floors.get(model);
  if (cached !== undefined) return cached;
  const hops = pairs.map((pair) => {
    const path = shortestIndirectPath(model, pair.fromIndex, pair.toIndex);
    return path === null ? null : path.length;
  });
  const samples = timeEachSync(
    pairs,
    (pair) => shortestIndirectPath(model, pair.fromIndex, pair.toIndex),
    warmup,
  );
  const floor = { samples, hops };
  floors.set(model, floor);
  return floor;
}

/** W0(a, b) on one network: the CSR floor and `RETURN 1` through neo4j-driver. */
export async function runW0Size(ctx: SizeContext): Promise<void> {
  const { model, options, results, size, database } = ctx;
  const pairs = randomPairs(model, options.iterations);
  const started = performance.now();
  const floor = csrFloor(model, pairs, options.warmup);
  const found = floor.hops.filter((h) => h !== null).length;
  results.add({
    workload: 'W0',
    size,
    figure: 'CSR shortest indirect path, in process (floor)',
    unit: 'ms',
    median: median(floor.samples),
    p95: p95(floor.samples),
    note: `${String(found)}/${String(pairs.length)} pairs have a path; ${String(model.relationships)} rels; ${((performance.now() - started) / 1000).toFixed(1)} s incl. build`,
  });
  const inputs = Array.from({ length: options.iterations * 2 }, (_, i) => i);
  const timeQuery = (text: string) =>
    timeEach(
      inputs,
      () => database.driver.executeQuery(text, {}, { database: 'neo4j', routing: 'READ' }),
      options.warmup,
    );
  const samples = await timeQuery('RETURN 1');
  results.add({
    workload: 'W0',
    size,
    figure: 'RETURN 1 through neo4j-driver, 1 client (floor)',
    unit: 'ms',
    median: median(samples),
    p95: p95(samples),
  });
  // A query text longer than the driver's first write: neo4j-driver 5.28 left Nagle on and waited
  // ~40 ms for the server's delayed ACK; 6.3 sets TCP_NODELAY. Filtered accessPaths texts are this long.
  const long = await timeQuery(`RETURN 1 // ${'x'.repeat(1_800)}`);
  results.add({
    workload: 'W0',
    size,
    figure: 'RETURN 1 with a 1.8 kB query text, 1 client',
    unit: 'ms',
    median: median(long),
    p95: p95(long),
    baseline: { label: 'RETURN 1', median: median(samples) },
  });
}

/** W0(c): a bare node:http handler, in its own process, under 8 autocannon connections. */
export async function runW0Http(options: BenchOptions, results: Results): Promise<void> {
  const server = await startServer('hello');
  try {
    const load = await runLoad({
      origin: server.origin,
      connections: 8,
      seconds: options.loadSeconds,
      next: () => ({ method: 'GET', path: '/' }),
    });
    results.add({
      workload: 'W0',
      size: '-',
      figure: 'bare node:http handler, 8 connections (floor)',
      unit: 'req/s',
      median: medianRps(load),
      p95: p95([...load.latencies]),
      p95Unit: 'ms latency',
    });
  } finally {
    await server.stop();
  }
}
