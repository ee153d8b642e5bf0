import { DATASET_FORMAT, type Dataset } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { entityFromRow, sourceFromRow } from '../entities/fromRow.ts';
import { relationshipFromRow } from '../neighborhood/relationshipFromRow.ts';

/** Everything in the database as one `detour.dataset/v1` dataset, ordered by id for stable diffs. */
export async function exportDataset(db: Database, info: Dataset['dataset']): Promise<Dataset> {
  const [sources, entities, relationships] = await Promise.all([
    db.read('MATCH (s:Source) RETURN s ORDER BY s.id'),
    db.read('MATCH (n:Entity) RETURN n ORDER BY n.id'),
    db.read(
      [
        'MATCH (a:Entity)-[r]->(b:Entity)',
        'RETURN r, type(r) AS type, a.id AS from, b.id AS to',
        'ORDER BY r.id',
      ].join('\n'),
    ),
  ]);
  return {
    format: DATASET_FORMAT,
    dataset: info,
    sources: sources.map((row) => sourceFromRow(row['s'] as Record<string, unknown>)),
    entities: entities.map((row) => entityFromRow(row['n'] as Record<string, unknown>)),
    relationships: relationships.map((row) =>
      relationshipFromRow(row['r'] as Record<string, unknown>, row['type'], row['from'], row['to']),
    ),
  };
}
