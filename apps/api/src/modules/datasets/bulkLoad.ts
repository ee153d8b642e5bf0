import type {
  DatasetInfo,
  Entity,
  EntityKind,
  Relationship,
  RelationshipType,
  Source,
} from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { Batches, laneOf, Pipeline } from './batches.ts';
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
  /** Relationship batches in flight at once (see laneOf); 1 writes one batch at a time. */
  readonly lanes?: number;
  readonly timeoutMs?: number;
  /** Called after each committed batch with the records written so far and the total. */
  readonly onProgress?: (written: number, total: number) => void;
}

/**
 * Records per transaction. Measured on the embedded Neo4j (512 MiB heap): writing 1,000
 * relationships costs Neo4j about 50 ms of CPU in batches of 2,000, 90 ms in batches of 10,000 and
 * 125 ms in batches of 50,000 (its transaction state and the sorting at commit grow with the batch).
 */
export const BATCH_SIZE = 2_000;

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
 *
 * Relationship batches go through `lanes` pipelines at once, grouped by start entity (laneOf), so
 * Neo4j can write two on two cores. Their end nodes may be shared: Neo4j locks a node with many
 * relationships only shared, and a rare deadlock on a small one is detected by Neo4j and the batch
 * repeated (db/retryTransient.ts).
 */
export async function bulkLoad(
  db: Database,
  stream: RecordStream,
  { batchSize = BATCH_SIZE, lanes = 2, timeoutMs = 120_000, onProgress }: BulkLoadOptions = {},
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
  const pipelines = Array.from({ length: Math.max(1, lanes) }, () => new Pipeline());
  const [first] = pipelines;
  if (first === undefined) throw new Error('no pipeline');
  const drain = async (): Promise<void> => {
    for (const pipeline of pipelines) await pipeline.drain();
  };
  let written = 0;
  const commit = (pipeline: Pipeline, cypher: string, rows: unknown[]): Promise<void> =>
    pipeline.submit(async () => {
      await db.writeTransaction(async (tx) => {
        await tx.run(cypher, { rows });
        // Last, so the Import node's lock is held only while this batch commits, not while it
        // writes: batches in other lanes write at the same time.
        await claim(tx, load);
      }, timeoutMs);
      written += rows.length;
      onProgress?.(written, total);
    });
  try {
    await removeDataset(db, id, [], timeoutMs);
    for (let i = 0; i < sources.length; i += batchSize) {
      await commit(first, BULK_CYPHER.sources, sources.slice(i, i + batchSize));
    }
    const entities = new Batches<EntityKind>(batchSize, (kind, rows) =>
      commit(first, BULK_CYPHER.entities(kind), rows),
    );
    for (const entity of stream.entities) {
      await entities.add(entity.kind, entityProperties(entity, id));
    }
    await entities.flush();
    // Every entity is committed before a relationship looks for its ends.
    await drain();
    const relationships = pipelines.map(
      (pipeline) =>
        new Batches<RelationshipType>(batchSize, (type, rows) =>
          commit(pipeline, BULK_CYPHER.relationships(type), rows),
        ),
    );
    for (const rel of stream.relationships) {
      const lane = relationships[laneOf(rel.from, relationships.length)];
      await lane?.add(rel.type, {
        from: rel.from,
        to: rel.to,
        props: relationshipProperties(rel, id),
      });
    }
    for (const lane of relationships) await lane.flush();
    await drain();
    await finishImport(db, load, stream.dataset, timeoutMs);
  } catch (error) {
    for (const pipeline of pipelines) await pipeline.settle();
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
