import type { Source } from '@detour/domain';
import { int } from '../../db/convert.ts';
import { sourceFromRow } from '../entities/fromRow.ts';
import type { Database } from '../../db/database.ts';

export interface Stats {
  readonly entities: number;
  readonly relationships: number;
  readonly sources: number;
  readonly datasets: readonly string[];
  /** Datasets with an unfinished batched load (an `:Import` node): their records are partial. */
  readonly incomplete: readonly string[];
  readonly entitiesByKind: Readonly<Record<string, number>>;
  readonly relationshipsByType: Readonly<Record<string, number>>;
  readonly relationshipsByStatus: Readonly<Record<string, number>>;
}

function tally(rows: readonly Readonly<Record<string, unknown>>[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [String(row['key']), Number(row['count'])]));
}

/** Counts of what the database holds, by kind, type and status. */
export async function stats(db: Database): Promise<Stats> {
  const [kinds, types, statuses, sources, datasets, incomplete] = await Promise.all([
    db.read('MATCH (n:Entity) RETURN n.kind AS key, count(*) AS count ORDER BY key'),
    db.read('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS count ORDER BY key'),
    db.read(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.status AS key, count(*) AS count ORDER BY key',
    ),
    db.read('MATCH (s:Source) RETURN count(s) AS count'),
    db.read('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id'),
    db.read('MATCH (i:Import) RETURN DISTINCT i.datasetId AS id ORDER BY id'),
  ]);
  const entitiesByKind = tally(kinds);
  const relationshipsByType = tally(types);
  return {
    entities: Object.values(entitiesByKind).reduce((a, b) => a + b, 0),
    relationships: Object.values(relationshipsByType).reduce((a, b) => a + b, 0),
    sources: Number(sources[0]?.['count'] ?? 0),
    datasets: datasets.map((row) => String(row['id'])),
    incomplete: incomplete.map((row) => String(row['id'])),
    entitiesByKind,
    relationshipsByType,
    relationshipsByStatus: tally(statuses),
  };
}

/** One page of source records by id, and how many there are. */
export async function sourcePage(
  db: Database,
  first: number,
  offset: number,
): Promise<{ sources: Source[]; total: number }> {
  const [page, total] = await Promise.all([
    db.read(
      ['MATCH (s:Source)', 'RETURN s', 'ORDER BY s.id', 'SKIP $offset', 'LIMIT $first'].join('\n'),
      {
        offset: int(offset),
        first: int(first),
      },
    ),
    db.read('MATCH (s:Source) RETURN count(s) AS total'),
  ]);
  return {
    sources: page.map((row) => sourceFromRow(row['s'] as Record<string, unknown>)),
    total: Number(total[0]?.['total'] ?? 0),
  };
}
