import { RELATIONSHIP_TYPES } from '@detour/domain';
import type { Database } from './database.ts';
import { DATA_VERSION_LABEL } from './dataVersion.ts';
import { updateSearchText } from './searchText.ts';

/**
 * Name of the full-text index over entity names and aliases, as normalised words (searchText,
 * written by datasets/toRecords.ts; CJK-aware analyzer).
 */
export const ENTITY_NAME_INDEX = 'entity_search_text';
/** The index before names were normalised: it read the raw name and aliases. */
const RETIRED_INDEXES = ['entity_names'] as const;

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
  ...RETIRED_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS`),
  [
    `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS`,
    'FOR (n:Entity) ON EACH [n.searchText]',
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
  ].join('\n'),
];

export interface EnsureSchemaOptions {
  /**
   * How long each statement may take. On an empty store they are instant; on one the batch
   * importer has just built, each constraint first fills its index from the stored data.
   */
  readonly timeoutMs?: number;
  /** Called after each statement with how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Creates what is missing, then gives entities stored before the current name normalisation
 * their search text (see updateSearchText), so an existing database is searchable after an
 * upgrade. Returns how many entities were updated.
 */
export async function ensureSchema(
  db: Database,
  { timeoutMs, onProgress }: EnsureSchemaOptions = {},
): Promise<number> {
  const total = SCHEMA_STATEMENTS.length + 1;
  let done = 0;
  for (const statement of SCHEMA_STATEMENTS) {
    await db.schema(statement, timeoutMs);
    onProgress?.(++done, total);
  }
  const updated = await updateSearchText(db);
  const seconds = timeoutMs === undefined ? 60 : Math.max(60, Math.ceil(timeoutMs / 1000));
  await db.schema(`CALL db.awaitIndexes(${String(seconds)})`, timeoutMs);
  onProgress?.(++done, total);
  return updated;
}
