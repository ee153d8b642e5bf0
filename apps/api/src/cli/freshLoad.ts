import {
  beginStoreBuild,
  isNewStore,
  StoreBuildRefused,
  type ImporterProgress,
} from '@detour/neo4j-embedded';
import { loadConfig, type Config } from '../config.ts';
import type { RecordStream } from '../modules/datasets/bulkLoad.ts';
import type { ImportCounts } from '../modules/datasets/repository.ts';
import { CsvValueError } from '../modules/datasets/csvColumns.ts';
import { writeImportFiles } from '../modules/datasets/writeImportFiles.ts';
import { CliError } from './cliError.ts';
import { completeFreshStore } from './completeFreshStore.ts';
import { duration, eta, progressLine } from './progress.ts';

export interface FreshLoadTimes {
  /** Writing the importer's CSV files. */
  readonly files: number;
  /** Neo4j's batch importer, JVM start included. */
  readonly importer: number;
  /** Starting Neo4j on the new store. */
  readonly start: number;
  /** Its constraints and indexes, filled from the data, and the Dataset node. */
  readonly schema: number;
  /** All of the above: Neo4j's stop at the end is left out, as bulkLoad's times leave it out. */
  readonly total: number;
}

export interface FreshLoad {
  readonly counts: ImportCounts;
  /** Seconds per phase. */
  readonly seconds: FreshLoadTimes;
}

/**
 * True when the configured store is the embedded one and does not exist yet: where `generate`
 * builds it with the batch importer.
 */
export function canLoadFresh(config: Config = loadConfig()): boolean {
  return config.neo4j.mode === 'embedded' && isNewStore(config.neo4j.dataDir);
}

/** Prints the importer's stage, percentage and the time left in the stage, once a second. */
function importerProgress(label: string, log: (line: string) => void) {
  let stageStarted = performance.now();
  let stage = 0;
  let last = -Infinity;
  return ({ stage: n, stages, name, percent }: ImporterProgress): void => {
    const now = performance.now();
    if (n !== stage) {
      stage = n;
      stageStarted = now;
      last = -Infinity;
    }
    if (now - last < 1000 && percent < 100) return;
    last = now;
    // The first few percent come after a fixed delay: no estimate from them.
    const left = percent < 10 ? null : eta(percent, 100, (now - stageStarted) / 1000);
    const tail = left === null ? '' : `, about ${duration(left)} left in this stage`;
    log(
      `  ${label}: batch importer (${String(n)}/${String(stages)}) ${name} ${String(percent)} %${tail}`,
    );
  };
}

/**
 * Builds a new embedded store holding `stream` with Neo4j's batch importer, then starts Neo4j on it
 * once to create the same constraints and indexes as any start (ensureSchema) and write the
 * Dataset node (finishImport), as bulkLoad's last transaction does. Refused with STORE_NOT_NEW
 * when the store exists (or NEO4J_URI names a server) and STORE_IN_USE when something has it
 * open: nothing is ever replaced. A failure before the store is complete leaves no store.
 */
export async function loadFresh(
  stream: RecordStream,
  log: (line: string) => void,
): Promise<FreshLoad> {
  const config = loadConfig();
  if (config.neo4j.mode !== 'embedded') {
    throw new CliError(
      'a fresh load builds the embedded store, but NEO4J_URI names a server; leave out --fresh to import into it, or unset NEO4J_URI.',
      'STORE_NOT_NEW',
    );
  }
  const id = stream.dataset.id;
  const started = performance.now();
  let build;
  try {
    build = await beginStoreBuild(config.neo4j.dataDir);
  } catch (error) {
    if (error instanceof StoreBuildRefused) throw new CliError(error.message, error.code);
    throw error;
  }
  try {
    log(`  ${id}: writing the batch importer's files …`);
    const { files, load } = await writeImportFiles(
      build.inputDir,
      stream,
      progressLine(`${id}: files`, 'records', log),
    ).catch((error: unknown) => {
      if (error instanceof CsvValueError)
        throw new CliError(`${error.message}\nNothing was imported.`);
      throw error;
    });
    const written = performance.now();
    await build.importFiles(files, {
      heapMiB: config.neo4j.heapMiB,
      offHeapMiB: config.neo4j.importMemoryMiB,
      onProgress: importerProgress(id, log),
      log,
    });
    const imported = performance.now();
    log(`  ${id}: store built; starting Neo4j on it for its constraints and indexes …`);
    let completion;
    try {
      completion = await completeFreshStore(config, load, stream.dataset, log);
    } catch (error) {
      await build.discardStore();
      throw error;
    }
    const writing = (written - started) / 1000;
    const importer = (imported - written) / 1000;
    return {
      counts: { ...stream.counts },
      seconds: {
        files: writing,
        importer,
        start: completion.start,
        schema: completion.schema,
        total: writing + importer + completion.start + completion.schema,
      },
    };
  } finally {
    await build.release();
  }
}

/** The last line of a fresh load: totals, the rate, and where the time went. */
export function freshSummary(verb: string, id: string, { counts, seconds }: FreshLoad): string {
  const rate = Math.round(counts.relationships / Math.max(seconds.total, 0.001));
  return (
    `${verb} "${id}": ${String(counts.entities)} entities, ${String(counts.relationships)} relationships, ${String(counts.sources)} sources in ${seconds.total.toFixed(2)} s (${String(rate)} relationships/s) with Neo4j's batch importer: ` +
    `files ${seconds.files.toFixed(1)} s, importer ${seconds.importer.toFixed(1)} s, Neo4j start ${seconds.start.toFixed(1)} s, constraints and indexes ${seconds.schema.toFixed(1)} s.`
  );
}
