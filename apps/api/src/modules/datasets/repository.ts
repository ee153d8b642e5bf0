import { ENTITY_KINDS, type Dataset } from '@detour/domain';
import type { Database, Tx } from '../../db/database.ts';
import { groupBy } from '../groupBy.ts';
import { entityProperties, relationshipProperties } from './toRecords.ts';

export interface ImportCounts {
  readonly sources: number;
  readonly entities: number;
  readonly relationships: number;
}

const BATCH = 5_000;
const KIND_LABELS = ENTITY_KINDS.map((kind) => `n:${kind}`).join(', ');

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Writes a validated dataset in one transaction: all of it or nothing. MERGE by id and replace
 * properties, so importing the same file twice leaves the database as it was after the first.
 * Labels and relationship types are interpolated only from the domain lists.
 */
export interface ImportOptions {
  readonly timeoutMs?: number;
  /** Called after each batch with the records written so far and the total. */
  readonly onProgress?: (written: number, total: number) => void;
}

export async function importDataset(
  db: Database,
  dataset: Dataset,
  { timeoutMs = 600_000, onProgress }: ImportOptions = {},
): Promise<ImportCounts> {
  const total = dataset.sources.length + dataset.entities.length + dataset.relationships.length;
  let written = 0;
  const progress = (count: number): void => {
    written += count;
    onProgress?.(written, total);
  };
  const datasetId = dataset.dataset.id;
  return db.writeTransaction(async (tx) => {
    await tx.run(['MERGE (d:Dataset {id: $info.id})', 'SET d = $info'].join('\n'), {
      info: { ...dataset.dataset },
    });
    for (const batch of batches(dataset.sources)) {
      await tx.run(
        ['UNWIND $rows AS row', 'MERGE (s:Source {id: row.id})', 'SET s = row'].join('\n'),
        {
          rows: batch.map((source) => ({ ...source })),
        },
      );
      progress(batch.length);
    }
    for (const [kind, entities] of groupBy(dataset.entities, (e) => e.kind)) {
      for (const batch of batches(entities)) {
        await writeEntities(
          tx,
          kind,
          batch.map((e) => entityProperties(e, datasetId)),
        );
        progress(batch.length);
      }
    }
    for (const [type, rels] of groupBy(dataset.relationships, (r) => r.type)) {
      for (const batch of batches(rels)) {
        await tx.run(
          [
            'UNWIND $rows AS row',
            'MATCH (a:Entity {id: row.from})',
            'MATCH (b:Entity {id: row.to})',
            `MERGE (a)-[r:${type} {id: row.props.id}]->(b)`,
            'SET r = row.props',
          ].join('\n'),
          {
            rows: batch.map((r) => ({
              from: r.from,
              to: r.to,
              props: relationshipProperties(r, datasetId),
            })),
          },
        );
        progress(batch.length);
      }
    }
    return {
      sources: dataset.sources.length,
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
    };
  }, timeoutMs);
}

async function writeEntities(tx: Tx, kind: string, rows: Record<string, unknown>[]): Promise<void> {
  await tx.run(
    [
      'UNWIND $rows AS row',
      'MERGE (n:Entity {id: row.id})',
      'SET n = row',
      `REMOVE ${KIND_LABELS}`,
      `SET n:${kind}`,
    ].join('\n'),
    { rows },
  );
}

/** Entities of other datasets among `ids` (a few, for the message), which a batched load cannot replace. */
export async function foreignEntities(
  db: Database,
  datasetId: string,
  ids: readonly string[],
): Promise<{ id: string; datasetId: string }[]> {
  const found: { id: string; datasetId: string }[] = [];
  for (const batch of batches(ids)) {
    const rows = await db.read(
      [
        'UNWIND $ids AS id',
        'MATCH (n:Entity {id: id})',
        'WHERE n.datasetId <> $datasetId',
        'RETURN n.id AS id, n.datasetId AS datasetId',
        'LIMIT 5',
      ].join('\n'),
      { ids: batch, datasetId },
    );
    found.push(
      ...rows.map((row) => ({ id: String(row['id']), datasetId: String(row['datasetId']) })),
    );
    if (found.length >= 5) break;
  }
  return found.slice(0, 5);
}

/** True when the database holds no Detour entities yet. */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.read('MATCH (n:Entity) RETURN count(n) > 0 AS any');
  return rows[0]?.['any'] !== true;
}

/** The ids of the datasets already imported. */
export async function importedDatasets(db: Database): Promise<string[]> {
  const rows = await db.read('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id');
  return rows.map((row) => String(row['id']));
}
