/** Reads inside a curation transaction: what is stored now, before and after a write. */
import {
  isRelationshipType,
  RELATIONSHIP_TYPES,
  type Entity,
  type Relationship,
  type RelationshipType,
  type Source,
} from '@detour/domain';
import type { Tx } from '../../db/database.ts';
import { entityFromRow, sourceFromRow } from '../entities/fromRow.ts';
import { relationshipFromRow } from '../neighborhood/relationshipFromRow.ts';

/** A stored record with the dataset it came from, which a replacement keeps. */
export interface Stored<T> {
  readonly record: T;
  readonly datasetId: string | null;
}

type Props = Record<string, unknown>;

/** Relationship ids are unique across types; one indexed lookup per type finds one by id. */
export const LOOKUP_CYPHER = {
  sources: ['UNWIND $ids AS id', 'MATCH (s:Source {id: id})', 'RETURN s'].join('\n'),
  entities: ['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'RETURN n'].join('\n'),
  relationship: RELATIONSHIP_TYPES.map((type) =>
    [
      `MATCH (a:Entity)-[r:${type} {id: $id}]->(b:Entity)`,
      'RETURN r, type(r) AS type, a.id AS from, b.id AS to',
    ].join('\n'),
  ).join('\nUNION ALL\n'),
  kindUses: [
    'MATCH (n:Entity {id: $id})-[r]-(:Entity)',
    "RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'from' ELSE 'to' END AS side,",
    '  count(r) AS count',
  ].join('\n'),
  coveredBy: [
    'MATCH (:Entity)-[r:BUYS_FROM]->(:Entity)',
    'WHERE $id IN r.covers',
    'RETURN count(r) AS count',
  ].join('\n'),
} as const;

const datasetOf = (props: Props): string | null =>
  typeof props['datasetId'] === 'string' ? props['datasetId'] : null;

export async function storedSources(tx: Tx, ids: readonly string[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run(LOOKUP_CYPHER.sources, { ids });
  return rows.map((row) => sourceFromRow(row['s'] as Props));
}

export async function storedSource(tx: Tx, id: string): Promise<Source | null> {
  return (await storedSources(tx, [id]))[0] ?? null;
}

export async function storedEntities(tx: Tx, ids: readonly string[]): Promise<Stored<Entity>[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run(LOOKUP_CYPHER.entities, { ids });
  return rows.map((row) => {
    const props = row['n'] as Props;
    return { record: entityFromRow(props), datasetId: datasetOf(props) };
  });
}

export async function storedEntity(tx: Tx, id: string): Promise<Stored<Entity> | null> {
  return (await storedEntities(tx, [id]))[0] ?? null;
}

export async function storedRelationship(tx: Tx, id: string): Promise<Stored<Relationship> | null> {
  const [row] = await tx.run(LOOKUP_CYPHER.relationship, { id });
  if (row === undefined) return null;
  const props = row['r'] as Props;
  return {
    record: relationshipFromRow(props, row['type'], row['from'], row['to']),
    datasetId: datasetOf(props),
  };
}

/** How an entity is used: relationships by type and end, and BUYS_FROM covers naming it. */
export async function kindUses(
  tx: Tx,
  id: string,
): Promise<{
  ends: { type: RelationshipType; end: 'from' | 'to'; count: number }[];
  coveredBy: number;
}> {
  const ends = await tx.run(LOOKUP_CYPHER.kindUses, { id });
  const covers = await tx.run(LOOKUP_CYPHER.coveredBy, { id });
  return {
    ends: ends.flatMap((row) => {
      const type = row['type'];
      if (!isRelationshipType(type)) return [];
      return [{ type, end: row['side'] === 'from' ? 'from' : 'to', count: Number(row['count']) }];
    }),
    coveredBy: Number(covers[0]?.['count'] ?? 0),
  };
}

/** The stored description of a dataset (id, title, licence …), if it was imported before. */
export async function storedDatasetInfo(tx: Tx, id: string): Promise<Props | null> {
  const [row] = await tx.run('MATCH (d:Dataset {id: $id})\nRETURN d', { id });
  return row === undefined ? null : (row['d'] as Props);
}
