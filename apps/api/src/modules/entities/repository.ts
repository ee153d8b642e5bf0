import type { Entity, EntityKind, Source } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { ENTITY_NAME_INDEX } from '../../db/schema.ts';
import { entityFromRow, sourceFromRow } from './fromRow.ts';

export interface SearchHit {
  readonly entity: Entity;
  readonly score: number;
}

/** Entities by id, in no particular order; unknown ids are left out. */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Entity[]> {
  const rows = await db.read(
    ['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'RETURN n'].join('\n'),
    { ids },
  );
  return rows.map((row) => entityFromRow(row['n'] as Record<string, unknown>));
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Source[]> {
  const rows = await db.read(
    ['UNWIND $ids AS id', 'MATCH (s:Source {id: id})', 'RETURN s'].join('\n'),
    { ids },
  );
  return rows.map((row) => sourceFromRow(row['s'] as Record<string, unknown>));
}

/**
 * Full-text search over names and aliases. Asks the index for more than `first` when kinds are
 * filtered, since the filter applies after Lucene ranks.
 */
export async function searchEntities(
  db: Database,
  luceneQuery: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<SearchHit[]> {
  const rows = await db.read(
    [
      'CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit})',
      'YIELD node, score',
      'WHERE $kinds IS NULL OR node.kind IN $kinds',
      'RETURN node, score',
      'ORDER BY score DESC, node.name ASC',
      'LIMIT $first',
    ].join('\n'),
    {
      index: ENTITY_NAME_INDEX,
      query: luceneQuery,
      kinds,
      limit: int(kinds === null ? first : first * 20),
      first: int(first),
    },
  );
  return rows.map((row) => ({
    entity: entityFromRow(row['node'] as Record<string, unknown>),
    score: Number(row['score']),
  }));
}
