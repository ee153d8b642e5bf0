import { randomUUID } from 'node:crypto';
import type { DatasetInfo } from '@detour/domain';
import type { Database, Tx } from '../../db/database.ts';

/** Nodes deleted per transaction when removing a dataset (each takes its relationships along). */
const REMOVE_BATCH = 2_000;

/**
 * An `(:Import)` node marks a batched load in progress: written before its first record, deleted
 * in the transaction that writes its Dataset node. One that is still there belongs to a load that
 * died or was superseded; its records are removed before the next load or server start.
 */
export const IMPORT_CYPHER = {
  begin: [
    'CREATE (i:Import {id: $id, datasetId: $datasetId, state: "loading", batches: 0})',
    'SET i.startedAt = datetime(), i.newSourceIds = $newSourceIds',
  ].join('\n'),
  /** Run first in every batch's transaction: no row means the import was taken over. */
  claim: [
    'MATCH (i:Import {id: $importId, state: "loading"})',
    'SET i.batches = i.batches + 1',
    'RETURN i.id AS id',
  ].join('\n'),
  finish: [
    'MATCH (i:Import {id: $importId, state: "loading"})',
    'DELETE i',
    'MERGE (d:Dataset {id: $info.id})',
    'SET d = $info',
    'RETURN d.id AS id',
  ].join('\n'),
  unfinished: [
    'MATCH (i:Import)',
    'WHERE $id IS NULL OR i.id = $id',
    'SET i.state = "removing"',
    'RETURN i.id AS id, i.datasetId AS datasetId, i.newSourceIds AS newSourceIds',
  ].join('\n'),
  forget: ['MATCH (i:Import {id: $id})', 'DELETE i'].join('\n'),
  newSources: [
    'UNWIND $ids AS id',
    'OPTIONAL MATCH (s:Source {id: id})',
    'WITH id, s',
    'WHERE s IS NULL',
    'RETURN collect(id) AS ids',
  ].join('\n'),
  removeDataset: ['MATCH (d:Dataset {id: $id})', 'DELETE d'].join('\n'),
  removeEntities: [
    'MATCH (n:Entity {datasetId: $id})',
    `WITH n LIMIT ${String(REMOVE_BATCH)}`,
    'DETACH DELETE n',
    'RETURN count(*) AS deleted',
  ].join('\n'),
  removeSources: ['UNWIND $ids AS id', 'MATCH (s:Source {id: id})', 'DELETE s'].join('\n'),
} as const;

/** Thrown by a batch whose Import node is gone: another load removed it as unfinished. */
export class ImportSuperseded extends Error {}

export interface BegunImport {
  readonly id: string;
  readonly datasetId: string;
}

/**
 * Writes the Import node for a batched load of `datasetId`, remembering which of `sourceIds` are
 * new (only those are removed if the load never finishes: older ones may be cited by others).
 */
export async function beginImport(
  db: Database,
  datasetId: string,
  sourceIds: readonly string[],
): Promise<BegunImport> {
  const id = randomUUID();
  const [row] = await db.read(IMPORT_CYPHER.newSources, { ids: sourceIds });
  const newSourceIds = Array.isArray(row?.['ids']) ? row['ids'].map(String) : [];
  await db.write(IMPORT_CYPHER.begin, { id, datasetId, newSourceIds });
  return { id, datasetId };
}

/** Fails the surrounding transaction unless the import is still the live one. */
export async function claim(tx: Tx, load: BegunImport): Promise<void> {
  const rows = await tx.run(IMPORT_CYPHER.claim, { importId: load.id });
  if (rows.length === 0) {
    throw new ImportSuperseded(
      `The load of dataset "${load.datasetId}" was taken over: another import or a server start removed it as unfinished. Run it again, one import at a time.`,
    );
  }
}

/**
 * The last transaction of a load: checks that it is still the live one, deletes its Import node
 * and writes the Dataset node, so readers see the dataset listed only once all of it is there.
 */
export async function finishImport(
  db: Database,
  load: BegunImport,
  info: DatasetInfo,
  timeoutMs = 120_000,
): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await claim(tx, load);
    await tx.run(IMPORT_CYPHER.finish, { importId: load.id, info: { ...info } });
  }, timeoutMs);
}

/** Removes a dataset's node, its entities with their relationships, and the given sources. */
export async function removeDataset(
  db: Database,
  id: string,
  sourceIds: readonly string[],
  timeoutMs = 120_000,
): Promise<void> {
  await db.write(IMPORT_CYPHER.removeDataset, { id });
  for (;;) {
    const rows = await db.writeTransaction(
      (tx) => tx.run(IMPORT_CYPHER.removeEntities, { id }),
      timeoutMs,
    );
    if (Number(rows[0]?.['deleted'] ?? 0) === 0) break;
  }
  if (sourceIds.length > 0) await db.write(IMPORT_CYPHER.removeSources, { ids: sourceIds });
}

/**
 * Removes every record of every load that did not finish (killed, crashed, its Neo4j killed), then
 * its Import node, and returns their dataset ids. Runs before each import and at server start;
 * with `only`, for one load that failed.
 * The node is marked "removing" first, so a load still running fails at its next batch, and a
 * removal that is itself interrupted is finished by the next one.
 */
export async function removeUnfinishedImports(
  db: Database,
  { only = null, timeoutMs = 120_000 }: { only?: BegunImport | null; timeoutMs?: number } = {},
): Promise<string[]> {
  const unfinished = await db.write(IMPORT_CYPHER.unfinished, { id: only?.id ?? null });
  const removed: string[] = [];
  for (const row of unfinished) {
    const datasetId = String(row['datasetId']);
    const sources = Array.isArray(row['newSourceIds']) ? row['newSourceIds'].map(String) : [];
    await removeDataset(db, datasetId, sources, timeoutMs);
    await db.write(IMPORT_CYPHER.forget, { id: row['id'] });
    removed.push(datasetId);
  }
  return removed;
}
