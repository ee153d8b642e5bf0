import type {
  DatasetInfo,
  Entity,
  EntityKind,
  Relationship,
  RelationshipType,
  Source,
} from '@detour/domain';
import type { Database } from '../../db/database.ts';
import type { ImportCounts } from './repository.ts';
import { entityProperties, relationshipProperties } from './toRecords.ts';

/** A fresh dataset as record streams (e.g. a generated network), with the totals known upfront. */
export interface RecordStream {
  readonly dataset: DatasetInfo;
  readonly counts: ImportCounts;
  readonly sources: Iterable<Source>;
  readonly entities: Iterable<Entity>;
  readonly relationships: Iterable<Relationship>;
}

export interface BulkLoadOptions {
  /** Records per transaction. */
  readonly batchSize?: number;
  readonly timeoutMs?: number;
  /** Called after each committed batch with the records written so far and the total. */
  readonly onProgress?: (written: number, total: number) => void;
}

/** Nodes deleted per transaction when removing a dataset (each takes its relationships along). */
const REMOVE_BATCH = 2_000;

/** Labels and types are interpolated only from the domain lists, through the record types. */
export const BULK_CYPHER = {
  dataset: ['MERGE (d:Dataset {id: $info.id})', 'SET d = $info'].join('\n'),
  sources: ['UNWIND $rows AS row', 'MERGE (s:Source {id: row.id})', 'SET s = row'].join('\n'),
  entities: (kind: EntityKind): string =>
    ['UNWIND $rows AS row', `CREATE (n:Entity:${kind})`, 'SET n = row'].join('\n'),
  relationships: (type: RelationshipType): string =>
    [
      'UNWIND $rows AS row',
      'MATCH (a:Entity {id: row.from})',
      'MATCH (b:Entity {id: row.to})',
      `CREATE (a)-[r:${type}]->(b)`,
      'SET r = row.props',
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

/**
 * Loads a fresh dataset too big for one transaction (importDataset's way) in batches, each its
 * own transaction, with CREATE instead of MERGE. Atomic in effect: an earlier copy of the dataset
 * is removed first, the Dataset node is written last, and on failure every record carrying the
 * dataset's id is removed again.
 */
export async function bulkLoad(
  db: Database,
  stream: RecordStream,
  { batchSize = 10_000, timeoutMs = 120_000, onProgress }: BulkLoadOptions = {},
): Promise<ImportCounts> {
  const id = stream.dataset.id;
  const total = stream.counts.sources + stream.counts.entities + stream.counts.relationships;
  const sourceIds: string[] = [];
  let written = 0;
  const commit = async (cypher: string, rows: unknown[]): Promise<void> => {
    await db.writeTransaction((tx) => tx.run(cypher, { rows }), timeoutMs);
    written += rows.length;
    onProgress?.(written, total);
  };
  await removeDataset(db, id, [], timeoutMs);
  try {
    const sources = Array.from(stream.sources, (source) => ({ ...source }));
    sourceIds.push(...sources.map((source) => source.id));
    for (let i = 0; i < sources.length; i += batchSize) {
      await commit(BULK_CYPHER.sources, sources.slice(i, i + batchSize));
    }
    const entities = new Batches<EntityKind>(batchSize, (kind, rows) =>
      commit(BULK_CYPHER.entities(kind), rows),
    );
    for (const entity of stream.entities) {
      await entities.add(entity.kind, entityProperties(entity, id));
    }
    await entities.flush();
    const relationships = new Batches<RelationshipType>(batchSize, (type, rows) =>
      commit(BULK_CYPHER.relationships(type), rows),
    );
    for (const rel of stream.relationships) {
      await relationships.add(rel.type, {
        from: rel.from,
        to: rel.to,
        props: relationshipProperties(rel, id),
      });
    }
    await relationships.flush();
    await db.write(BULK_CYPHER.dataset, { info: { ...stream.dataset } });
  } catch (error) {
    try {
      await removeDataset(db, id, sourceIds, timeoutMs);
    } catch (cleanup) {
      const reason = cleanup instanceof Error ? cleanup.message : String(cleanup);
      throw new Error(
        `Loading dataset "${id}" failed, and removing its partial records failed too (${reason}); run the load again to replace them.`,
        { cause: error },
      );
    }
    throw error;
  }
  return { ...stream.counts };
}

/** Removes a dataset's node, its entities with their relationships, and the given sources. */
export async function removeDataset(
  db: Database,
  id: string,
  sourceIds: readonly string[],
  timeoutMs = 120_000,
): Promise<void> {
  await db.write(BULK_CYPHER.removeDataset, { id });
  for (;;) {
    const rows = await db.writeTransaction(
      (tx) => tx.run(BULK_CYPHER.removeEntities, { id }),
      timeoutMs,
    );
    if (Number(rows[0]?.['deleted'] ?? 0) === 0) break;
  }
  if (sourceIds.length > 0) await db.write(BULK_CYPHER.removeSources, { ids: sourceIds });
}

/** Rows grouped by label or type, committed whenever a group reaches the batch size. */
class Batches<K extends string> {
  private readonly groups = new Map<K, unknown[]>();

  constructor(
    private readonly size: number,
    private readonly commit: (key: K, rows: unknown[]) => Promise<void>,
  ) {}

  async add(key: K, row: unknown): Promise<void> {
    const group = this.groups.get(key) ?? [];
    group.push(row);
    if (group.length >= this.size) {
      this.groups.delete(key);
      await this.commit(key, group);
    } else this.groups.set(key, group);
  }

  async flush(): Promise<void> {
    for (const [key, rows] of this.groups) await this.commit(key, rows);
    this.groups.clear();
  }
}
