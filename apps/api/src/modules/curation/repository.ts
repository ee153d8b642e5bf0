/**
 * Curation writes, each inside the caller's transaction. Labels and relationship types are
 * interpolated only from validated domain values; everything else is a parameter.
 */
import {
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  type Relationship,
  type RelationshipType,
  type Source,
} from '@detour/domain';
import type { Tx } from '../../db/database.ts';
import { entityProperties, relationshipProperties } from '../datasets/toRecords.ts';
import type { Stored } from './lookups.ts';

/** The datasetId of records first created through the API rather than a dataset file. */
export const CURATION_DATASET_ID = 'curation';

const KIND_LABELS = ENTITY_KINDS.map((kind) => `n:${kind}`).join(', ');

export const CURATION_CYPHER = {
  upsertSource: ['MERGE (s:Source {id: $props.id})', 'SET s = $props'].join('\n'),
  upsertEntity: (kind: EntityKind): string =>
    [
      'MERGE (n:Entity {id: $props.id})',
      'SET n = $props',
      `REMOVE ${KIND_LABELS}`,
      `SET n:${kind}`,
    ].join('\n'),
  upsertRelationship: (type: RelationshipType): string =>
    [
      'MATCH (a:Entity {id: $from})',
      'MATCH (b:Entity {id: $to})',
      `MERGE (a)-[r:${type} {id: $props.id}]->(b)`,
      'SET r = $props',
    ].join('\n'),
  deleteRelationship: (type: RelationshipType): string =>
    [`MATCH (:Entity)-[r:${type} {id: $id}]->(:Entity)`, 'DELETE r'].join('\n'),
} as const;

export async function writeSource(tx: Tx, source: Source): Promise<void> {
  await tx.run(CURATION_CYPHER.upsertSource, { props: { ...source } });
}

/** Creates or replaces the entity, keeping the dataset it came from. */
export async function writeEntity(tx: Tx, entity: Entity, datasetId: string | null): Promise<void> {
  await tx.run(CURATION_CYPHER.upsertEntity(entity.kind), {
    props: entityProperties(entity, datasetId ?? CURATION_DATASET_ID),
  });
}

/**
 * Creates or replaces the relationship. One stored under the same id with another type or other
 * ends is deleted first: Neo4j cannot change either in place.
 */
export async function writeRelationship(
  tx: Tx,
  rel: Relationship,
  stored: Stored<Relationship> | null,
): Promise<void> {
  const old = stored?.record;
  if (old !== undefined && (old.type !== rel.type || old.from !== rel.from || old.to !== rel.to)) {
    await removeRelationship(tx, old.type, old.id);
  }
  await tx.run(CURATION_CYPHER.upsertRelationship(rel.type), {
    from: rel.from,
    to: rel.to,
    props: relationshipProperties(rel, stored?.datasetId ?? CURATION_DATASET_ID),
  });
}

export async function removeRelationship(
  tx: Tx,
  type: RelationshipType,
  id: string,
): Promise<void> {
  await tx.run(CURATION_CYPHER.deleteRelationship(type), { id });
}
