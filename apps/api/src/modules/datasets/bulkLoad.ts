import type {
  DatasetInfo,
  Entity,
  EntityKind,
  Relationship,
  RelationshipType,
  Source,
} from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { Batches, Pipeline } from './batches.ts';
import type { ImportCounts } from './repository.ts';
import { entityProperties, relationshipProperties } from './toRecords.ts';
import {
  beginImport,
  claim,
  finishImport,
  ImportSuperseded,
  removeDataset,
  removeUnfinishedImports,
} from './unfinishedImports.ts';

/** A dataset as record streams (e.g. a generated network), with the totals known upfront. */
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

/** Labels and types are interpolated only from the domain lists, through the record types. */
export const BULK_CYPHER = {
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
} as const;

/**
 * Loads a dataset too big for one transaction (importDataset's way) in batches, each its own
 * transaction, with CREATE instead of MERGE, replacing an earlier copy. Crash-safe:
 *
 * 1. records of loads that never finished are removed (see removeUnfinishedImports);
 * 2. an Import node is written, then the earlier copy of the dataset is removed;
 * 3. every batch checks in the same transaction that its Import node is still "loading";
 * 4. the last transaction deletes the Import node and writes the Dataset node.
 *
 * A load that fails removes what it wrote; one that is killed (or whose Neo4j is) leaves its
 * Import node behind, and the next load or server start removes its records.
 */
export async function bulkLoad(
  db: Database,
  stream: RecordStream,
  { batchSize = 10_000, timeoutMs = 120_000, onProgress }: BulkLoadOptions = {},
): Promise<ImportCounts> {
  const id = stream.dataset.id;
  const total = stream.counts.sources + stream.counts.entities + stream.counts.relationships;
  await removeUnfinishedImports(db, { timeoutMs });
  const sources = Array.from(stream.sources, (source) => ({ ...source }));
  const load = await beginImport(
    db,
    id,
    sources.map((source) => source.id),
  );
  const pipeline = new Pipeline();
  let written = 0;
  const commit = (cypher: string, rows: unknown[]): Promise<void> =>
    pipeline.submit(async () => {
      await db.writeTransaction(async (tx) => {
        await claim(tx, load);
        await tx.run(cypher, { rows });
      }, timeoutMs);
      written += rows.length;
      onProgress?.(written, total);
    });
  try {
    await removeDataset(db, id, [], timeoutMs);
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
    await pipeline.drain();
    await finishImport(db, load, stream.dataset, timeoutMs);
  } catch (error) {
    await pipeline.settle();
    // Taken over: whoever took it removes its records (and may be writing the dataset anew).
    if (error instanceof ImportSuperseded) throw error;
    try {
      await removeUnfinishedImports(db, { only: load, timeoutMs });
    } catch (cleanup) {
      const reason = cleanup instanceof Error ? cleanup.message : String(cleanup);
      throw new Error(
        `Loading dataset "${id}" failed, and removing its partial records failed too (${reason}); the next import or server start removes them.`,
        { cause: error },
      );
    }
    throw error;
  }
  return { ...stream.counts };
}
