import type { Dataset } from '@detour/domain';
import type { Database } from '../db/database.ts';
import { bulkLoad } from '../modules/datasets/bulkLoad.ts';
import {
  foreignEntities,
  importDataset,
  type ImportCounts,
} from '../modules/datasets/repository.ts';
import { CliError } from './cliError.ts';

/**
 * Datasets up to this many records (sources, entities, relationships) are written in one
 * transaction; Neo4j holds a transaction's changes in its heap, and the embedded default of
 * 512 MiB fails at around 50k relationships.
 */
export const SINGLE_TRANSACTION_RECORDS = 20_000;

/**
 * Writes one checked dataset: small ones in one transaction (MERGE by id, all or nothing), large
 * ones with bulkLoad (batches that replace the dataset and are removed again if the load dies).
 */
export async function writeDataset(
  db: Database,
  dataset: Dataset,
  onProgress: (written: number, total: number) => void,
): Promise<ImportCounts> {
  const counts = {
    sources: dataset.sources.length,
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
  };
  if (counts.sources + counts.entities + counts.relationships <= SINGLE_TRANSACTION_RECORDS) {
    return importDataset(db, dataset, { onProgress });
  }
  const id = dataset.dataset.id;
  const foreign = await foreignEntities(
    db,
    id,
    dataset.entities.map((entity) => entity.id),
  );
  if (foreign.length > 0) {
    const list = foreign.map((e) => `"${e.id}" (dataset "${e.datasetId}")`).join(', ');
    throw new CliError(
      `Dataset "${id}" has more than ${String(SINGLE_TRANSACTION_RECORDS)} records, so it is loaded in batches that replace the dataset as a whole, but some of its entities belong to other datasets: ${list}. Give them other ids, or split the file.\nNothing was imported.`,
    );
  }
  return bulkLoad(db, { ...dataset, counts }, { onProgress });
}
