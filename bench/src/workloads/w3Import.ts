import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { NETWORK_SIZES } from '@detour/synthetic';
import type { BenchOptions } from '../options.ts';
import type { Results } from '../report/results.ts';
import { openDatabase } from '../setup/database.ts';
import { BENCH_DATA_DIR } from '../setup/paths.ts';
import { runCli, type CliRun } from '../setup/runCli.ts';
import { cliMemoryVars, type Store } from '../setup/store.ts';
import { unwindCreate } from './w3Unwind.ts';

/** The CLI's load of this network: the store's own load if it happened in this run, else a fresh one. */
async function cliLoad(
  store: Store,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<CliRun> {
  if (store.built !== null) return store.built;
  const dataDir = join(BENCH_DATA_DIR, `w3-cli-${store.size}`);
  await rm(dataDir, { recursive: true, force: true });
  try {
    const memory = { heapMiB: options.heapMiB, pageCacheMiB: options.pageCacheMiB };
    return await runCli(
      ['generate', '--size', store.size, '--seed', String(store.seed)],
      { DETOUR_DATA_DIR: dataDir, ...cliMemoryVars(memory) },
      log,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * W3: relationships/s loading the network through `pnpm detour generate` (fresh store, its own
 * embedded Neo4j) vs a plain UNWIND … CREATE of the same records into a fresh store.
 */
export async function runW3(
  store: Store,
  options: BenchOptions,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  log(`  W3: importing ${store.size} through the CLI …`);
  const cli = await cliLoad(store, options, log);
  log(`  W3: the same records with plain UNWIND … CREATE …`);
  const dataDir = join(BENCH_DATA_DIR, `w3-unwind-${store.size}`);
  await rm(dataDir, { recursive: true, force: true });
  const memory = { heapMiB: options.heapMiB, pageCacheMiB: options.pageCacheMiB };
  const database = await openDatabase(dataDir, memory, false, log);
  let baseline;
  try {
    baseline = await unwindCreate(database.driver, store.size, store.seed);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  const relationships = NETWORK_SIZES[store.size].relationships;
  const baselineRate = baseline.relationships / baseline.seconds;
  results.add({
    workload: 'W3',
    size: store.size,
    figure: 'import: plain UNWIND … CREATE, 10k batches, id index only',
    unit: 'rels/s',
    median: baselineRate,
    p95: null,
    note: `1 run, ${baseline.seconds.toFixed(1)} s; relationship phase ${(baseline.relationships / baseline.relationshipSeconds).toFixed(0)} rels/s`,
  });
  results.add({
    workload: 'W3',
    size: store.size,
    figure: 'import: pnpm detour generate (CLI)',
    unit: 'rels/s',
    median: cli.printedRate,
    p95: null,
    baseline: { label: 'UNWIND … CREATE', median: baselineRate },
    target: { text: '≥ 50k rels/s', met: cli.printedRate >= 50_000 },
    note: `1 run; ${String(relationships)} rels in ${cli.printedSeconds.toFixed(1)} s as the CLI reports it, ${cli.wallSeconds.toFixed(1)} s wall incl. JVM start`,
  });
}
