import {
  isNamedSize,
  networkRecords,
  writeNetworkFile,
  type NetworkOptions,
  type NetworkSize,
} from '@detour/synthetic';
import type { Database } from '../db/database.ts';
import { bulkLoad } from '../modules/datasets/bulkLoad.ts';
import { CliError } from './cliError.ts';
import { canLoadFresh, freshSummary, loadFresh } from './freshLoad.ts';
import { removeUnfinished } from './importCommand.ts';
import { progressLine } from './progress.ts';
import { withDatabase } from './withDatabase.ts';

export const SIZE_CHOICES = 'S, M, L or <entities>x<relationships> such as 1000x10000';

const CUSTOM_SIZE = /^(\d+)x(\d+)$/;

/** `--size` and `--seed` → the generator's options (S and 42 when absent). */
export function generateOptions(size = 'S', seed = '42'): NetworkOptions {
  const named = size.toUpperCase();
  const custom = CUSTOM_SIZE.exec(size);
  let parsed: NetworkSize;
  if (isNamedSize(named)) parsed = named;
  else if (custom !== null)
    parsed = { entities: Number(custom[1]), relationships: Number(custom[2]) };
  else throw new CliError(`--size: "${size}" is not one of ${SIZE_CHOICES}`);
  if (!/^\d+$/.test(seed)) throw new CliError(`--seed: expected a whole number, got "${seed}"`);
  return { size: parsed, seed: Number(seed) };
}

function summary(
  verb: string,
  id: string,
  relationships: number,
  entities: number,
  started: number,
): string {
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(relationships / Math.max(seconds, 0.001));
  return `${verb} "${id}": ${String(entities)} entities, ${String(relationships)} relationships in ${seconds.toFixed(2)} s (${String(rate)} relationships/s).`;
}

/** Catches the generator's RangeErrors (targets it cannot reach) as user errors. */
function network(options: NetworkOptions): ReturnType<typeof networkRecords> {
  try {
    return networkRecords(options);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}

/** `generate --out file.json`: streams the network to a detour.dataset/v1 file. */
export async function writeNetwork(
  path: string,
  options: NetworkOptions,
  log: (line: string) => void,
): Promise<void> {
  const { dataset } = network(options);
  const started = performance.now();
  const counts = await writeNetworkFile(path, options, {
    onProgress: progressLine(dataset.id, 'records', log),
  });
  log(summary(`Wrote ${path} with`, dataset.id, counts.relationships, counts.entities, started));
}

/** `generate` without --out: generates and loads in batches, replacing an earlier copy. */
export async function loadNetwork(
  db: Database,
  options: NetworkOptions,
  log: (line: string) => void,
): Promise<void> {
  const stream = network(options);
  await removeUnfinished(db, log);
  const started = performance.now();
  const counts = await bulkLoad(db, stream, {
    onProgress: progressLine(stream.dataset.id, 'records', log),
  });
  log(
    summary(
      'Generated and loaded',
      stream.dataset.id,
      counts.relationships,
      counts.entities,
      started,
    ),
  );
}

/** How `generate` writes into the store: `--fresh`, `--incremental`, or neither (auto). */
export interface LoadChoice {
  readonly fresh: boolean;
  readonly incremental: boolean;
}

/**
 * `generate` without --out. A store that does not exist yet is built with Neo4j's batch importer
 * (loadFresh); otherwise, or with --incremental, the network is loaded through Cypher in batches
 * (bulkLoad), replacing an earlier copy. --fresh insists on the batch importer.
 */
export async function generateIntoStore(
  options: NetworkOptions,
  choice: LoadChoice,
  log: (line: string) => void,
  info: (line: string) => void,
): Promise<void> {
  if (choice.fresh && choice.incremental)
    throw new CliError(
      '--fresh and --incremental: choose one (or neither, to let the store decide).',
    );
  if (choice.fresh || (!choice.incremental && canLoadFresh())) {
    const stream = network(options);
    log(`The store is new: building it with Neo4j's batch importer.`);
    const loaded = await loadFresh(stream, log);
    log(freshSummary('Generated and loaded', stream.dataset.id, loaded));
    return;
  }
  await withDatabase((db) => loadNetwork(db, options, log), info);
}
