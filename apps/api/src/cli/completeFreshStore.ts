import type { DatasetInfo } from '@detour/domain';
import type { Config } from '../config.ts';
import { connect } from '../db/connect.ts';
import { createDatabase } from '../db/database.ts';
import { ensureSchema } from '../db/schema.ts';
import { finishImport, type BegunImport } from '../modules/datasets/unfinishedImports.ts';
import { progressLine } from './progress.ts';

/** Time for each constraint to fill its index from a freshly imported store (L: 10M relationships). */
const SCHEMA_TIMEOUT_MS = 3_600_000;

export interface CompletionTimes {
  /** Starting the embedded Neo4j on the new store. */
  readonly start: number;
  /** ensureSchema over the imported data (each constraint fills its index), and finishImport. */
  readonly schema: number;
}

/**
 * The first start of a store the batch importer built: the same constraints and indexes as every
 * start (ensureSchema, given time to fill them from the data), then the load's last transaction
 * (finishImport: the Dataset node, the Import node gone, a new data version). Neo4j is stopped
 * again afterwards, also when this fails; the times leave the stop out.
 */
export async function completeFreshStore(
  config: Config,
  load: BegunImport,
  info: DatasetInfo,
  log: (line: string) => void,
): Promise<CompletionTimes> {
  const started = performance.now();
  const connection = await connect(config, log, {
    transactionTimeoutSeconds: SCHEMA_TIMEOUT_MS / 1000,
  });
  const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
  try {
    const ready = performance.now();
    await ensureSchema(db, {
      timeoutMs: SCHEMA_TIMEOUT_MS,
      onProgress: progressLine(`${info.id}: constraints and indexes`, 'statements', log),
    });
    await finishImport(db, load, info);
    return { start: (ready - started) / 1000, schema: (performance.now() - ready) / 1000 };
  } finally {
    await db.close();
    await connection.embedded?.stop();
  }
}
