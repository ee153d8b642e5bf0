/**
 * A database written by an older Detour (raw names indexed, no searchText) becomes searchable
 * at the next start: ensureSchema drops the old index and gives every entity its search text.
 */
import { SEARCH_TEXT_VERSION } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { searchNames } from '../modules/entities/searchNames.ts';
import { ENTITY_NAME_INDEX, ensureSchema } from './schema.ts';

const database = useTestDatabase();

async function indexNames(): Promise<string[]> {
  const rows = await database.db.read('SHOW FULLTEXT INDEXES YIELD name RETURN name ORDER BY name');
  return rows.map((row) => String(row['name']));
}

describe('ensureSchema on a database from before name normalisation', () => {
  it('replaces the old index and gives old entities their search text, once', async () => {
    await database.db.schema(`DROP INDEX ${ENTITY_NAME_INDEX} IF EXISTS`);
    await database.db.schema(
      "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
    );
    // As the loader wrote entities then, 12,000 of them so that the update takes several batches.
    await database.db.write(
      [
        'CREATE (:Entity:EndUser {id: "hit", kind: "EndUser", name: "Harbin Institute of Technology",',
        '  aliases: ["哈尔滨工业大学", "HIT"], aliasText: "哈尔滨工业大学\\nHIT", sourceIds: [], datasetId: "old"})',
        'WITH 1 AS one',
        'UNWIND range(1, 12000) AS i',
        "CREATE (:Entity:Intermediary {id: 'old-' + i, kind: 'Intermediary', name: 'Old Trading Co ' + i,",
        "  aliases: [], aliasText: '', sourceIds: [], datasetId: 'old'})",
      ].join('\n'),
    );
    expect(await indexNames()).toContain('entity_names');

    expect(await ensureSchema(database.db)).toBe(12_001);

    expect(await indexNames()).toEqual([ENTITY_NAME_INDEX]);
    const [hit] = await database.db.read(
      'MATCH (n:Entity {id: "hit"}) RETURN n.searchText AS text, n.searchVersion AS version, n.aliasText AS old',
    );
    expect(hit).toEqual({
      text: 'harbin institute technology\n哈尔滨工业大学\nhit',
      version: SEARCH_TEXT_VERSION,
      old: null,
    });
    const [top] = await searchNames(database.db, 'Harbin Institute of Technology', null, 3);
    expect(top?.entity.id).toBe('hit');
    const [trading] = await searchNames(database.db, 'Old Trading Co., Ltd. 11999', null, 3);
    expect(trading?.entity.id).toBe('old-11999');
    // Nothing is left to update at the next start.
    expect(await ensureSchema(database.db)).toBe(0);
  });
});
