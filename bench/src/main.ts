/**
 * `pnpm bench [-- --only W1,W6 --sizes S --quick]`: Detour's benchmark suite. Every figure is
 * printed beside a baseline measured in the same run, as a ratio: machines are shared and noisy.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NamedSize } from '@detour/synthetic';
import { buildNetworkModel } from './network/networkModel.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { describeMachine, sampleLoad, type Machine } from './report/machine.ts';
import { Results } from './report/results.ts';
import { resultsTable } from './report/table.ts';
import { startServer } from './servers/startServer.ts';
import { openDatabase } from './setup/database.ts';
import { BENCH_DATA_DIR } from './setup/paths.ts';
import { ensureStore, type Store } from './setup/store.ts';
import { profileDetour } from './workloads/profileDetour.ts';
import { runW0Http, runW0Size } from './workloads/w0Floors.ts';
import { runW1 } from './workloads/w1AccessPaths.ts';
import { runW2 } from './workloads/w2Api.ts';
import { runW3 } from './workloads/w3Import.ts';
import { runW4 } from './workloads/w4Browser.ts';
import { runW5 } from './workloads/w5Analysts.ts';
import { runW6 } from './workloads/w6Analyses.ts';
import { runW7 } from './workloads/w7Search.ts';

const log = (line: string): void => {
  console.log(line);
};

async function runSize(
  size: NamedSize,
  largest: boolean,
  options: BenchOptions,
  machine: Machine,
  results: Results,
): Promise<Store | null> {
  const { only } = options;
  const needsDb =
    only.has('W0') ||
    only.has('W1') ||
    only.has('W2') ||
    only.has('W6') ||
    only.has('W7') ||
    options.profile ||
    (largest && only.has('W5'));
  const needsStore = needsDb || (largest && only.has('W3'));
  if (!needsStore) return null;
  log(`\n== ${size}`);
  const memory = { heapMiB: options.heapMiB, pageCacheMiB: options.pageCacheMiB };
  const store = await ensureStore(size, options.seed, memory, log);
  if (!needsDb) return store;
  log(`  building the in-process model of ${size} …`);
  const model = buildNetworkModel(size, options.seed);
  const database = await openDatabase(store.dataDir, memory, only.has('W2'), log);
  machine.neo4j = `${database.neo4jVersion}${only.has('W2') ? ' + APOC core 5.26.19' : ''}`;
  try {
    const detour = await startServer('detour', database.neo4j.uri);
    try {
      const ctx = { size, model, database, detour, options, results, log };
      if (only.has('W0')) await runW0Size(ctx);
      if (only.has('W1')) await runW1(ctx);
      if (only.has('W2')) await runW2(ctx);
      if (options.profile) await profileDetour(ctx);
      if (largest && only.has('W5')) await runW5(ctx);
      if (only.has('W6')) await runW6(ctx);
      if (only.has('W7')) await runW7(ctx);
      sampleLoad(machine);
    } finally {
      await detour.stop();
    }
  } finally {
    await database.close();
  }
  return store;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const machine = await describeMachine();
  machine.neo4jMemory = `heap ${String(options.heapMiB)} MiB, page cache ${String(options.pageCacheMiB)} MiB`;
  const results = new Results(log);
  log(
    `Detour bench: ${[...options.only].join(', ')} on ${options.sizes.join(', ')}${options.quick ? ' (quick)' : ''}`,
  );
  log(
    `${machine.cpu}, ${String(machine.cores)} cores, ${machine.memory}; Node ${machine.node}; ${machine.java}`,
  );
  if (options.only.has('W0')) await runW0Http(options, results);
  if (options.only.has('W4')) await runW4(options, results, log);
  for (const [i, size] of options.sizes.entries()) {
    const largest = i === options.sizes.length - 1;
    const store = await runSize(size, largest, options, machine, results);
    if (largest && options.only.has('W3') && store !== null) {
      await runW3(store, options, results, log);
    }
  }
  sampleLoad(machine);
  const table = resultsTable(results, machine);
  log(`\n${table}`);
  const out = options.out ?? join(BENCH_DATA_DIR, 'results-latest.md');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${new Date().toISOString()}\n\n${table}\n`);
  log(`\nWritten to ${out}`);
  return results.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
