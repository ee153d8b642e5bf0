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

/** `pnpm detour generate` of the store's network into a new data directory, removed afterwards. */
async function generate(
  store: Store,
  options: BenchOptions,
  how: 'fresh' | 'incremental',
  log: (line: string) => void,
): Promise<CliRun> {
  const dataDir = join(BENCH_DATA_DIR, `w3-${how}-${store.size}`);
  await rm(dataDir, { recursive: true, force: true });
  try {
    const memory = { heapMiB: options.heapMiB, pageCacheMiB: options.pageCacheMiB };
    return await runCli(
      ['generate', '--size', store.size, '--seed', String(store.seed), `--${how}`],
      { DETOUR_DATA_DIR: dataDir, ...cliMemoryVars(memory) },
      log,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** "files 3.1 s, importer 9.0 s, Neo4j start with constraints and indexes 12.5 s", as printed. */
function phases(run: CliRun): string {
  const summary = run.output.find((line) => line.includes('relationships/s')) ?? '';
  const found = /with Neo4j's batch importer: (.*)\.$/.exec(summary);
  return found?.[1] ?? 'phases not printed';
}

/** The baseline: the same records with plain UNWIND … CREATE into a fresh store, as a row. */
async function unwindBaseline(
  store: Store,
  options: BenchOptions,
  results: Results,
  log: (line: string) => void,
): Promise<{ label: string; median: number }> {
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
  const rate = baseline.relationships / baseline.seconds;
  results.add({
    workload: 'W3',
    size: store.size,
    figure: 'import: plain UNWIND … CREATE, 10k batches, id index only',
    unit: 'rels/s',
    median: rate,
    p95: null,
    note: `1 run, ${baseline.seconds.toFixed(1)} s; relationship phase ${(baseline.relationships / baseline.relationshipSeconds).toFixed(0)} rels/s`,
  });
  return { label: 'UNWIND … CREATE', median: rate };
}

/**
 * W3: relationships/s loading the network into a new store (each its own embedded Neo4j, fresh
 * directory, the same schema) three ways in one run: plain UNWIND … CREATE (the baseline),
 * `pnpm detour generate --incremental` (the batched Cypher load every import into a live database
 * uses), and `pnpm detour generate` on a new store (Neo4j's batch importer, then a start for the
 * constraints and indexes). The CLI rates are what the CLI prints for its load.
 */
export async function runW3(
  store: Store,
  options: BenchOptions,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  const loaders = options.w3Loaders;
  let fresh: CliRun | null = null;
  if (loaders.has('fresh')) {
    log(`  W3: ${store.size} into a new store with the batch importer (pnpm detour generate) …`);
    fresh = store.built ?? (await generate(store, options, 'fresh', log));
  }
  let incremental: CliRun | null = null;
  if (loaders.has('incremental')) {
    log(`  W3: ${store.size} through the batched Cypher load (generate --incremental) …`);
    incremental = await generate(store, options, 'incremental', log);
  }
  const against = loaders.has('unwind') ? await unwindBaseline(store, options, results, log) : null;
  const relationships = NETWORK_SIZES[store.size].relationships;
  const wall = (run: CliRun): string =>
    `${String(relationships)} rels in ${run.printedSeconds.toFixed(1)} s as the CLI reports it, ${run.wallSeconds.toFixed(1)} s wall incl. JVM start`;
  const baseline = against === null ? {} : { baseline: against };
  if (incremental !== null) {
    results.add({
      workload: 'W3',
      size: store.size,
      figure: 'import into a live database: pnpm detour generate --incremental (batched Cypher)',
      unit: 'rels/s',
      median: incremental.printedRate,
      p95: null,
      ...baseline,
      target: { text: '≥ 50k rels/s', met: incremental.printedRate >= 50_000 },
      note: `1 run; ${wall(incremental)}`,
    });
  }
  if (fresh !== null) {
    const againstCypher =
      incremental === null
        ? ''
        : `; ${(fresh.printedRate / incremental.printedRate).toFixed(2)}× the batched Cypher load`;
    results.add({
      workload: 'W3',
      size: store.size,
      figure: "new store: pnpm detour generate (Neo4j's batch importer)",
      unit: 'rels/s',
      median: fresh.printedRate,
      p95: null,
      ...baseline,
      target: { text: '≥ 200k rels/s', met: fresh.printedRate >= 200_000 },
      note: `1 run; ${wall(fresh)}; ${phases(fresh)}${againstCypher}`,
    });
  }
}
