import { RELATIONSHIP_TYPES } from '@detour/domain';
import type { Database } from './database.ts';
import { DATA_VERSION_LABEL } from './dataVersion.ts';

/** Name of the full-text index over entity names and aliases (CJK-aware analyzer). */
export const ENTITY_NAME_INDEX = 'entity_names';

/**
 * Constraints and indexes, each created only if missing, so this runs at every start.
 * Relationship types come from the domain list, never from input.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE',
  // The one node whose token every write replaces (db/dataVersion.ts).
  `CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:${DATA_VERSION_LABEL}) REQUIRE v.id IS UNIQUE`,
  // Batched loads in progress (modules/datasets/unfinishedImports.ts).
  'CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE',
  // Removing a dataset (an earlier copy, an unfinished load) finds its entities by this.
  'CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.datasetId)',
  ...RELATIONSHIP_TYPES.map(
    (type) =>
      `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  ),
  [
    `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS`,
    'FOR (n:Entity) ON EACH [n.name, n.aliasText]',
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
  ].join('\n'),
];

export async function ensureSchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.schema(statement);
  await db.schema('CALL db.awaitIndexes(60)');
}
