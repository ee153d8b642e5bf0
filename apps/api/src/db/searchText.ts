import { searchText, SEARCH_TEXT_VERSION } from '@detour/ingest';
import { int } from './convert.ts';
import type { Database } from './database.ts';

/** Entities per transaction when search text is recomputed. */
const BATCH = 5_000;

export const SEARCH_TEXT_CYPHER = {
  // In id order from where the last batch ended (the entity_id index gives the order), so each
  // entity is looked at once however many batches there are.
  stale: [
    'MATCH (n:Entity)',
    'WHERE n.id > $after',
    'AND (n.searchVersion IS NULL OR n.searchVersion <> $version)',
    'RETURN n.id AS id, elementId(n) AS ref, n.name AS name, n.aliases AS aliases',
    'ORDER BY n.id',
    'LIMIT $batch',
  ].join('\n'),
  write: [
    'UNWIND $rows AS row',
    'MATCH (n:Entity)',
    'WHERE elementId(n) = row.ref',
    'SET n.searchText = row.text, n.searchVersion = $version',
    'REMOVE n.aliasText',
  ].join('\n'),
} as const;

/**
 * Gives every entity written before the current name normalisation (SEARCH_TEXT_VERSION) its
 * search text, in batches, each its own transaction: a database from an older Detour becomes
 * searchable at the next start, and an interrupted run carries on where it stopped. The loader
 * and curation writes set the text themselves, so on an up-to-date database this only reads.
 */
export async function updateSearchText(db: Database): Promise<number> {
  let updated = 0;
  let after = '';
  for (;;) {
    const rows = await db.read(SEARCH_TEXT_CYPHER.stale, {
      after,
      version: SEARCH_TEXT_VERSION,
      batch: int(BATCH),
    });
    if (rows.length === 0) return updated;
    const last = rows.at(-1)?.['id'];
    after = typeof last === 'string' ? last : '';
    const texts = rows.map((row) => ({
      ref: String(row['ref']),
      text: searchText(
        typeof row['name'] === 'string' ? row['name'] : '',
        Array.isArray(row['aliases']) ? row['aliases'].map(String) : [],
      ),
    }));
    await db.write(SEARCH_TEXT_CYPHER.write, { rows: texts, version: SEARCH_TEXT_VERSION });
    updated += rows.length;
  }
}
